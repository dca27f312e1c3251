import type { Case } from '../../../shared/contract/channels/cases';
import type { DraftSection } from '../../../shared/contract/channels/drafting';
import { intToChinese } from '../../../shared/domain/chinese-numerals';
import { chineseDate } from '../court-docx';
import type { DocumentTemplate, TemplateSection } from './templates';

/** What the judge still has to write; counted by the editor and by export. */
export const GAP = /〔[^〔〕\n]{0,40}〕/g;
export const countGaps = (text: string): number => text.match(GAP)?.length ?? 0;

/** The placeholder the 法律依据 suggestion fills; left as a gap until then. */
export const CITATIONS_PLACEHOLDER = '〔法律依据〕';

type Party = Case['parties'][number];

/** 2026-03-01 → 2026年3月1日, as dates are written in the body of a judgment. */
export function bodyDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

function moneyText(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

/** 1.判令…；2.…。 — the claims as numbered items, the amounts as entered. */
export function claimsList(claims: Case['claims']): string | null {
  if (claims.length === 0) return null;
  const items = claims.map((c, i) => {
    const text = c.text.replace(/[。；;.]+$/, '');
    const amount = c.amount !== null && !text.includes(moneyText(c.amount)) ? `（金额${moneyText(c.amount)}元）` : '';
    return `${i + 1}.${text}${amount}`;
  });
  return `${items.join('；')}。`;
}

/**
 * The values of the placeholders for one case. A placeholder with nothing behind it becomes a
 * visible 〔…〕 gap (never silently dropped), which the editor and export count.
 */
export function placeholderValues(c: Case, template: DocumentTemplate): Map<string, string> {
  const values = new Map<string, string>();
  const names = (role: string): string | null => {
    const found = c.parties.filter((p) => p.role === role).map((p) => p.name);
    return found.length ? found.join('、') : null;
  };
  for (const role of new Set(c.parties.map((p) => p.role))) values.set(role, names(role) ?? '');
  const set = (key: string, value: string | null) => {
    if (value) values.set(key, value);
  };
  set('法院', c.court);
  set('案号', c.caseNumber);
  set('案由', c.causeOfAction);
  set('立案日期', bodyDate(c.filedOn));
  set('开庭日期', bodyDate(c.hearingOn));
  set('诉讼请求', claimsList(c.claims));
  set('书记员', c.panel.clerk || null);
  if (template.appealDays !== null) set('上诉期限', intToChinese(template.appealDays));
  return values;
}

export function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\{([^{}\n]{1,20})\}/g, (_, key: string) => {
    if (key === '法律依据') return CITATIONS_PLACEHOLDER;
    return values.get(key) ?? `〔${key}〕`;
  });
}

/** 原告：张三，住北京市…。 / 公诉机关北京市海淀区人民检察院。 / 被告人李四，住…。 */
export function partyLines(parties: readonly Party[], roles: readonly string[]): string[] {
  const lines: string[] = [];
  for (const role of roles) {
    for (const p of parties.filter((party) => party.role === role)) {
      // Criminal style writes 公诉机关/被告人 without a colon; civil style with one.
      const criminal = role === '公诉机关' || role === '被告人';
      const where = p.address ? `，${p.kind === 'person' ? '住' : '住所地'}${p.address}` : '';
      lines.push(`${role}${criminal ? '' : '：'}${p.name}${where}。`);
      if (p.agent) lines.push(`${role === '被告人' ? '辩护人' : '委托诉讼代理人'}${criminal ? '' : '：'}${p.agent}。`);
    }
  }
  return lines;
}

/** 审判长 王五 … 二〇二六年十一月二十六日 … 书记员 吴九 (one line each; export lays them out). */
export function signatureLines(panel: Case['panel'], date: string): string[] {
  const members: string[] = [];
  const collegial = panel.judges.length + panel.assessors.length > 0;
  if (panel.presidingJudge) members.push(`${collegial ? '审判长' : '审判员'}\u3000${panel.presidingJudge}`);
  for (const judge of panel.judges) members.push(`审判员\u3000${judge}`);
  for (const assessor of panel.assessors) members.push(`人民陪审员\u3000${assessor}`);
  if (members.length === 0) members.push('审判员\u3000〔姓名〕');
  return [...members, chineseDate(date), `书记员\u3000${panel.clerk || '〔姓名〕'}`];
}

function sectionText(
  section: TemplateSection,
  c: Case,
  template: DocumentTemplate,
  values: ReadonlyMap<string, string>,
  date: string,
): string {
  switch (section.fill) {
    case 'header': {
      const lines = [c.court, template.name];
      if (section.caseNumberInHeader ?? true) lines.push(c.caseNumber);
      return lines.join('\n');
    }
    case 'parties': {
      const lines = partyLines(c.parties, section.partyRoles ?? []);
      return lines.length ? lines.join('\n') : '〔当事人基本情况〕';
    }
    case 'signature':
      return signatureLines(c.panel, date).join('\n');
    case 'appendix':
      return '';
    default:
      return fillPlaceholders(section.text ?? '', values);
  }
}

/** The first version of a draft: every section of the template, filled from the case record. */
export function sectionsFromCase(c: Case, template: DocumentTemplate, date: string): DraftSection[] {
  const values = placeholderValues(c, template);
  return template.sections.map((section) => ({
    key: section.key,
    title: section.title,
    text: sectionText(section, c, template, values, date),
    origin: section.fill === 'header' || section.fill === 'parties' || section.fill === 'signature' ? 'record' : 'template',
    required: section.required,
    hint: section.hint ?? '',
  }));
}
