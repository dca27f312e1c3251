/** Every renderer↔main reply has this shape; errors carry a Chinese message a user can act on. */
export const errorCodes = ['VALIDATION', 'FORBIDDEN', 'AI_DISABLED', 'NOT_FOUND', 'UNKNOWN_CHANNEL', 'CONFLICT', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The request field the error is about, when there is one (e.g. 'caseNumber'). */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});
