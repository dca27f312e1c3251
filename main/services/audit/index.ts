// 审计日志: the append-only, hash-chained trail of every AI output, decision and settings change.
export { AuditLog } from './audit-log';
export type { AuditEntryBody, NewAuditEntry } from './audit-log';
export { rowToEntry } from './audit-row';
export type { AuditRow } from './audit-row';
export { queryAuditStats } from './audit-stats';
export { auditCsv, auditCsvFileName, csvCell } from './export-csv';
export { entryHash, genesisHash, sha256Hex } from './hash-chain';
export { verifyChain } from './verify-chain';
export type { AuditChain } from './verify-chain';
