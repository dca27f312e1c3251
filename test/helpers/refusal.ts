import { Refusal } from '../../shared/contract/refusal';

/** The Refusal `work` throws; fails the test when it throws nothing or something else. */
export function refusalOf(work: () => unknown): Refusal {
  try {
    work();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw new Error(`expected a Refusal, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a Refusal, nothing was thrown');
}
