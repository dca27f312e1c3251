// Family 2, 前后一致: party names as declared (and as in the case record), ID numbers' check digit,
// the dates in procedural order, and the case number's format.
import type { ReviewFinding } from '../../../../shared/contract/channels/review';
import { normalizeCaseNumber, parseCaseNumber } from '../../../../shared/domain/case-number';
import { findIdentifiers } from '../../../../shared/domain/identifiers';
import type { FoundDate } from '../dates';
import { findDates } from '../dates';
import { finding } from '../finding';
import type { DeclaredParty } from '../parties';
import { partyRoles } from '../parties';

const cjk = /^[\u4e00-\u9fff×＊*]+$/;

function differsByOne(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff += 1;
  return diff === 1;
}

/** 被告人陈婧 where 陶婧 was declared: a role word followed by a one-character variant of a party's name. */
function partyNameFindings(text: string, parties: DeclaredParty[]): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const names = new Set(parties.map((p) => p.name));
  const roleWords = new RegExp(`(${partyRoles.join('|')})`, 'g');
  for (const m of text.matchAll(roleWords)) {
    const at = m.index + m[0].length;
    for (const party of parties) {
      // Masked names (陈某) differ legitimately from the full ones around them.
      if (/某|×|\*|＊/.test(party.name)) continue;
      const candidate = text.slice(at, at + party.name.length);
      if (!cjk.test(candidate) || names.has(candidate) || !differsByOne(candidate, party.name)) continue;
      // A longer declared name starting here (张三丰 vs 张三) is not a variant.
      if ([...names].some((n) => text.startsWith(n, at))) continue;
      // Same family name and role but a different given name is usually another person (张某 vs 张某某).
      if (/某|×|\*|＊/.test(candidate)) continue;
      out.push(
        finding(
          text,
          'consistency',
          'consistency.party-name',
          'warning',
          at,
          at + candidate.length,
          `当事人姓名前后不一致：首部列明的${party.role}为“${party.name}”，此处写作“${candidate}”`,
          party.name,
        ),
      );
      break;
    }
  }
  return out;
}

function caseRecordFindings(text: string, record: { name: string; role: string }[]): ReviewFinding[] {
  return record
    .filter((p) => !text.includes(p.name))
    .map((p) =>
      finding(
        text,
        'consistency',
        'consistency.case-record',
        'warning',
        0,
        Math.min(text.length, 1),
        `案件信息中的${p.role || '当事人'}“${p.name}”在文书中没有出现，请核对当事人姓名或名称`,
      ),
    );
}

/** 身份证 numbers whose birth date or check character is wrong (read by the shared identifier finder). */
function idNumberFindings(text: string): ReviewFinding[] {
  return findIdentifiers(text)
    .filter((id) => id.type === 'residentId' && !id.masked && !id.valid)
    .map((id) =>
      finding(text, 'consistency', 'consistency.id-checksum', 'error', id.start, id.end, id.reason ?? '公民身份号码无效，请核对'),
    );
}

function caseNumberFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  let first = true;
  for (const m of text.matchAll(/[（(]\s*(\d{4})\s*[）)][^，,。；;\s（(“”]{1,20}?(?:号|(?=[\s，,。；]|公诉机关|原告|上诉人|申请人))/g)) {
    const year = Number(m[1]);
    // 检察院 and police document numbers (富检公诉刑诉（2016）245号) carry a prefix; they are not case numbers.
    if (/[诉检字公侦监执]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    // The document's own number comes first; only it is held to the rule strictly.
    const inHead = first && m.index < 300;
    first = false;
    // Older case numbers (字第) legitimately name earlier judgments; only the current format is checked.
    if (year < 2016) continue;
    // Without 号 it is only a case number in the head (elsewhere it may be any bracketed year).
    if (!m[0].endsWith('号') && !inHead) continue;
    const parsed = parseCaseNumber(m[0]);
    if (!parsed.ok) {
      // Outside the head only numbers that look like a court's (province abbreviation first) are held to the rule.
      if (!inHead && parsed.part === 'court') continue;
      out.push(
        finding(
          text,
          'consistency',
          'consistency.case-number',
          inHead ? 'error' : 'warning',
          m.index,
          m.index + m[0].length,
          `案号格式不规范：${parsed.message}`,
        ),
      );
    } else if (parsed.normalized !== m[0] && normalizeCaseNumber(m[0]) !== m[0]) {
      out.push(
        finding(
          text,
          'consistency',
          'consistency.case-number-format',
          'info',
          m.index,
          m.index + m[0].length,
          `案号应写作“${normalizeCaseNumber(m[0])}”（全角括号、不加空格）`,
          normalizeCaseNumber(m[0]),
        ),
      );
    }
  }
  return out;
}

/** 立案/受理/提起公诉 ≤ 开庭 ≤ 宣判 (the 落款 date). */
function dateOrderFindings(text: string, judgment: FoundDate | null, final: boolean): ReviewFinding[] {
  // A second-instance document also recites the first instance's dates; only first instance is checked.
  if (final) return [];
  const dates = findDates(text);
  const filed = dates.find(
    (d) =>
      /^(向本院提起公诉|向本院起诉|诉至本院|立案|受理)/.test(text.slice(d.end, d.end + 10)) ||
      (/本院于$/.test(text.slice(d.start - 3, d.start)) && /^(立案|受理)/.test(text.slice(d.end, d.end + 4))),
  );
  const heard = dates.find((d) => /^(依法)?(公开|不公开)?开庭/.test(text.slice(d.end, d.end + 8)));
  const out: ReviewFinding[] = [];
  const push = (d: FoundDate, message: string) =>
    out.push(finding(text, 'consistency', 'consistency.date-order', 'error', d.start, d.end, message));
  if (filed && heard && heard.iso < filed.iso) push(heard, `开庭日期 ${heard.iso} 早于立案（受理）日期 ${filed.iso}，请核对`);
  if (judgment && heard && judgment.iso < heard.iso) push(judgment, `落款日期 ${judgment.iso} 早于开庭日期 ${heard.iso}，请核对`);
  if (judgment && filed && judgment.iso < filed.iso) push(judgment, `落款日期 ${judgment.iso} 早于立案（受理）日期 ${filed.iso}，请核对`);
  return out.filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i);
}

export function consistencyFindings(
  text: string,
  parties: DeclaredParty[],
  judgment: FoundDate | null,
  record: { name: string; role: string }[] = [],
  final = false,
): ReviewFinding[] {
  return [
    ...partyNameFindings(text, parties),
    ...caseRecordFindings(text, record),
    ...idNumberFindings(text),
    ...caseNumberFindings(text),
    ...dateOrderFindings(text, judgment, final),
  ];
}
