// Proves that the layering tools actually bite: known-bad fixture trees must be reported with
// the right rule, a known-good tree and the real repository must pass.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = path.join(repoRoot, 'test/fixtures/layering');
const depcruiseBin = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const depcruiseConfig = path.join(repoRoot, '.dependency-cruiser.cjs');
/** The folders `npm run layering` cruises (fixture trees carry main, renderer, shared, test). */
const layeringScript = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const repoFolders = (layeringScript.scripts['layering'] ?? '').split(/\s+/).filter((word) => /^[a-z]+$/.test(word) && word !== 'depcruise');
const cruisedFolders = ['main', 'renderer', 'shared', 'test'];

interface Violation {
  rule: string;
  from: string;
  to: string;
}

interface CruiseJson {
  summary: {
    error: number;
    totalCruised: number;
    violations: { from: string; to: string; rule: { name: string; severity: string } }[];
  };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away copy of a fixture tree laid out like the repo: same tsconfig, same node_modules. */
function fixtureRepo(tree: 'violations' | 'clean'): string {
  const dir = mkdtempSync(path.join(tmpdir(), `judgedesk-layering-${tree}-`));
  tempDirs.push(dir);
  cpSync(path.join(fixtures, tree), dir, { recursive: true });
  copyFileSync(path.join(repoRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs the real CLI with the real config, exactly as `npm run layering` does. */
function cruise(cwd: string, folders: string[]): { violations: Violation[]; cruised: number } {
  const run = spawnSync(process.execPath, [depcruiseBin, '--config', depcruiseConfig, '--output-type', 'json', ...folders], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout.trim().startsWith('{')) {
    throw new Error(`dependency-cruiser produced no JSON (exit ${run.status}):\n${run.stderr}`);
  }
  const { summary } = JSON.parse(run.stdout) as CruiseJson;
  for (const v of summary.violations) expect(v.rule.severity).toBe('error');
  return {
    violations: summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })),
    cruised: summary.totalCruised,
  };
}

const describeViolation = ({ rule, from, to }: Violation): string => `${rule}: ${from} → ${to}`;

describe('dependency-cruiser layering rules', () => {
  it('reports every planted violation with the right rule, and nothing else', () => {
    const { violations } = cruise(fixtureRepo('violations'), cruisedFolders);
    const found = violations
      // Which file of a cycle is reported depends on traversal order.
      .map((v) => `${v.rule} ${v.rule === 'no-circular' ? v.from.replace(/cycle-[ab]/, 'cycle-?') : v.from}`)
      .sort();

    expect(found).toEqual(
      [
        'shared-only-shared shared/imports-main.ts',
        'shared-no-node-builtins shared/imports-node-builtin.ts',
        'renderer-only-shared renderer/imports-main.ts',
        'renderer-no-node-builtins renderer/imports-node-builtin.ts',
        'native-modules-only-in-main renderer/imports-native.ts',
        'only-main-electron-imports-electron main/services/cases/imports-electron.ts',
        'only-main-electron-imports-electron main/host/imports-electron.ts',
        'only-main-electron-imports-electron test/unit/imports-electron.ts',
        'services-not-to-outer-layers main/services/cases/imports-api.ts',
        'store-not-to-outer-layers main/store/imports-host.ts',
        'inference-not-to-outer-layers main/inference/imports-api.ts',
        'api-not-to-hosts main/api/imports-electron-window.ts',
        'service-folder-only-through-index main/api/imports-service-internal.ts',
        'service-folder-only-through-index-between-services main/services/cases/imports-other-service-internal.ts',
        'main-not-to-renderer main/imports-renderer.ts',
        'production-not-to-test main/services/cases/imports-test.ts',
        'no-circular shared/cycle-?.ts',
        'not-to-unresolvable shared/imports-missing.ts',
      ].sort(),
    );
    // main/electron/window.ts imports electron too, and must not be among them.
    expect(violations.filter((v) => v.from.startsWith('main/electron/'))).toEqual([]);
    // A service's index.ts and the same folder's own files are the front door, not a breach.
    expect(violations.filter((v) => v.to === 'main/services/laws/index.ts' || v.from.startsWith('main/services/laws/'))).toEqual([]);
  }, 60_000);

  it('passes a clean tree that uses every allowed edge', () => {
    const { violations, cruised } = cruise(fixtureRepo('clean'), cruisedFolders);
    expect(violations.map(describeViolation)).toEqual([]);
    // Guards against a vacuous pass (e.g. wrong cwd or an exclude that swallows everything).
    expect(cruised).toBeGreaterThanOrEqual(8);
  }, 60_000);

  it('finds no violations in the real repository', () => {
    expect(repoFolders).toEqual(expect.arrayContaining(['main', 'renderer', 'shared']));
    const { violations, cruised } = cruise(repoRoot, repoFolders);
    expect(violations.map(describeViolation)).toEqual([]);
    expect(cruised).toBeGreaterThan(0);
  }, 120_000);
});

describe('eslint rules', () => {
  const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: path.join(repoRoot, 'eslint.config.js') });

