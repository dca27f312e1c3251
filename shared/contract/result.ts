/** Every renderer↔main reply has this shape; errors carry a Chinese message a user can act on. */
export const errorCodes = [
  'VALIDATION',
  'FORBIDDEN',
  'AI_DISABLED',
  'NOT_FOUND',
  'UNKNOWN_CHANNEL',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
