// Runs Electronegativity over the Electron host (main/electron + main/security) and fails on any
// finding of severity MEDIUM or above that is not justified in the source.
//
// Justify a finding with a comment on the flagged line, or in the `//` comment block directly
// above it:   // electronegativity-justified: CHECK_ID <why this is safe here>
// Findings the tool reports for the whole app (file "N/A", global checks) are justified by such a
// comment anywhere in the scanned files, placed where the thing the check misses actually lives.
// Electronegativity's own `eng-disable` annotations are refused: they would hide findings from
// this test instead of explaining them.
//
// Electronegativity always exits 0 and its CSV writer races its header against its rows, so the
// test calls the same runner the CLI uses, in-process, and reads its issues and parse errors; it
// also writes the SARIF report to a temp folder and checks it agrees.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../..');
const scannedDirs = ['main/electron', 'main/security'];
const badFixtureDir = 'test/fixtures/electronegativity';
// The installed Electron's version (read as data: only main/electron may import 'electron').
const electronVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
  .version;

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  severity: { name: string; value: number };
  confidence: { name: string };
}
interface ScanResult {
  issues: Issue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  atomicChecks: number;
  globalChecks: number;
}
type Runner = (options: Record<string, unknown>, forCli?: boolean) => Promise<ScanResult>;

const runElectronegativity = require('@doyensec/electronegativity') as Runner;
const { list_files: listFiles } = require('@doyensec/electronegativity/dist/util') as {
  list_files(dir: string): Promise<string[]>;
};
const MEDIUM = 2;

const scratch = mkdtempSync(path.join(tmpdir(), 'judgedesk-electronegativity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function scan(input: string, name: string): Promise<{ result: ScanResult; sarif: string }> {
  const sarif = path.join(scratch, `${name}.sarif`);
  const result = await runElectronegativity({
    input,
    output: sarif,
    isSarif: true,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    // Compares the Electron version with GitHub's release list: needs the internet, says
    // nothing about our code. (-e pins the version anyway.)
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    parserPlugins: [],
  });
  // The runner writes the report with an un-awaited fs.writeFile.
  for (let i = 0; i < 100 && !existsSync(sarif); i++) await new Promise((r) => setTimeout(r, 20));
  return { result, sarif };
}

async function sarifResults(file: string): Promise<Array<{ ruleId: string }>> {
  for (let i = 0; i < 100; i++) {
    try {
      const report = JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
      return report.runs[0]?.results ?? [];
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error(`no readable SARIF report at ${file}`);
}

const justification = /electronegativity-justified:\s*([A-Z0-9_]+)\s+(\S.{9,})/;

function justifiedIdsAt(lines: string[], lineNumber: number): string[] {
  const ids: string[] = [];
  const collect = (text: string | undefined) => {
    const match = text === undefined ? null : justification.exec(text);
    if (match?.[1]) ids.push(match[1]);
  };
  collect(lines[lineNumber - 1]);
  for (let i = lineNumber - 2; i >= 0 && /^\s*\/\//.test(lines[i] ?? ''); i--) collect(lines[i]);
  return ids;
}

describe('Electronegativity', async () => {
  // One tree holding both folders, so global checks (navigation limits, permission handler,
  // CSP) see the whole Electron host at once, as they would in the packaged app.
  const tree = path.join(scratch, 'host');
  for (const dir of scannedDirs) cpSync(path.join(repo, dir), path.join(tree, dir), { recursive: true });
  const scanned = (await listFiles(tree)).map((file) => path.relative(tree, file));
  const { result, sarif } = await scan(tree, 'host');
  const sources = new Map(scanned.map((file) => [file, readFileSync(path.join(repo, file), 'utf8').split('\n')] as const));

  it('scans our Electron host files and parses every one of them', () => {
    expect(scanned.length).toBeGreaterThanOrEqual(1);
    expect(scanned).toEqual(expect.arrayContaining(['main/electron/main.ts', 'main/electron/preload.ts']));
    expect(result.atomicChecks).toBeGreaterThan(10);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('writes a SARIF report that agrees with the findings', async () => {
    const results = await sarifResults(sarif);
    expect(results.map((r) => r.ruleId).sort()).toEqual(result.issues.map((i) => i.id).sort());
  });

  it('finds nothing of severity MEDIUM or above that is not justified in the source', () => {
    expect(unjustifiedFindings(result, sources)).toEqual([]);
  });

  it('does not let eng-disable annotations hide findings', () => {
    for (const [file, lines] of sources) {
      expect(
        lines.filter((line) => /eng-disable/.test(line)),
        file,
      ).toEqual([]);
    }
  });

  it('reports a known-bad window and the gate fails on it, so this test can fail', async () => {
    const fixtureDir = path.join(repo, badFixtureDir);
    const bad = await scan(fixtureDir, 'bad-fixture');
    const badSources = new Map(
      (await listFiles(fixtureDir)).map((file) => [path.relative(fixtureDir, file), readFileSync(file, 'utf8').split('\n')] as const),
    );
    expect(bad.result.errors.filter((e) => !e.tolerable)).toEqual([]);
    // Electronegativity rates an explicit `nodeIntegration: true` INFORMATIONAL (it rates only the
    // pre-Electron-5 default as HIGH), so assert it is found at the right line…
    const nodeIntegration = bad.result.issues.find((i) => i.id === 'NODE_INTEGRATION_JS_CHECK');
    const fixtureLines = badSources.get('bad-main.ts') ?? [];
    expect(fixtureLines[(nodeIntegration?.location.line ?? 0) - 1]).toMatch(/nodeIntegration:/);
    // …and that the same window trips the MEDIUM+ gate.
    const gate = unjustifiedFindings(bad.result, badSources).join('\n');
    expect(gate).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK bad-main\.ts/);
    expect(gate).toMatch(/MEDIUM SANDBOX_JS_CHECK bad-main\.ts/);
    expect(gate).toMatch(/MEDIUM HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK N\/A/);
  });
});

/** MEDIUM+ findings without a justification comment, one readable line each. */
function unjustifiedFindings(result: ScanResult, sources: ReadonlyMap<string, string[]>): string[] {
  const globallyJustified = new Set([...sources.values()].flatMap((lines) => lines.flatMap((_, i) => justifiedIdsAt(lines, i + 1))));
  return result.issues
    .filter((issue) => issue.severity.value >= MEDIUM)
    .filter((issue) => {
      if (issue.file === 'N/A') return !globallyJustified.has(issue.id);
      const lines = sources.get(issue.file);
      return !lines || !justifiedIdsAt(lines, issue.location.line).includes(issue.id);
    })
    .map((i) => `${i.severity.name} ${i.id} ${i.file}:${i.location.line} ${i.sample ?? ''} — ${i.description}`);
}
