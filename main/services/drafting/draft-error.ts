export type DraftErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION';

/** A refusal the user can act on; the api layer turns it into the reply's error. */
export class DraftError extends Error {
  constructor(
    readonly code: DraftErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DraftError';
  }
}
