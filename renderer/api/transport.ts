import type { ProgressEvent, Result } from '../../shared/contract';
import { findBridge, type JudgeDeskBridge } from './bridge';
import { ApiCallError } from './errors';

/** The one thing that differs between the Electron host and the web host. */
export interface Transport {
  invoke(channelName: string, payload: unknown): Promise<unknown>;
  onProgress(callback: (event: ProgressEvent) => void): () => void;
}

export function bridgeTransport(bridge: JudgeDeskBridge): Transport {
  return {
    invoke: (channelName, payload) => bridge.invoke(channelName, payload),
    onProgress: (callback) => bridge.onProgress(callback),
  };
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;
interface EventSourceLike {
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}
type EventSourceFactory = (url: string) => EventSourceLike;

/** Same-origin HTTP to the web host: relative URLs, so it works under any port and path. */
export function httpTransport(
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
  openEventSource: EventSourceFactory = (url) => new EventSource(url),
): Transport {
  const listeners = new Set<(event: ProgressEvent) => void>();
  let source: EventSourceLike | null = null;

  return {
    async invoke(channelName, payload) {
      let response: Response;
      try {
        response = await fetchImpl('api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel: channelName, payload }),
        });
      } catch {
        throw new ApiCallError('UNREACHABLE', '无法连接本机服务', channelName);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw response.ok
          ? new ApiCallError('BAD_RESPONSE', '本机服务返回了无法识别的应答', channelName)
          : new ApiCallError('UNREACHABLE', `无法连接本机服务（HTTP ${response.status}）`, channelName);
      }
      return body;
    },
    onProgress(callback) {
      listeners.add(callback);
      if (!source) {
        source = openEventSource('api/progress');
        source.onmessage = (message) => {
          const event = parseProgressEvent(message.data);
          if (event) for (const listener of [...listeners]) listener(event);
        };
      }
      return () => {
        listeners.delete(callback);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

export function parseProgressEvent(data: unknown): ProgressEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<ProgressEvent> | null;
    if (
      value &&
      typeof value.jobId === 'string' &&
      typeof value.label === 'string' &&
      typeof value.done === 'number' &&
      typeof value.total === 'number'
    ) {
      return value as ProgressEvent;
    }
  } catch {
    // A malformed event is dropped; the next one carries the full state again.
  }
  return null;
}

export function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok === false) {
    const error = candidate.error as { code?: unknown; message?: unknown } | undefined;
    return !!error && typeof error.code === 'string' && typeof error.message === 'string';
  }
  return false;
}

let current: Transport | null = null;

/** Chosen once: the preload bridge when present (Electron), otherwise HTTP (web host). */
export function currentTransport(): Transport {
  if (!current) {
    const bridge = findBridge();
    current = bridge ? bridgeTransport(bridge) : httpTransport();
  }
  return current;
}
