// `npm run bench [-- name-filter] [-- --json]`: runs every test/bench/*.bench.ts in turn and prints
// their figures with the machine they were measured on. Add a figure: add a *.bench.ts file whose
// default export is a Bench (see bench.ts).
import { readdirSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './bench';

const here = dirname(fileURLToPath(import.meta.url));

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    /** 1-minute load average at the start: figures from a busy machine are not comparable. */
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

function format(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((q) => f.includes(q)))
    .sort();
  const host = machine();
  if (!json) {
    console.log(`JudgeDesk bench — ${new Date().toISOString()}`);
    console.log(
      `machine: ${host.cpu} × ${host.cores} cores, ${host.memoryGiB} GiB RAM (${host.freeGiB} free), ${host.os}, node ${host.node}, load ${host.load}\n`,
    );
  }
  const results: BenchResult[] = [];
  let failed = false;
  for (const file of files) {
    const bench = ((await import(pathToFileURL(join(here, file)).href)) as { default: Bench }).default;
    const started = performance.now();
    try {
      const outcome = await bench.run({ log: (text) => (json ? undefined : console.log(`  · ${text}`)) });
      const result: BenchResult = { name: bench.name, file, ...outcome, ms: Math.round(performance.now() - started) };
      results.push(result);
      if (json) continue;
      console.log(`${bench.name}${result.skipped ? `  (skipped: ${result.skipped})` : ''}`);
      const width = Math.max(0, ...result.figures.map((f) => f.label.length));
      for (const f of result.figures) console.log(`  ${f.label.padEnd(width)}  ${format(f.value).padStart(12)} ${f.unit}`);
      for (const note of result.notes ?? []) console.log(`  note: ${note}`);
      console.log('');
    } catch (error) {
      failed = true;
      console.error(`${bench.name}: FAILED — ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  if (json) console.log(JSON.stringify({ at: new Date().toISOString(), machine: host, results }, null, 2));
  process.exitCode = failed ? 1 : 0;
}

await main();
