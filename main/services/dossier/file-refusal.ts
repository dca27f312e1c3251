import { Refusal } from '../../../shared/contract/refusal';

/** A file the import refuses: the message names the file, so the user knows which one to fix. */
export function fileRefusal(fileName: string, problem: string): Refusal {
  return new Refusal('VALIDATION', `「${fileName}」${problem}`);
}
