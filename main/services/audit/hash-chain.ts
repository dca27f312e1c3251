import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';

export const genesisHash = '0'.repeat(64);

/** The fields an entry's hash covers: everything but the hash itself. */
export interface HashedFields {
  seq: number;
  at: string;
  actor: string;
  role: string;
  kind: string;
  feature: string | null;
  caseId: string | null;
  summary: string;
  payload: Record<string, unknown>;
  prevHash: string;
}

export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
