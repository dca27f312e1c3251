import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../../shared/contract/channels/audit';
import { auditCsv, auditCsvFileName, csvCell } from '../../../../../main/services/audit';

const base: AuditEntry = {
  seq: 1,
  at: '2026-11-26T02:00:00.000Z',
  actor: '张法官',
  role: 'judge',
  kind: 'ai_output',
  feature: 'lawPush',
  caseId: '(2026)京0105民初123号',
  summary: '推送法条',
  payload: { a: 1 },
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
};

/** A small RFC 4180 reader, to prove the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('推送法条')).toBe('推送法条');
    expect(csvCell('')).toBe('');
    expect(csvCell('a-b=c')).toBe('a-b=c');
  });

  it('quotes commas, quotes and newlines, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"同意"')).toBe('"他说""同意"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses formula cells starting with = + - @ (and tab / CR) with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 10')).toBe("'+86 10");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });
});

describe('auditCsv', () => {
  it('starts with a BOM, has Chinese headers, uses CRLF and ends with CRLF', () => {
    const { csv, rows } = auditCsv([base]);
    expect(rows).toBe(1);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,时间,操作人,角色,类型,功能,案件,摘要,详情,前序哈希,哈希');
    expect(lines[1]).toBe(
      `1,2026-11-26T02:00:00.000Z,张法官,judge,ai_output,lawPush,(2026)京0105民初123号,推送法条,"{""a"":1}",${'0'.repeat(64)},${'f'.repeat(64)}`,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('header only for no entries; nulls become empty cells', () => {
    expect(auditCsv([])).toEqual({ csv: '\uFEFF序号,时间,操作人,角色,类型,功能,案件,摘要,详情,前序哈希,哈希\r\n', rows: 0 });
    const line = auditCsv([{ ...base, feature: null, caseId: null }]).csv.split('\r\n')[1]!;
    expect(line.split(',').slice(5, 7)).toEqual(['', '']);
  });

  it('round-trips hostile summaries through a CSV reader, formulas defused', () => {
    const summaries = ['a,b', '引号"里"', '多\r\n行\n文本', '=cmd|"/c calc"!A1', '+1', '-1', '@x', '普通'];
    const entries = summaries.map((summary, i) => ({ ...base, seq: i + 1, summary }));
    const { csv, rows } = auditCsv(entries);
    expect(rows).toBe(summaries.length);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(summaries.length + 1);
    for (const [i, s] of summaries.entries()) {
      const cells = parsed[i + 1]!;
      expect(cells).toHaveLength(11);
      expect(cells[7]).toBe(/^[=+\-@]/.test(s) ? `'${s}` : s);
      expect(JSON.parse(cells[8]!)).toEqual({ a: 1 });
    }
  });

  it('a payload with a leading-formula string is still valid JSON inside its quoted cell', () => {
    const parsed = parseCsv(auditCsv([{ ...base, payload: { note: '=1+1,"x"' } }]).csv.slice(1));
    expect(JSON.parse(parsed[1]![8]!)).toEqual({ note: '=1+1,"x"' });
  });
});

describe('auditCsvFileName', () => {
  it('names the file by local date and time', () => {
    expect(auditCsvFileName(new Date(2026, 10, 26, 9, 5, 7))).toBe('审计日志-20261126-090507.csv');
  });
});