  /** Lints a fixture's text as though it lived at `asPath` in the repo. */
  async function lintAs(text: string, asPath: string): Promise<{ ruleId: string | null; line: number }[]> {
    const [result] = await eslint.lintText(text, { filePath: path.join(repoRoot, asPath) });
    expect(result?.fatalErrorCount ?? 0).toBe(0);
    return (result?.messages ?? []).map(({ ruleId, line }) => ({ ruleId, line }));
  }
  const fixture = (name: string): string => readFileSync(path.join(fixtures, 'eslint', name), 'utf8');

  it('reports focused tests (.only)', async () => {
    const messages = await lintAs(fixture('focused-only.ts'), 'test/unit/focused-only.test.ts');
    expect(messages).toEqual([
      { ruleId: 'no-restricted-syntax', line: 4 },
      { ruleId: 'no-restricted-syntax', line: 5 },
      { ruleId: 'no-restricted-syntax', line: 6 },
    ]);
  });

  it('reports shell.openExternal even where electron may be imported', async () => {
    const messages = await lintAs(fixture('open-external.ts'), 'main/electron/open-external.ts');
    expect(messages).toEqual([
      { ruleId: 'no-restricted-properties', line: 6 },
      { ruleId: 'no-restricted-syntax', line: 10 },
    ]);
  });

  it('restricts electron imports to main/electron', async () => {
    const text = fixture('service-imports-electron.ts');
    expect(await lintAs(text, 'main/services/cases/uses-electron.ts')).toEqual([{ ruleId: 'no-restricted-imports', line: 2 }]);
    expect(await lintAs(text, 'renderer/uses-electron.ts')).toEqual([{ ruleId: 'no-restricted-imports', line: 2 }]);
    expect(await lintAs(text, 'main/electron/uses-electron.ts')).toEqual([]);
  });

  it('keeps Node out of renderer/ and shared/', async () => {
    const text = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
    expect(await lintAs(text, 'renderer/reads-files.ts')).toEqual([{ ruleId: 'no-restricted-imports', line: 1 }]);
    expect(await lintAs(text, 'shared/reads-files.ts')).toEqual([{ ruleId: 'no-restricted-imports', line: 1 }]);
    expect(await lintAs(text, 'main/services/cases/reads-files.ts')).toEqual([]);
  });

  it('reports explicit any as an error', async () => {
    const messages = await lintAs(fixture('explicit-any.ts'), 'shared/explicit-any.ts');
    expect(messages).toEqual([{ ruleId: '@typescript-eslint/no-explicit-any', line: 1 }]);
  });

  it('passes clean code of every file kind (.ts, .tsx, .mjs, .cjs)', async () => {
    expect(await lintAs(fixture('clean.ts'), 'test/unit/clean.test.ts')).toEqual([]);
    const component = [
      "import { useState } from 'react';",
      'export function Counter(): React.JSX.Element {',
      '  const [count, setCount] = useState(0);',
      '  return <button onClick={() => setCount(count + 1)}>{count}</button>;',
      '}',
      '',
    ].join('\n');
    expect(await lintAs(component, 'renderer/features/demo/Counter.tsx')).toEqual([]);
    expect(await lintAs("import path from 'node:path';\nexport const dir = path.dirname(process.cwd());\n", 'scripts/demo.mjs')).toEqual(
      [],
    );
    expect(
      await lintAs("const path = require('node:path');\nmodule.exports = { dir: path.dirname(__dirname) };\n", 'scripts/demo.cjs'),
    ).toEqual([]);
  });

  it('ignores the deliberately bad fixtures when linting the repo', async () => {
    expect(await eslint.isPathIgnored(path.join(fixtures, 'eslint/focused-only.ts'))).toBe(true);
  });
});
