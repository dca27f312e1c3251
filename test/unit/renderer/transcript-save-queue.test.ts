import { describe, expect, it } from 'vitest';
import type { TranscriptOp } from '../../../shared/contract/channels/transcripts';
import { editorCommand } from '../../../renderer/features/transcripts/editor-keys';
import type { Clock, QueuedOp, SaveState } from '../../../renderer/features/transcripts/save-queue';
import { SaveQueue } from '../../../renderer/features/transcripts/save-queue';

/** A hand-driven clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const clock: Clock = {
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
    now: () => now,
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await Promise.resolve();
    }
    now = end;
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { clock, advance };
}

const text = (turnId: string, t: string): TranscriptOp => ({ type: 'updateTurnText', turnId, text: t });

describe('SaveQueue: the editor outbox', () => {
  it('merges keystrokes of one turn, sends within the delay, and says 已保存 only after the answer', async () => {
    const { clock, advance } = fakeClock();
    const sent: QueuedOp[][] = [];
    const states: SaveState['kind'][] = [];
    let answer!: (v: number) => void;
    const queue = new SaveQueue({
      clock,
      send: (ops) => (sent.push(ops), new Promise<number>((r) => (answer = r))),
      onState: (s) => states.push(s.kind),
    });
    queue.push(text('u1', '原'));
    queue.push(text('u1', '原告'));
    queue.push(text('u1', '原告称'));
    expect(states.at(-1)).toBe('saving');
    await advance(299);
    expect(sent).toHaveLength(0);
    await advance(1);
    expect(sent).toEqual([[{ clientSeq: 1, op: text('u1', '原告称') }]]);
    // Typing while the batch is in flight does not change it.
    queue.push(text('u1', '原告称借'));
    expect(sent[0]![0]!.op).toEqual(text('u1', '原告称'));
    answer(1);
    await advance(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual([{ clientSeq: 2, op: text('u1', '原告称借') }]);
    answer(2);
    await advance(0);
    expect(states.at(-1)).toBe('saved');
    expect(queue.version).toBe(2);
  });

  it('never waits longer than maxDelayMs after the first unsent edit, however fast the typing', async () => {
    const { clock, advance } = fakeClock();
    const sentAt: number[] = [];
    const queue = new SaveQueue({ clock, send: async () => (sentAt.push(clock.now()), 1), onState: () => {} });
    for (let i = 0; i < 20; i += 1) {
      queue.push(text('u1', 'x'.repeat(i + 1)));
      await advance(100);
    }
    expect(sentAt[0]).toBeLessThanOrEqual(1000);
  });

  it('keeps a failed batch, shows 未保存, resends the same clientSeqs and then saves', async () => {
    const { clock, advance } = fakeClock();
    const sent: QueuedOp[][] = [];
    let fail = true;
    let last: SaveState = { kind: 'saved' };
    const queue = new SaveQueue({
      clock,
      retryMs: 2000,
      send: async (ops) => {
        sent.push(ops);
        if (fail) throw new Error('无法连接本机服务');
        return 7;
      },
      onState: (s) => (last = s),
    });
    queue.push({ type: 'insertTurn', turnId: 'u9', sectionId: 's1', afterTurnId: null, role: '原告', name: '张三', text: '', at: 't' });
    queue.push(text('u9', '我'));
    await advance(300);
    expect(last).toEqual({ kind: 'unsaved', message: '无法连接本机服务', retryable: true });
    expect(queue.unacknowledged).toHaveLength(1);
    fail = false;
    await advance(2000);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1]![0]!.op).toMatchObject({ type: 'insertTurn', text: '我' });
    expect(last.kind).toBe('saved');
    expect(queue.unacknowledged).toHaveLength(0);
  });

  it('does not retry by itself what the service refused (locked); the retry button does', async () => {
    const { clock, advance } = fakeClock();
    let calls = 0;
    let last: SaveState = { kind: 'saved' };
    const queue = new SaveQueue({
      clock,
      send: async () => {
        calls += 1;
        throw new Error('笔录已锁定');
      },
      isRetryable: () => false,
      onState: (s) => (last = s),
    });
    queue.push(text('u1', 'a'));
    await advance(10_000);
    expect(calls).toBe(1);
    expect(last).toMatchObject({ kind: 'unsaved', retryable: false });
    queue.retry();
    await advance(0);
    expect(calls).toBe(2);
    await expect(queue.whenSaved()).rejects.toThrow('笔录已锁定');
  });
});

describe('editor keys', () => {
  const key = (k: Partial<Parameters<typeof editorCommand>[0]>) =>
    editorCommand({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });
  it('maps Ctrl+1…9, Tab, Ctrl+Enter, F8 and leaves Alt+digit to navigation', () => {
    expect(key({ ctrlKey: true, code: 'Digit1', key: '1' })).toEqual({ kind: 'speaker', index: 0 });
    expect(key({ ctrlKey: true, code: 'Numpad9', key: '9' })).toEqual({ kind: 'speaker', index: 8 });
    expect(key({ altKey: true, code: 'Digit1', key: '1' })).toBeNull();
    expect(key({ key: 'Tab' })).toEqual({ kind: 'cycleSpeaker', step: 1 });
    expect(key({ key: 'Tab', shiftKey: true })).toEqual({ kind: 'cycleSpeaker', step: -1 });
    expect(key({ key: 'Enter', ctrlKey: true })).toEqual({ kind: 'newTurn' });
    expect(key({ key: 'Enter' })).toBeNull();
    expect(key({ key: 'F8' })).toEqual({ kind: 'inaudible' });
    expect(key({ key: 'a', code: 'KeyA' })).toBeNull();
  });
});
