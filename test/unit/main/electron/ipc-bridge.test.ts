import { describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import { createInvokeHandler } from '../../../../main/electron/ipc-bridge';
import { channelNames, ok, type Result } from '../../../../shared/contract';
import type { CallerContext } from '../../../../main/api/caller';

const trusted = { frameUrl: 'app://judgedesk/index.html', isMainFrame: true };
const channel = channelNames[0]!;

function recordingApp(reply: () => Promise<Result<unknown>>) {
  const calls: Array<{ channel: string; payload: unknown; caller: CallerContext }> = [];
  return {
    calls,
    app: {
      invoke(ch: string, payload: unknown, caller: CallerContext) {
        calls.push({ channel: ch, payload, caller });
        return reply();
      },
    },
  };
}

describe('createInvokeHandler', () => {
  it('passes contract calls from our main frame to the app as the local electron caller', async () => {
    const { app, calls } = recordingApp(async () => ok({ answer: 42 }));
    const handler = createInvokeHandler(app, localCaller('electron'));
    expect(await handler(trusted, channel, { q: 1 })).toEqual(ok({ answer: 42 }));
    expect(calls).toEqual([{ channel, payload: { q: 1 }, caller: localCaller('electron') }]);
  });

  it.each([
    { frameUrl: 'app://judgedesk/index.html', isMainFrame: false },
    { frameUrl: 'https://example.com/', isMainFrame: true },
    { frameUrl: 'file:///x/index.html', isMainFrame: true },
    { frameUrl: null, isMainFrame: true },
  ])('refuses an untrusted sender %o without calling the app', async (sender) => {
    const { app, calls } = recordingApp(async () => ok(null));
    const result = await createInvokeHandler(app, localCaller('electron'))(sender, channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
  });

  it.each(['no.such.channel', '__proto__', 'constructor', 42, null, undefined, { name: channel }])(
    'refuses %o as a channel name without calling the app',
    async (name) => {
      const { app, calls } = recordingApp(async () => ok(null));
      const result = await createInvokeHandler(app, localCaller('electron'))(trusted, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(calls).toHaveLength(0);
    },
  );

  it('turns a thrown error into an INTERNAL result instead of a rejected IPC call', async () => {
    const { app } = recordingApp(async () => {
      throw new Error('disk on fire');
    });
    const result = await createInvokeHandler(app, localCaller('electron'))(trusted, channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
  });
});
