import type { DraftSection } from '../../../shared/contract/channels/drafting';
import { CourtDocx } from '../court-docx';
import type { Signer } from '../court-docx';
import type { DocumentTemplate } from './templates';

const DATE_LINE = /^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/;
const CLERK_ROLES = new Set(['法官助理', '书记员']);

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function signer(line: string): Signer {
  const [role = '', ...rest] = line.split(/[\s\u3000]+/);
  return { role, name: rest.join('') };
}

/**
 * The signature section as the judge left it: signers before the date line, 法官助理/书记员
 * after it. A section without a readable date is printed as plain lines rather than guessed.
 */
function addSignature(doc: CourtDocx, text: string): void {
  const all = lines(text);
  const dateAt = all.findIndex((l) => DATE_LINE.test(l));
  if (dateAt < 0) {
    for (const line of all) doc.paragraph(line, { indent: false, leftIndentChars: 15 });
    return;
  }
  const after = all.slice(dateAt + 1).map(signer);
  doc.signature({
    members: all.slice(0, dateAt).map(signer),
    dateText: all[dateAt] ?? '',
    clerks: after.filter((s) => CLERK_ROLES.has(s.role) || s.name !== ''),
  });
}

function addHeader(doc: CourtDocx, text: string): void {
  const [court = '', title = '', caseNumber, ...rest] = lines(text);
  doc.courtName(court).title(title);
  if (caseNumber) doc.caseNumber(caseNumber);
  for (const line of rest) doc.paragraph(line, { align: 'right', indent: false });
}

/** 项目：内容 lines → a two-column table (送达回证). */
function addForm(doc: CourtDocx, text: string): void {
  const rows = lines(text).map((line) => {
    const at = line.search(/[：:]/);
    const [label, value] = at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
    // An empty row is where someone signs or writes by hand: give it room.
    return [label, value.trim() === '' ? '\n\n' : value];
  });
  doc.blankLine();
  doc.table({ columns: ['项目', '内容'], rows, widths: [2, 5], size: '三号' });
}

/**
 * The draft as a court document. `draftMark` puts a line above the body when machine-suggested
 * text is still unedited, so a printed draft cannot pass for the judge's own text.
 */
export async function draftToDocx(
  template: DocumentTemplate,
  sections: readonly DraftSection[],
  options: { draftMark?: string } = {},
): Promise<Buffer> {
  const doc = new CourtDocx({ pageNumbers: template.pageNumbers, title: template.name });
  const fillOf = new Map(template.sections.map((s) => [s.key, s.fill]));
  if (options.draftMark) doc.paragraph(options.draftMark, { font: 'heading', size: '四号', indent: false, align: 'center' });
  for (const [index, section] of sections.entries()) {
    const fill = fillOf.get(section.key) ?? 'text';
    if (section.text.trim() === '') continue;
    if (fill === 'header') addHeader(doc, section.text);
    else if (fill === 'signature') addSignature(doc, section.text);
    else if (fill === 'form') addForm(doc, section.text);
    else if (fill === 'appendix') {
      // 附 starts its own page, after the signed text, as printed judgments do.
      doc.pageBreak();
      doc.paragraph(section.title, { font: 'heading', indent: false, keepWithNext: true });
      for (const line of lines(section.text)) doc.paragraph(line);
    } else {
      if (fill === 'headed') doc.heading(section.title);
      // The last paragraph before the signature goes with it: a signature alone on a page would
      // need 「此页无正文」 and invites a forged page in front of it.
      const beforeSignature = fillOf.get(sections[index + 1]?.key ?? '') === 'signature';
      const body = lines(section.text);
      body.forEach((line, i) => doc.paragraph(line, { keepWithNext: beforeSignature && i === body.length - 1 }));
    }
  }
  return doc.toBuffer();
}
