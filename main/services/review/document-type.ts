import type { ReviewDocumentType } from '../../../shared/contract/channels/review';

export interface DocumentKind {
  type: ReviewDocumentType;
  /** 终审 (二审/再审终审) documents carry no appeal notice. */
  final: boolean;
  /** Where the title was found, for findings about it. */
  titleAt: number | null;
}

const titles: ReviewDocumentType[] = ['民事判决书', '民事裁定书', '民事调解书', '刑事判决书', '刑事裁定书'];

/** The document type from its title in the first lines (刑事附带民事判决书 counts as 刑事判决书). */
export function documentKind(text: string): DocumentKind {
  const head = text.slice(0, 200);
  let type: ReviewDocumentType = 'other';
  let titleAt: number | null = null;
  const incidental = head.indexOf('刑事附带民事');
  for (const title of incidental >= 0 ? (['刑事判决书', '刑事裁定书'] as ReviewDocumentType[]) : titles) {
    const at = incidental >= 0 ? incidental : head.indexOf(title);
    if (incidental >= 0 && !head.includes(title.replace('刑事', '刑事附带民事'))) continue;
    if (at >= 0 && (titleAt === null || at < titleAt)) {
      type = title;
      titleAt = at;
    }
  }
  const caseNo = /[（(]\d{4}[）)][^号]{1,12}号/.exec(head)?.[0] ?? '';
  const final = /终|再|监/.test(caseNo) || /本(判决|裁定)为终审(判决|裁定)|本(判决|裁定)(书)?送达后即发生法律效力/.test(text.slice(-600));
  return { type, final, titleAt };
}
