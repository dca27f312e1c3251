/** One figure a benchmark reports, e.g. { label: 'import', value: 6800, unit: 'ms' }. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
}

export interface BenchContext {
  /** A progress line under the bench's name (silent with --json). */
  log(text: string): void;
}

export interface BenchOutcome {
  figures: Figure[];
  notes?: string[];
  /** Set when the bench could not run here (e.g. the team data folder is absent). */
  skipped?: string;
}

/** The default export of each test/bench/*.bench.ts. */
export interface Bench {
  name: string;
  run(context: BenchContext): Promise<BenchOutcome>;
}

export interface BenchResult extends BenchOutcome {
  name: string;
  file: string;
  ms: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `work` took, rounded to 0.1 ms. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round((performance.now() - started) * 10) / 10, value };
}
