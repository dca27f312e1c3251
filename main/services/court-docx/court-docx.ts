/**
 * Court layout over the `docx` library, after the SPC litigation-document style (人民法院诉讼文书样式 /
 * 裁判文书制作规范): A4, margins 上 37 mm 下 35 mm 左 28 mm 右 26 mm, body 仿宋 三号 (16 pt) at a fixed
 * 28 pt line, first-line indent of two characters, court name and document title centred in 宋体
 * 二号 bold (a stand-in for 小标宋, which not every court PC has), case number right-aligned,
 * in-text headings in 黑体, page numbers "— 1 —" in the footer (or "第 X 页 共 Y 页").
 *
 * Every run carries its East-Asian font and zh-CN language — and so do the document defaults —
 * because without them LibreOffice and WPS render the Japanese glyph variants of shared ideographs.
 *
 * Used by drafting (judgments, rulings), transcript export, 类案检索报告 and the dossier catalogue:
 *
 * ```ts
 * const doc = new CourtDocx({ pageNumbers: 'ofTotal' });
 * doc.courtName('北京市海淀区人民法院').title('民事判决书').caseNumber('（2026）京0108民初123号');
 * doc.paragraph('原告：张三，男，……');
 * doc.table({ columns: ['序号', '材料名称', '页码'], rows: [['1', '起诉状', '1-3']] });
 * doc.signature({ members: [{ role: '审判长', name: '李四' }], date: '2026-11-26', clerks: [{ role: '书记员', name: '王五' }] });
 * const bytes = await doc.toBuffer();
 * ```
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { chineseDate } from './chinese-date';

/** Point sizes of the Chinese size names (字号). */
export const FONT_SIZE_PT = { 一号: 26, 二号: 22, 小二: 18, 三号: 16, 小三: 15, 四号: 14, 小四: 12, 五号: 10.5 } as const;
export type ChineseFontSize = keyof typeof FONT_SIZE_PT;

/** Font families by role. Names are the ones Windows and UOS/Kylin court PCs install. */
export const COURT_FONTS = { body: '仿宋', title: '宋体', heading: '黑体', subheading: '楷体' } as const;
export type CourtFont = keyof typeof COURT_FONTS;

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
const A4 = { width: mm(210), height: mm(297) };
export const COURT_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Fixed body line height: 28 pt gives the style's 22 lines of 28 characters on A4. */
export const BODY_LINE_PT = 28;
const BODY_SIZE: ChineseFontSize = '三号';
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

export type PageNumberStyle = 'dash' | 'ofTotal' | 'none';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface CourtDocxOptions {
  /** 'dash' (— 1 —, the judgment style), 'ofTotal' (第 1 页 共 3 页, transcripts), 'none'. */
  pageNumbers?: PageNumberStyle;
  /** Document properties (File → Properties). */
  title?: string;
  creator?: string;
}

/** A piece of text with its own emphasis, for paragraphs that mix plain and bold text. */
export interface TextSegment {
  text: string;
  bold?: boolean;
  underline?: boolean;
}

export interface ParagraphOptions {
  font?: CourtFont;
  size?: ChineseFontSize;
  bold?: boolean;
  align?: Align;
  /** First-line indent of two characters (default true for body text). */
  indent?: boolean;
  /** Whole-paragraph left indent in characters of the paragraph's size. */
  leftIndentChars?: number;
  /** Space before, in lines of the body (e.g. 1 for one empty line). */
  spaceBeforeLines?: number;
  keepWithNext?: boolean;
}

export interface Signer {
  /** 审判长 / 审判员 / 人民陪审员 / 法官助理 / 书记员 … */
  role: string;
  name: string;
}

export interface SignatureOptions {
  /** The judges and assessors above the date. */
  members: readonly Signer[];
  /** YYYY-MM-DD; written in Chinese numerals (二〇二六年十一月二十六日). */
  date?: string;
  /** The date already written out (a judge's edited draft); used when `date` is absent. */
  dateText?: string;
  /** 法官助理 / 书记员 below the stamp line. */
  clerks?: readonly Signer[];
  /** The 本件与原本核对无异 line between date and clerks (default true). */
  certifiedCopyStamp?: boolean;
}

export interface TableOptions {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Relative column widths (e.g. [1, 6, 2]); equal when omitted. */
  widths?: readonly number[];
  /** Cell text size; tables use 四号 by default so that catalogues fit. */
  size?: ChineseFontSize;
  /** Column alignment; 'left' by default. */
  align?: readonly Align[];
}

