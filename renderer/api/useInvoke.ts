import { useCallback, useEffect, useState } from 'react';
import type { ChannelDef, RequestOf, ResponseOf } from '../../shared/contract';
import { invoke } from './client';

export interface InvokeState<T> {
  /** The last value received; kept while a newer request is in flight. */
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  forRequest: string;
  data: T | null;
  error: unknown;
}

/**
 * Loads a channel on mount and whenever `key` changes (pass a stable string of the payload).
 * Late replies of superseded calls are ignored; `loading` is true until the current one settles.
 */
export function useInvoke<C extends ChannelDef>(channel: C, payload: RequestOf<C>, key = ''): InvokeState<ResponseOf<C>> {
  const [tick, setTick] = useState(0);
  const [settled, setSettled] = useState<Settled<ResponseOf<C>>>({
    forRequest: '',
    data: null,
    error: null,
  });
  const request = `${channel.name}\u0000${key}\u0000${tick}`;

  useEffect(() => {
    let live = true;
    invoke(channel, payload).then(
      (value) => live && setSettled({ forRequest: request, data: value, error: null }),
      (reason: unknown) => live && setSettled((prev) => ({ forRequest: request, data: prev.data, error: reason })),
    );
    return () => {
      live = false;
    };
    // `key` stands for the payload (inside `request`), so an inline literal does not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, request]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return {
    data: settled.data,
    error: settled.error,
    loading: settled.forRequest !== request,
    reload,
  };
}
