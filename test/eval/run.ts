// `npm run eval [-- name-filter …]`: runs every test/eval/*.eval.ts in its own process, one after
// the other, and fails when any of them fails. Each eval prints its own figures beside its
// baselines; this runner only adds the machine it ran on and a summary. Add an evaluation: add a
// *.eval.ts file that prints its figures and sets process.exitCode when a check fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx');

const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => filters.length === 0 || filters.some((q) => f.includes(q)))
  .sort();

const cpu = cpus();
console.log(`JudgeDesk eval — ${new Date().toISOString()}`);
console.log(
  `machine: ${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length}, ${platform()} ${release()}, node ${process.version}, load ${(loadavg()[0] ?? 0).toFixed(2)}`,
);
if (files.length === 0) {
  console.error(`没有匹配的评测：${filters.join(' ')}`);
  process.exitCode = 2;
}

const summary: string[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const run = spawnSync(tsx, [join(here, file)], { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${file} (${seconds} s)`);
  if (!ok) process.exitCode = 1;
}
console.log(`\n${summary.join('\n')}`);
