import type { ErrorCode } from './result';

/**
 * The one way a service says no: a contract error code, a Chinese message the user can act on,
 * and optionally the request field it is about. The dispatcher turns it into `{ok:false,error}`;
 * nothing else in main needs its own error class.
 */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export function isRefusal(error: unknown): error is Refusal {
  return error instanceof Refusal;
}
