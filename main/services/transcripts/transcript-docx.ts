import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Transcript } from '../../../shared/contract/channels/transcripts';
import { speakerLabel, speakersOf, type Speaker } from '../../../shared/domain/transcript-editing';
import { BODY_LINE_PT, COURT_MARGINS_MM, courtRun, FONT_SIZE_PT } from '../court-docx';

const twipsPerMm = 1440 / 25.4;
const mm = (value: number) => Math.round(value * twipsPerMm);
const lines = (n: number) => n * BODY_LINE_PT * 20;
const signersPerRow = 3;

/** Who signs every page: the lock's signers once locked, before that everyone in the room. */
export function pageSigners(doc: Transcript): Speaker[] {
  return doc.lock ? doc.lock.participants : speakersOf(doc.header);
}

/**
 * 庭审笔录 as a court-layout DOCX. The court layout (A4, court margins, 仿宋 三号 on a fixed 28 pt
 * line, zh-CN on every run) comes from court-docx; the footer is the transcript's own:
 * every participant's signature line on every page (parties sign each page they read) above
 * "第 X 页 共 Y 页". CourtDocx's footer holds only the page number, hence the Document here.
 */
export async function transcriptDocx(doc: Transcript): Promise<Buffer> {
  const body = courtRun('body', '三号');
  const para = (children: TextRun[], options: { align?: 'center' | 'left'; before?: number; indent?: boolean; keepNext?: boolean } = {}) =>
    new Paragraph({
      alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      keepNext: options.keepNext,
      spacing: { before: options.before ? lines(options.before) : 0, line: lines(1), lineRule: LineRuleType.EXACT },
      indent: options.indent ? { firstLine: Math.round(FONT_SIZE_PT.三号 * 20 * 2) } : undefined,
      children,
    });
  const text = (value: string, bold = false) => new TextRun({ ...courtRun('body', '三号', { bold }), text: value });
  const h = doc.header;
  const field = (label: string, value: string) => para([text(`${label}：`, true), text(value || '（未填写）')]);

  const children: Paragraph[] = [
    para([new TextRun({ ...courtRun('title', '二号', { bold: true }), text: h.court })], { align: 'center' }),
    para([new TextRun({ ...courtRun('title', '二号', { bold: true, characterSpacing: 120 }), text: doc.title })], {
      align: 'center',
      before: 0.5,
    }),
    para([new TextRun({ ...courtRun('body', '三号'), text: h.caseNumber })], { align: 'center', before: 0.5 }),
    field('时间', h.startedAt),
    field('地点', h.place),
    field('案由', h.causeOfAction),
    field('审判人员', h.panel.map(speakerLabel).join('、')),
    field('书记员', h.clerk),
    field('到庭人员', h.attendees.map(speakerLabel).join('、')),
  ];
  for (const section of doc.sections) {
    const spoken = section.turns.filter((t) => t.text.trim());
    if (!spoken.length) continue;
    children.push(para([new TextRun({ ...courtRun('heading', '三号'), text: section.title })], { before: 0.5, keepNext: true }));
    for (const turn of spoken) {
      // 审判长王明：… — the speaker in bold, the words as said, one paragraph per turn.
      children.push(para([text(`${turn.role}${turn.name}：`, true), text(turn.text)], { indent: true }));
    }
  }
  if (doc.lock) {
    children.push(para([text(`（以上笔录经签名人阅看无误，于 ${doc.lock.at.slice(0, 10)} 签名确认。）`)], { before: 1, indent: true }));
  }
  if (doc.amendments.length) {
    children.push(para([new TextRun({ ...courtRun('heading', '三号'), text: '更正记录' })], { before: 1, keepNext: true }));
    doc.amendments.forEach((a, i) =>
      children.push(
        para([text(`${i + 1}. ${a.at.slice(0, 10)} ${a.actor}：原为“${a.before}”，更正为“${a.after}”。理由：${a.reason}`)], {
          indent: true,
        }),
      ),
    );
  }

  const small = (value: string) => new TextRun({ ...courtRun('body', '小四'), text: value });
  const signers = pageSigners(doc);
  // Three signers a row, each row its own paragraph, so a line never breaks inside a name.
  const rows: Speaker[][] = [];
  for (let i = 0; i < signers.length; i += signersPerRow) rows.push(signers.slice(i, i + signersPerRow));
  const footer = new Footer({
    children: [
      ...rows.map(
        (row) =>
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { line: Math.round(FONT_SIZE_PT.小四 * 2 * 20), lineRule: LineRuleType.EXACT },
            children: row.flatMap((s, i) => [
              small(`${i ? '\u3000' : ''}${s.role}${s.name}：`),
              new TextRun({ ...courtRun('body', '小四', { underline: {} }), text: '\u00a0'.repeat(12) }),
            ]),
          }),
      ),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120 },
        children: [
          new TextRun({ ...courtRun('body', '小四'), children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
        ],
      }),
    ],
  });

  const document = new Document({
    title: `${doc.title} ${h.caseNumber}`,
    creator: 'JudgeDesk 审判辅助工作台',
    styles: { default: { document: { run: body, paragraph: { spacing: { line: lines(1), lineRule: LineRuleType.EXACT } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(COURT_MARGINS_MM.top),
              // The signature rows need room: a taller bottom margin keeps the text block clear of them.
              bottom: mm(COURT_MARGINS_MM.bottom + 4 + 8.5 * Math.ceil(signers.length / signersPerRow)),
              left: mm(COURT_MARGINS_MM.left),
              right: mm(COURT_MARGINS_MM.right),
              footer: mm(12),
              header: mm(15),
            },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** 庭审笔录_(2026)京0105民初1234号.docx, without characters a file system refuses. */
export function transcriptFileName(doc: Transcript): string {
  return `${doc.title}_${doc.header.caseNumber || doc.caseId}.docx`.replace(/[\\/:*?"<>|\s]+/g, '_');
}
