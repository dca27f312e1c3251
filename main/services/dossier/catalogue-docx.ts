import { CourtDocx } from '../court-docx';
import type { ArchiveFile } from './archive-manifest';

/**
 * 卷内目录: one row per material in binding order with its page range, in the court layout
 * (main/services/court-docx), as the archive office expects at the front of the 正卷.
 */
export async function catalogueDocx(caseNumber: string, causeOfAction: string, files: ArchiveFile[]): Promise<Buffer> {
  let page = 1;
  const rows = files.map((f) => {
    const range = f.pages > 1 ? `${page}-${page + f.pages - 1}` : String(page);
    page += f.pages;
    return [String(f.position), f.category, f.fileName.replace(/\.[^.]+$/, ''), String(f.pages), range];
  });
  const doc = new CourtDocx({ pageNumbers: 'ofTotal', title: `${caseNumber} 卷内目录` });
  doc.title('卷内目录').caseNumber(caseNumber);
  doc.paragraph(`案由：${causeOfAction}`, { indent: false });
  doc.table({
    columns: ['序号', '类别', '材料名称', '页数', '起止页'],
    rows,
    widths: [1, 3, 5.2, 1.1, 1.6],
    size: '小四',
    align: ['center', 'left', 'left', 'center', 'center'],
  });
  doc.paragraph(`共 ${files.length} 件 ${page - 1} 页`, { indent: false, spaceBeforeLines: 1 });
  return doc.toBuffer();
}
