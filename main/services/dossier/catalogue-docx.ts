import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ArchiveFile } from './archive-manifest';

const font = { ascii: '仿宋', eastAsia: '仿宋', hAnsi: '仿宋' };
// zh-CN on every run: without it LibreOffice and WPS pick the Japanese glyph variants.
const language = { value: 'zh-CN', eastAsia: 'zh-CN' } as never;
const run = (text: string, size = 28, bold = false) => new TextRun({ text, size, bold, font, language });
const cell = (text: string, width: number) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(text, 24)] })] });

/**
 * 卷内目录: one row per material in binding order with its page range, as the court's archive
 * office expects at the front of the 正卷.
 */
export async function catalogueDocx(caseNumber: string, causeOfAction: string, files: ArchiveFile[]): Promise<Buffer> {
  let page = 1;
  const rows = files.map((f) => {
    const range = f.pages > 1 ? `${page}-${page + f.pages - 1}` : String(page);
    page += f.pages;
    return new TableRow({
      children: [cell(String(f.position), 8), cell(f.category, 18), cell(f.fileName.replace(/\.[^.]+$/, ''), 50), cell(String(f.pages), 10), cell(range, 14)],
    });
  });
  const header = new TableRow({
    tableHeader: true,
    children: ['序号', '类别', '材料名称', '页数', '起止页'].map((t, i) => cell(t, [8, 18, 50, 10, 14][i] ?? 10)),
  });
  const doc = new Document({
    styles: { default: { document: { run: { font, language } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('卷内目录', 44, true)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(caseNumber)] }),
          new Paragraph({ children: [run(`案由：${causeOfAction}`)] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          new Paragraph({ children: [run(`共 ${files.length} 件 ${page - 1} 页`)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
