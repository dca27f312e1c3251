import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { python, trainingDir } from '../../helpers/python-mirror';

/**
 * Every module a training script imports must be installed by the project's own scripts on a
 * fresh machine: standard library, a module of models/training itself, or listed in
 * scripts/python-modules.txt (which ensure-python-modules.sh imports and installs from Debian).
 */
const listedModules = new Set(
  readFileSync(join(process.cwd(), 'scripts', 'python-modules.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0]),
);

/** Top-level names of every absolute import in the given .py sources, function bodies included. */
function importedModules(files: string[]): Map<string, string[]> {
  const script = [
    'import ast, json, sys',
    'found = {}',
    'for path in json.loads(sys.stdin.read()):',
    '    tree = ast.parse(open(path, encoding="utf-8").read(), path)',
    '    for node in ast.walk(tree):',
    '        names = []',
    '        if isinstance(node, ast.Import): names = [a.name for a in node.names]',
    '        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module: names = [node.module]',
    '        for name in names: found.setdefault(name.split(".")[0], []).append(path)',
    'print(json.dumps({"modules": found, "stdlib": sorted(sys.stdlib_module_names)}))',
  ].join('\n');
  const out = JSON.parse(execFileSync(python, ['-c', script], { input: JSON.stringify(files) }).toString('utf8')) as {
    modules: Record<string, string[]>;
    stdlib: string[];
  };
  const stdlib = new Set(out.stdlib);
  return new Map(Object.entries(out.modules).filter(([name]) => !stdlib.has(name)));
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__pycache__' ? [] : pythonFiles(path);
    return entry.name.endsWith('.py') ? [path] : [];
  });
}

/** Scripts run with models/training on sys.path: its files and packages import each other. */
const localModules = new Set(readdirSync(trainingDir, { withFileTypes: true }).map((e) => e.name.replace(/\.py$/, '')));

describe('Python modules of models/training', () => {
  it('are standard, local or installed by scripts/ensure-python-modules.sh', () => {
    const modules = importedModules(pythonFiles(trainingDir));
    expect(modules.size).toBeGreaterThan(0);
    const uncovered = [...modules].filter(([name]) => !localModules.has(name) && !listedModules.has(name));
    expect(uncovered.map(([name, files]) => `${name} (${files[0]})`)).toEqual([]);
  });

  it('sees imports inside functions, so a late import cannot hide', () => {
    const probe = join(process.cwd(), 'test', 'fixtures', 'python-imports', 'late_import.py');
    expect([...importedModules([probe]).keys()]).toEqual(['some_uninstalled_module']);
  });

  it('every listed module imports on this machine', () => {
    const failing = [...listedModules].filter((name) => {
      try {
        execFileSync(python, ['-c', `import ${name}`], { stdio: 'ignore' });
        return false;
      } catch {
        return true;
      }
    });
    expect(failing).toEqual([]);
  });
});
