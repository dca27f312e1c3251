import { useCallback, useEffect, useRef, useState } from 'react';

export interface ActionState<Tag extends string = string> {
  running: boolean;
  /** What the running call was started for (the `tag` given to `run`); null while idle. */
  runningTag: Tag | null;
  error: unknown;
  /** Runs `work`, tracking running/error; resolves to its value, or undefined when it failed. */
  run: <T>(work: () => Promise<T>, tag?: Tag) => Promise<T | undefined>;
}

export interface ActionOptions {
  /** Also told of each failure, e.g. to show it as a toast rather than beside the button. */
  onError?: (error: unknown) => void;
}

/**
 * A user-started call (a button, a form submit, a dialog's OK): a spinner while it runs, its error
 * kept for display. The one place that keeps busy/error state around an invoke.
 */
export function useAction<Tag extends string = string>(options: ActionOptions = {}): ActionState<Tag> {
  const [runningTag, setRunningTag] = useState<Tag | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onError = useRef(options.onError);
  useEffect(() => {
    onError.current = options.onError;
  });
  const run = useCallback(async <T>(work: () => Promise<T>, tag?: Tag): Promise<T | undefined> => {
    setRunning(true);
    setRunningTag(tag ?? null);
    setError(null);
    try {
      return await work();
    } catch (reason) {
      setError(reason);
      onError.current?.(reason);
      return undefined;
    } finally {
      setRunning(false);
      setRunningTag(null);
    }
  }, []);
  return { running, runningTag, error, run };
}
