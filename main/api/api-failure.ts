import type { ErrorCode } from '../../shared/contract/result';

/** Thrown by a handler to answer with a specific code and a Chinese message. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
