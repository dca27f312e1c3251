/** A file the import refuses, with the Chinese sentence the user sees (it names the file). */
export class DossierFileError extends Error {
  constructor(fileName: string, problem: string) {
    super(`「${fileName}」${problem}`);
    this.name = 'DossierFileError';
  }
}

export type DossierErrorCode = 'NOT_FOUND' | 'VALIDATION';

/** A refusal of a whole request (unknown case, unknown document). */
export class DossierError extends Error {
  constructor(
    readonly code: DossierErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}
