import type { Section, Turn } from '../../../shared/contract/channels/transcripts';

/** One row of the virtualised list: a section title, a turn, or a section's 添加发言 link. */
export type EditorRow =
  | { kind: 'section'; key: string; section: Section }
  | { kind: 'turn'; key: string; turn: Turn; sectionId: string; sectionTitle: string }
  | { kind: 'add'; key: string; section: Section };

/** Rows in document order, and where each turn and section sits among them (for scrolling to it). */
export function editorRows(sections: readonly Section[], locked: boolean): { rows: EditorRow[]; indexOf: Map<string, number> } {
  const rows: EditorRow[] = [];
  const indexOf = new Map<string, number>();
  for (const section of sections) {
    indexOf.set(`section:${section.id}`, rows.length);
    rows.push({ kind: 'section', key: `s-${section.id}`, section });
    for (const turn of section.turns) {
      indexOf.set(turn.id, rows.length);
      rows.push({ kind: 'turn', key: `t-${turn.id}`, turn, sectionId: section.id, sectionTitle: section.title });
    }
    if (!locked) rows.push({ kind: 'add', key: `a-${section.id}`, section });
  }
  return { rows, indexOf };
}

/** A first guess at a row's height before it is measured: about 38 characters a line at 15 px. */
export function estimateRowHeight(row: EditorRow | undefined): number {
  if (!row) return 48;
  if (row.kind === 'section') return 42;
  if (row.kind === 'add') return 30;
  const lines = row.turn.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 38)), 0);
  return 14 + lines * 26;
}
