import type { ErrorCode } from '../../shared/contract';

/** Contract error codes plus the two the client itself detects. */
export type ClientErrorCode = ErrorCode | 'UNREACHABLE' | 'BAD_RESPONSE';

/** Thrown by `invoke` for an {ok:false} reply or when the local service cannot be reached. */
export class ApiCallError extends Error {
  readonly code: ClientErrorCode;
  readonly channel: string;

  constructor(code: ClientErrorCode, message: string, channel: string) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.channel = channel;
  }
}

export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'UNREACHABLE';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
