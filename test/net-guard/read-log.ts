import { existsSync, readFileSync } from 'node:fs';

export interface NetGuardRecord {
  kind: string;
  target: string;
  pid: number;
}

export function readNetGuardLog(file: string): NetGuardRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as NetGuardRecord);
}
