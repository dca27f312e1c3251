/** A refusal the api passes on with its code and Chinese message (NOT_FOUND, CONFLICT). */
export class TranscriptError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'CONFLICT',
    message: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}
