import { useCallback, useState } from 'react';

export interface ActionState {
  running: boolean;
  error: unknown;
  /** Runs `work`, tracking running/error; resolves to its value, or undefined when it failed. */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

/** A user-started call (a button, a form submit): a spinner while it runs, its error kept for display. */
export function useAction(): ActionState {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setRunning(true);
    setError(null);
    try {
      return await work();
    } catch (reason) {
      setError(reason);
      return undefined;
    } finally {
      setRunning(false);
    }
  }, []);
  return { running, error, run };
}
