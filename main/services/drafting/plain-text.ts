import type { DraftSection } from '../../../shared/contract/channels/drafting';

export interface SectionSpan {
  key: string;
  title: string;
  /** [start, end) of the section's text in `text`, in UTF-16 code units (String.slice). */
  start: number;
  end: number;
}

export interface DraftPlainText {
  text: string;
  sections: SectionSpan[];
}

/**
 * The draft as one plain text — sections in order, one blank-free newline between them — with
 * each section's offsets, so a reviewer's finding at an offset maps back to a section and a
 * position inside it. Empty sections take no space but keep their (empty) span.
 */
export function draftPlainText(sections: readonly Pick<DraftSection, 'key' | 'title' | 'text'>[]): DraftPlainText {
  let text = '';
  const spans: SectionSpan[] = [];
  for (const section of sections) {
    if (section.text !== '' && text !== '') text += '\n';
    const start = text.length;
    text += section.text;
    spans.push({ key: section.key, title: section.title, start, end: text.length });
  }
  return { text, sections: spans };
}

/** The section an offset of the plain text falls in, or null between sections. */
export function sectionAt(plain: DraftPlainText, offset: number): SectionSpan | null {
  return plain.sections.find((s) => offset >= s.start && offset < s.end) ?? null;
}
