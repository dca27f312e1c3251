import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const python = '/usr/bin/python3';
export const trainingDir = join(process.cwd(), 'models', 'training');
export const dataDir = process.env.JUDGEDESK_DATA_DIR ?? join(process.cwd(), '..', 'shared', 'data');

/** Runs `expression(item)` from models/training/criminal_judgment in Python for every item. */
export function pythonMap(module: string, expression: string, items: unknown[]): unknown[] {
  const script = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(trainingDir)})`,
    `from criminal_judgment.${module} import *`,
    'items = json.loads(sys.stdin.read())',
    `print(json.dumps([(${expression}) for item in items], ensure_ascii=False))`,
  ].join('\n');
  return JSON.parse(
    execFileSync(python, ['-c', script], { input: JSON.stringify(items), maxBuffer: 1 << 28 }).toString('utf8'),
  ) as unknown[];
}

/** Real fact texts from the data folder: CAIL2018 (masked names), MUD (real names), JuDGE (张3). */
export function realFacts(perSource = 150): string[] {
  const take = (rel: string, field: (row: Record<string, unknown>) => unknown) => {
    const path = join(dataDir, rel);
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, perSource)
      .map((line) => String(field(JSON.parse(line) as Record<string, unknown>)));
  };
  return [
    ...take('cases/cail2018/data_test.json', (r) => r.fact),
    ...take('cases/mud/test.json', (r) => r.facts),
    ...take('cases/judge_test/test.json', (r) => r.fd),
    ...take('cases/epm_ljpe/data_event.txt', (r) => r.fact_cut),
  ];
}
