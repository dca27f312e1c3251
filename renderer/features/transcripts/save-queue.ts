import type { TranscriptOp } from '../../../shared/contract/channels/transcripts';

export interface QueuedOp {
  clientSeq: number;
  op: TranscriptOp;
}

/** 已保存 / 保存中… / 未保存 (with the reason and a retry). */
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'unsaved'; message: string; retryable: boolean };

export interface SaveQueueOptions {
  /** Sends one batch; resolves with the server's version once it is durable, throws otherwise. */
  send: (ops: QueuedOp[]) => Promise<number>;
  onState: (state: SaveState) => void;
  /** Called with the ops not yet acknowledged whenever they change (crash backup). */
  onPending?: (ops: QueuedOp[], lastSeq: number) => void;
  /** Quiet time before a batch goes out … */
  delayMs?: number;
  /** … but never later than this after the first unsent edit (issue 8: within one second). */
  maxDelayMs?: number;
  retryMs?: number;
  /** Errors worth retrying by themselves (the service was unreachable, a transient failure). */
  isRetryable?: (error: unknown) => boolean;
  firstSeq?: number;
  clock?: Clock;
}

const maxBatch = 500;

export interface Clock {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
}

const realClock: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * The editor's outbox. Each edit gets a clientSeq; consecutive text edits of one turn that have
 * not left yet are merged into one op. One batch is in flight at a time; an edit counts as saved
 * only when the call answered ok, and a failed batch is resent as it was (the service skips what
 * it already stored), so nothing is applied twice and nothing acknowledged is lost.
 */
export class SaveQueue {
  private pending: QueuedOp[] = [];
  private inFlight = 0;
  private seq: number;
  private firstUnsentAt: number | null = null;
  private timer: unknown = null;
  private state: SaveState = { kind: 'saved' };
  private idleWaiters: Array<() => void> = [];
  version = -1;
  private readonly clock: Clock;

  constructor(private readonly options: SaveQueueOptions) {
    this.seq = options.firstSeq ?? 0;
    this.clock = options.clock ?? realClock;
  }

  /** Ops handed over but not yet acknowledged (in flight included). */
  get unacknowledged(): readonly QueuedOp[] {
    return this.pending;
  }

  get lastSeq(): number {
    return this.seq;
  }

  push(op: TranscriptOp): void {
    const last = this.pending.at(-1);
    const lastUnsent = last && this.pending.length > this.inFlight ? last : undefined;
    if (op.type === 'updateTurnText' && lastUnsent?.op.type === 'updateTurnText' && lastUnsent.op.turnId === op.turnId) {
      lastUnsent.op = op;
    } else if (op.type === 'updateTurnText' && lastUnsent?.op.type === 'insertTurn' && lastUnsent.op.turnId === op.turnId) {
      lastUnsent.op = { ...lastUnsent.op, text: op.text };
    } else {
      this.seq += 1;
      this.pending.push({ clientSeq: this.seq, op });
    }
    this.options.onPending?.(this.pending, this.seq);
    if (this.state.kind !== 'unsaved' || this.state.retryable) this.setState({ kind: 'saving' });
    this.firstUnsentAt ??= this.clock.now();
    this.schedule();
  }

  /** Sends what is pending now (the retry button, and before a lock). */
  retry(): void {
    this.clearTimer();
    void this.flush();
  }

  /** Resolves once everything handed over is acknowledged; rejects if saving fails. */
  whenSaved(): Promise<void> {
    if (!this.pending.length) return Promise.resolve();
    this.retry();
    return new Promise((resolve, reject) => {
      this.idleWaiters.push(() =>
        this.pending.length ? reject(new Error(this.state.kind === 'unsaved' ? this.state.message : '未保存')) : resolve(),
      );
    });
  }

  dispose(): void {
    this.clearTimer();
  }

  private schedule(): void {
    if (this.inFlight) return; // the answer of the batch in flight sends the rest
    this.clearTimer();
    const { delayMs = 300, maxDelayMs = 1000 } = this.options;
    const deadline = (this.firstUnsentAt ?? this.clock.now()) + maxDelayMs;
    const wait = Math.max(0, Math.min(delayMs, deadline - this.clock.now()));
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    if (this.inFlight || !this.pending.length) return;
    const batch = this.pending.slice(0, maxBatch).map((q) => ({ ...q }));
    this.inFlight = batch.length;
    this.firstUnsentAt = this.pending.length > batch.length ? this.clock.now() : null;
    this.setState({ kind: 'saving' });
    try {
      this.version = await this.options.send(batch);
      this.pending.splice(0, batch.length);
      this.inFlight = 0;
      this.options.onPending?.(this.pending, this.seq);
      if (this.pending.length) {
        this.firstUnsentAt ??= this.clock.now();
        void this.flush();
        return;
      }
      this.setState({ kind: 'saved' });
    } catch (error) {
      this.inFlight = 0;
      const retryable = this.options.isRetryable?.(error) ?? true;
      this.setState({ kind: 'unsaved', message: error instanceof Error ? error.message : String(error), retryable });
      if (retryable) {
        this.clearTimer();
        this.timer = this.clock.setTimeout(() => {
          this.timer = null;
          void this.flush();
        }, this.options.retryMs ?? 2000);
      }
    }
    this.notifyIdle();
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}
