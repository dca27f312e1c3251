import { describe, expect, it } from 'vitest';
import { audit, system, type ProgressEvent } from '../../../shared/contract';
import { findBridge, type JudgeDeskBridge } from '../../../renderer/api/bridge';
import { ApiCallError, invoke } from '../../../renderer/api/client';
import { isUnreachable } from '../../../renderer/api/errors';
import { bridgeTransport, httpTransport, isResult, parseProgressEvent, type Transport } from '../../../renderer/api/transport';

const info = {
  appVersion: '0.1.0',
  offline: true as const,
  host: 'web' as const,
  knowledgeVersion: null,
  user: { name: '张法官', roles: ['judge' as const] },
};

const fixed = (reply: unknown): Transport => ({
  invoke: async () => reply,
  onProgress: () => () => {},
});

describe('invoke', () => {
  it('returns the value of an ok reply', async () => {
    await expect(invoke(system.systemInfo, {}, fixed({ ok: true, value: info }))).resolves.toEqual(info);
  });

  it('throws ApiCallError with the code and Chinese message of a failed reply', async () => {
    const reply = { ok: false, error: { code: 'AI_DISABLED', message: '法条推送已关闭' } };
    const error = await invoke(system.systemInfo, {}, fixed(reply)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'AI_DISABLED', message: '法条推送已关闭', channel: 'system.info' });
  });

  it('refuses replies that are not a Result', async () => {
    for (const reply of [null, 'x', {}, { ok: true }, { ok: false, error: 'boom' }]) {
      await expect(invoke(system.systemInfo, {}, fixed(reply))).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    }
  });

  it('reports a transport that throws as unreachable', async () => {
    const broken: Transport = { invoke: () => Promise.reject(new Error('ipc gone')), onProgress: () => () => {} };
    const error = await invoke(system.systemInfo, {}, broken).catch((e: unknown) => e);
    expect(isUnreachable(error)).toBe(true);
  });
});

describe('httpTransport', () => {
  it('POSTs {channel, payload} as JSON to the relative api/invoke', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const transport = httpTransport(async (url, init) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: { entries: [], total: 0 } }));
    });
    await expect(invoke(audit.auditList, { limit: 10, offset: 0 }, transport)).resolves.toEqual({ entries: [], total: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('api/invoke');
    expect(calls[0]!.init.method).toBe('POST');
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ channel: 'audit.list', payload: { limit: 10, offset: 0 } });
  });

  it('passes an error Result sent with an HTTP error status through', async () => {
    const transport = httpTransport(
      async () => new Response(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '参数无效' } }), { status: 400 }),
    );
    await expect(invoke(system.systemInfo, {}, transport)).rejects.toMatchObject({ code: 'VALIDATION', message: '参数无效' });
  });

  it('says 无法连接本机服务 when the network fails or no service answers', async () => {
    const down = httpTransport(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(invoke(system.systemInfo, {}, down)).rejects.toMatchObject({ code: 'UNREACHABLE', message: '无法连接本机服务' });
    const notFound = httpTransport(async () => new Response('not found', { status: 404 }));
    await expect(invoke(system.systemInfo, {}, notFound)).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });

  it('shares one EventSource on api/progress and closes it with the last listener', () => {
    const opened: { url: string; closed: boolean; onmessage: ((e: MessageEvent) => void) | null; close(): void }[] = [];
    const transport = httpTransport(
      () => Promise.reject(new Error('unused')),
      (url) => {
        const source = {
          url,
          closed: false,
          onmessage: null,
          close() {
            this.closed = true;
          },
        };
        opened.push(source);
        return source;
      },
    );
    const a: ProgressEvent[] = [];
    const b: ProgressEvent[] = [];
    const offA = transport.onProgress((e) => a.push(e));
    const offB = transport.onProgress((e) => b.push(e));
    expect(opened.map((s) => s.url)).toEqual(['api/progress']);
    const event = { jobId: 'j1', label: '导入知识库', done: 1, total: 2 };
    opened[0]!.onmessage?.({ data: JSON.stringify(event) } as MessageEvent);
    opened[0]!.onmessage?.({ data: 'not json' } as MessageEvent);
    expect(a).toEqual([event]);
    expect(b).toEqual([event]);
    offA();
    expect(opened[0]!.closed).toBe(false);
    offB();
    expect(opened[0]!.closed).toBe(true);
  });
});

describe('bridge', () => {
  it('finds window.judgeDesk only when it has invoke and onProgress', () => {
    expect(findBridge({})).toBeNull();
    expect(findBridge({ judgeDesk: { invoke() {} } })).toBeNull();
    const bridge = { invoke: async () => ({ ok: true, value: 1 }), onProgress: () => () => {} };
    expect(findBridge({ judgeDesk: bridge })).toBe(bridge);
  });

  it('sends the channel name and payload through the preload', async () => {
    const seen: unknown[] = [];
    const bridge: JudgeDeskBridge = {
      invoke: async (channel, payload) => {
        seen.push([channel, payload]);
        return { ok: true, value: info };
      },
      onProgress: () => () => {},
    };
    await expect(invoke(system.systemInfo, {}, bridgeTransport(bridge))).resolves.toEqual(info);
    expect(seen).toEqual([['system.info', {}]]);
  });
});

describe('wire helpers', () => {
  it('recognises Results', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'X', message: 'y' } })).toBe(true);
    expect(isResult({ ok: 'yes' })).toBe(false);
  });

  it('parses only well-formed progress events', () => {
    expect(parseProgressEvent('{"jobId":"a","label":"l","done":0,"total":3}')).toEqual({ jobId: 'a', label: 'l', done: 0, total: 3 });
    expect(parseProgressEvent('{"jobId":"a"}')).toBeNull();
    expect(parseProgressEvent('null')).toBeNull();
    expect(parseProgressEvent(42)).toBeNull();
  });
});
