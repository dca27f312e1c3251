import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { python, trainingDir } from '../../../helpers/python-mirror';

/** Runs `expression` over `items` with models/training/ner/<module> imported (the Python side of the mirror). */
export function nerPython(module: string, expression: string, items: unknown[], extra: unknown = null): unknown[] {
  const script = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(trainingDir)})`,
    `from ner.${module} import *`,
    'payload = json.loads(sys.stdin.read())',
    'extra = payload["extra"]',
    `print(json.dumps([(${expression}) for item in payload["items"]], ensure_ascii=False))`,
  ].join('\n');
  const output = execFileSync(python, ['-c', script], {
    input: JSON.stringify({ items, extra }),
    maxBuffer: 1 << 28,
    cwd: join(trainingDir, '..', '..'),
  });
  return JSON.parse(output.toString('utf8')) as unknown[];
}