type Block = Paragraph | Table;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

/** Half-points, as Word stores sizes. */
const halfPoints = (size: ChineseFontSize): number => Math.round(FONT_SIZE_PT[size] * 2);
/** Twips of one character cell at the given size: indents are counted in characters. */
const charTwips = (size: ChineseFontSize): number => Math.round(FONT_SIZE_PT[size] * 20);

/** The run properties every run gets: all four font slots and the zh-CN language. */
export function courtRun(font: CourtFont, size: ChineseFontSize, extra: Partial<IRunOptions> = {}): IRunOptions {
  const name = COURT_FONTS[font];
  return {
    font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' },
    size: halfPoints(size),
    language: LANGUAGE,
    ...extra,
  };
}

/**
 * 审判长 → 审, U+3000, 判, U+3000, 长: every role fills five character cells (人民陪审员 is the longest) so that the
 * names after it line up in one column.
 */
export function spreadRole(role: string): string {
  const chars = [...role];
  if (chars.length === 3) return chars.join('\u3000');
  if (chars.length === 2) return chars.join('\u3000\u3000\u3000');
  return role + '\u3000'.repeat(Math.max(0, 5 - chars.length));
}

export class CourtDocx {
  private readonly blocks: Block[] = [];

  constructor(private readonly options: CourtDocxOptions = {}) {}

  /** 北京市海淀区人民法院 — centred, 宋体 二号 bold. */
  courtName(name: string): this {
    return this.push(this.titleLine(name, 0));
  }

  /** 民事判决书 — centred below the court name, letter-spaced as printed judgments are. */
  title(text: string): this {
    return this.push(this.titleLine(text, [...text].length <= 6 ? 160 : 0));
  }

  /** （2026）京0108民初123号 — right-aligned, body size, one empty line above. */
  caseNumber(text: string): this {
    return this.paragraph(text, { align: 'right', indent: false, spaceBeforeLines: 1 });
  }

  /** A body paragraph: 仿宋 三号, justified, first line indented two characters. */
  paragraph(text: string | readonly TextSegment[], options: ParagraphOptions = {}): this {
    const size = options.size ?? BODY_SIZE;
    const font = options.font ?? 'body';
    const segments = typeof text === 'string' ? [{ text }] : text;
    const indent = options.indent ?? true;
    return this.push(
      new Paragraph({
        alignment: ALIGN[options.align ?? 'justify'],
        keepNext: options.keepWithNext ?? false,
        indent: {
          firstLine: indent ? 2 * charTwips(size) : 0,
          left: (options.leftIndentChars ?? 0) * charTwips(size),
        },
        spacing: {
          line: BODY_LINE_PT * 20,
          lineRule: LineRuleType.EXACT,
          before: (options.spaceBeforeLines ?? 0) * BODY_LINE_PT * 20,
        },
        children: segments.map(
          (segment) =>
            new TextRun({
              ...courtRun(font, size, {
                bold: segment.bold ?? options.bold ?? false,
                ...(segment.underline ? { underline: {} } : {}),
              }),
              text: segment.text,
            }),
        ),
      }),
    );
  }

  /** An in-text heading (一、…): 黑体 at body size, kept with the paragraph after it. */
  heading(text: string, level: 1 | 2 = 1): this {
    return this.paragraph(text, { font: level === 1 ? 'heading' : 'subheading', keepWithNext: true });
  }

  /** An empty body line. */
  blankLine(): this {
    return this.paragraph('', { indent: false });
  }

  pageBreak(): this {
    return this.push(new Paragraph({ children: [new PageBreak()] }));
  }

  /**
   * The signature block: members (审判长/审判员/人民陪审员) right of centre, the date in Chinese
   * numerals under them, the 本件与原本核对无异 stamp line, then 法官助理/书记员. A block of fixed left
   * indent rather than right alignment keeps roles and names in columns.
   */
  signature(options: SignatureOptions): this {
    const dateText = options.date !== undefined ? chineseDate(options.date) : options.dateText;
    if (!dateText) throw new RangeError('落款缺少日期');
    const stamp = options.certifiedCopyStamp ?? true;
    const clerks = options.clerks ?? [];
    // The block holds together (keep-with-next) but not to what follows it, or an appendix after
    // the signature would drag the whole block onto the next page.
    const signLine = (text: string, before: number, last: boolean): this =>
      this.paragraph(text, { indent: false, leftIndentChars: 15, spaceBeforeLines: before, keepWithNext: !last });
    options.members.forEach((member, index) =>
      signLine(`${spreadRole(member.role)}\u3000\u3000${member.name}`, index === 0 ? 1 : 0, false),
    );
    signLine(dateText, 1, !stamp && clerks.length === 0);
    if (stamp) this.certifiedCopyStamp(clerks.length > 0);
    clerks.forEach((clerk, index) => signLine(`${spreadRole(clerk.role)}\u3000\u3000${clerk.name}`, 0, index === clerks.length - 1));
    return this;
  }

