// Family 4, 文书结构: the sections a document type requires (SPC 诉讼文书样式), in a text where headings
// are often not on lines of their own, so each is recognised by the words that open it; and the
// appeal period the 上诉权告知 states.
import type { ReviewDocumentType, ReviewFinding } from '../../../../shared/contract/channels/review';
import { chineseToInt, intToChinese } from '../../../../shared/domain/chinese-numerals';
import type { DocumentKind } from '../document-type';
import { finding } from '../finding';

interface Section {
  name: string;
  /** Any of these opens the section. */
  marks: RegExp;
  /** Not required in a 终审 document (二审/再审). */
  firstInstanceOnly?: boolean;
}

const head: Section = { name: '首部（法院名称、文书名称、案号）', marks: /[（(〔]\d{4}[）)〕][^号]{1,20}号/ };
const reasoning: Section = { name: '本院认为', marks: /本院认为|本院经审查认为|本院审查认为/ };
const appeal: Section = {
  name: '上诉权告知',
  marks: /如不服本(判决|裁定)|可在接到(判决书|裁定书)|提出上诉|向.{2,30}法院上诉/,
  firstInstanceOnly: true,
};

export const requiredSections: Partial<Record<ReviewDocumentType, Section[]>> = {
  民事判决书: [
    head,
    { name: '当事人', marks: /原告|上诉人|申请人|再审申请人/ },
    { name: '诉讼请求', marks: /诉讼请求|上诉请求|再审请求|请求判令|诉请/ },
    { name: '事实', marks: /经审理查明|本院查明|本院认定(如下)?事实|本院确认|查明/ },
    reasoning,
    { name: '判决主文', marks: /判决如下/ },
    { name: '诉讼费用负担', marks: /受理费|诉讼费/ },
    appeal,
  ],
  刑事判决书: [
    head,
    { name: '当事人', marks: /被告人|自诉人|上诉人|原审被告人/ },
    { name: '指控', marks: /指控|起诉书|公诉机关认为|自诉人.{0,4}诉称|上诉(理由|称|提出)/ },
    { name: '事实', marks: /经审理查明|本院查明|本院认定|查明|上述事实|足以认定|经审理，/ },
    reasoning,
    { name: '判决主文', marks: /判决如下/ },
    appeal,
  ],
  民事裁定书: [head, { name: '当事人', marks: /原告|被告|上诉人|申请人|起诉人/ }, reasoning, { name: '裁定主文', marks: /裁定如下/ }],
  刑事裁定书: [head, { name: '当事人', marks: /被告人|罪犯|上诉人|申请人|自诉人/ }, reasoning, { name: '裁定主文', marks: /裁定如下/ }],
  民事调解书: [
    head,
    { name: '当事人', marks: /原告|申请人|上诉人/ },
    { name: '调解协议', marks: /达成如下协议|自愿达成|协议如下/ },
    { name: '调解书效力', marks: /签收后.{0,4}具有法律效力|即具有法律效力/ },
  ],
};

/** 民事判决 15 日, 民事裁定 10 日, 刑事判决 10 日, 刑事裁定 5 日 (民诉法第一百七十一条, 刑诉法第二百三十条). */
export const appealDays: Partial<Record<ReviewDocumentType, number>> = { 民事判决书: 15, 民事裁定书: 10, 刑事判决书: 10, 刑事裁定书: 5 };

function missingSections(text: string, kind: DocumentKind): ReviewFinding[] {
  const sections = requiredSections[kind.type];
  if (!sections) return [];
  const at = kind.titleAt ?? 0;
  const titleEnd = at + kind.type.length;
  return sections
    .filter((s) => !(s.firstInstanceOnly && kind.final))
    .filter((s) => !s.marks.test(s === head ? text.slice(0, 300) : text))
    .map((s) =>
      finding(
        text,
        'structure',
        'structure.missing-section',
        'error',
        at,
        Math.min(text.length, titleEnd),
        `${kind.type}缺少“${s.name}”部分${s === appeal ? '（一审裁判须告知上诉权利、期限和上诉法院）' : ''}，请补充`,
      ),
    );
}

function appealPeriodFindings(text: string, kind: DocumentKind): ReviewFinding[] {
  const expected = appealDays[kind.type];
  if (expected === undefined) return [];
  const out: ReviewFinding[] = [];
  const pattern = /(判决书|裁定书|判决|裁定)[^。；]{0,16}?(?:之日|次日|第二日|翌日)起([一二三四五六七八九十]{1,3}|\d{1,2})日内/g;
  for (const m of text.matchAll(pattern)) {
    // A civil judgment may also quote the 10-day period for the 裁定 parts it contains: match kind to kind.
    const isJudgment = m[1]!.startsWith('判决');
    // 判决生效之日起十日内偿还 is a performance period; only the sentence that grants the appeal counts.
    if (!/上诉/.test(text.slice(m.index - 30, m.index + m[0].length + 40))) continue;
    if (isJudgment !== kind.type.includes('判决')) continue;
    const days = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseToInt(m[2]!);
    if (days === null || days === expected) continue;
    const start = m.index + m[0].length - m[2]!.length - 2;
    out.push(
      finding(
        text,
        'structure',
        'structure.appeal-period',
        'error',
        start,
        start + m[2]!.length,
        `${kind.type}的上诉期限应为${expected}日，此处写作${days}日`,
        /^\d+$/.test(m[2]!) ? String(expected) : intToChinese(expected),
      ),
    );
  }
  return out;
}

export function structureFindings(text: string, kind: DocumentKind): ReviewFinding[] {
  return [...missingSections(text, kind), ...appealPeriodFindings(text, kind)];
}
