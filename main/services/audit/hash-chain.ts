import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../shared/contract/channels/audit';
import { canonicalJson } from '../../../shared/domain/canonical-json';

export const genesisHash = '0'.repeat(64);

/**
 * The fields an entry's hash covers: everything but the hash itself. Role and kind are any text,
 * since a stored row may hold values the contract does not know and its hash must still be checked.
 */
export type HashedFields = Omit<AuditEntry, 'hash' | 'role' | 'kind'> & { role: string; kind: string };

export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