  /** 本件与原本核对无异 — the line the clerk's seal goes over, left of the signature block. */
  certifiedCopyStamp(keepWithNext = true): this {
    return this.paragraph('本件与原本核对无异', { indent: false, leftIndentChars: 2, spaceBeforeLines: 1, keepWithNext });
  }

  /** A bordered table with a bold header row repeated on every page. */
  table(options: TableOptions): this {
    const size = options.size ?? '四号';
    const count = options.columns.length;
    const weights = options.widths ?? options.columns.map(() => 1);
    if (weights.length !== count) throw new RangeError(`表格列宽数（${weights.length}）与列数（${count}）不一致`);
    const textWidth = A4.width - mm(COURT_MARGINS_MM.left) - mm(COURT_MARGINS_MM.right);
    const total = weights.reduce((sum, w) => sum + w, 0);
    const widths = weights.map((w) => Math.floor((textWidth * w) / total));
    const cell = (text: string, column: number, bold: boolean): TableCell =>
      new TableCell({
        width: { size: widths[column] ?? 0, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        children: text.split('\n').map(
          (line) =>
            new Paragraph({
              alignment: ALIGN[bold ? 'center' : (options.align?.[column] ?? 'left')],
              spacing: { line: Math.round(FONT_SIZE_PT[size] * 1.5 * 20), lineRule: LineRuleType.AT_LEAST },
              children: [new TextRun({ ...courtRun(bold ? 'heading' : 'body', size), text: line })],
            }),
        ),
      });
    const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
    const rows = [
      new TableRow({ tableHeader: true, cantSplit: true, children: options.columns.map((c, i) => cell(c, i, true)) }),
      ...options.rows.map((row, r) => {
        if (row.length !== count) throw new RangeError(`表格第 ${r + 1} 行有 ${row.length} 格，应为 ${count} 格`);
        return new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) });
      }),
    ];
    return this.push(
      new Table({
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: widths,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows,
      }),
    );
  }

  /** The finished .docx bytes. */
  async toBuffer(): Promise<Buffer> {
    const body = courtRun('body', BODY_SIZE);
    const document = new Document({
      title: this.options.title ?? '',
      creator: this.options.creator ?? 'JudgeDesk 审判辅助工作台',
      styles: { default: { document: { run: body, paragraph: { spacing: { line: BODY_LINE_PT * 20, lineRule: LineRuleType.EXACT } } } } },
      sections: [
        {
          properties: {
            page: {
              size: A4,
              margin: {
                top: mm(COURT_MARGINS_MM.top),
                bottom: mm(COURT_MARGINS_MM.bottom),
                left: mm(COURT_MARGINS_MM.left),
                right: mm(COURT_MARGINS_MM.right),
                footer: mm(20),
                header: mm(15),
              },
            },
          },
          footers: this.footer(),
          children: this.blocks.length > 0 ? this.blocks : [new Paragraph({})],
        },
      ],
    });
    return Packer.toBuffer(document);
  }

  private footer(): { default: Footer } | undefined {
    const style = this.options.pageNumbers ?? 'dash';
    if (style === 'none') return undefined;
    // 规范: page numbers in 宋体 四号, centred under the text block.
    const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]): TextRun =>
      new TextRun({ ...courtRun('title', '四号'), children });
    const line =
      style === 'dash' ? run(['— ', PageNumber.CURRENT, ' —']) : run(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页']);
    return { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [line] })] }) };
  }

  private titleLine(text: string, characterSpacing: number): Paragraph {
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: Math.round(FONT_SIZE_PT.二号 * 1.6 * 20), lineRule: LineRuleType.AT_LEAST },
      children: [new TextRun({ ...courtRun('title', '二号', { bold: true, characterSpacing }), text })],
    });
  }

  private push(block: Block): this {
    this.blocks.push(block);
    return this;
  }
}
