import type { AuditEntry } from '../../../shared/contract/channels/audit';

const columns: Array<[string, (e: AuditEntry) => string]> = [
  ['序号', (e) => String(e.seq)],
  ['时间', (e) => e.at],
  ['操作人', (e) => e.actor],
  ['角色', (e) => e.role],
  ['类型', (e) => e.kind],
  ['功能', (e) => e.feature ?? ''],
  ['案件', (e) => e.caseId ?? ''],
  ['摘要', (e) => e.summary],
  ['详情', (e) => JSON.stringify(e.payload)],
  ['前序哈希', (e) => e.prevHash],
  ['哈希', (e) => e.hash],
];

/**
 * One CSV cell. Quotes per RFC 4180; a leading = + - @ is defused with an apostrophe so a
 * spreadsheet never runs a formula planted in a summary (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with BOM and CRLF, so Excel on a court PC opens the Chinese text correctly. */
export function auditCsv(entries: Iterable<AuditEntry>): { csv: string; rows: number } {
  const lines = [columns.map(([title]) => csvCell(title)).join(',')];
  let rows = 0;
  for (const entry of entries) {
    lines.push(columns.map(([, get]) => csvCell(get(entry))).join(','));
    rows += 1;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}

export function auditCsvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `审计日志-${stamp}.csv`;
}
