import type {
  Amendment,
  Participant,
  Section,
  Transcript,
  TranscriptHeader,
  TranscriptProcedure,
} from '../../../shared/contract/channels/transcripts';
import type { TranscriptContent } from '../../../shared/domain/transcript-editing';
import { Refusal } from '../../../shared/contract/refusal';
import type { Db } from '../../store/database';

export interface TranscriptRow {
  id: string;
  case_id: string;
  procedure: string;
  title: string;
  header: string;
  status: 'draft' | 'locked';
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  locked_at: string | null;
  locked_by: string | null;
  signed_by: string | null;
}

export function transcriptRow(db: Db, id: string): TranscriptRow {
  const row = db.prepare('SELECT * FROM transcripts WHERE id = ?').get(id) as TranscriptRow | undefined;
  if (!row) throw new Refusal('NOT_FOUND', `找不到庭审笔录 ${id}`);
  return row;
}

/** Sections in order, each with its turns in order. */
export function readSections(db: Db, id: string): Section[] {
  const sections = db.prepare('SELECT id, title FROM transcript_sections WHERE transcript_id = ? ORDER BY position').all(id) as Array<{
    id: string;
    title: string;
  }>;
  const turns = db
    .prepare(
      `SELECT section_id, id, role, name, text, at FROM transcript_turns
       WHERE transcript_id = ? ORDER BY section_id, position`,
    )
    .all(id) as Array<{ section_id: string; id: string; role: string; name: string; text: string; at: string }>;
  const bySection = new Map<string, Section>(sections.map((s) => [s.id, { id: s.id, title: s.title, turns: [] }]));
  for (const { section_id, ...turn } of turns) bySection.get(section_id)?.turns.push(turn);
  return sections.map((s) => bySection.get(s.id) as Section);
}

export function readContent(db: Db, id: string): TranscriptContent {
  const row = transcriptRow(db, id);
  return { header: JSON.parse(row.header) as TranscriptHeader, sections: readSections(db, id) };
}

export function readAmendments(db: Db, id: string): Amendment[] {
  return (
    db
      .prepare(
        `SELECT id, turn_id, before, after, reason, actor, role, at, audit_seq FROM transcript_amendments
         WHERE transcript_id = ? ORDER BY id`,
      )
      .all(id) as Array<{
      id: number;
      turn_id: string;
      before: string;
      after: string;
      reason: string;
      actor: string;
      role: string;
      at: string;
      audit_seq: number;
    }>
  ).map((a) => ({
    id: a.id,
    turnId: a.turn_id,
    before: a.before,
    after: a.after,
    reason: a.reason,
    actor: a.actor,
    role: a.role,
    at: a.at,
    auditSeq: a.audit_seq,
  }));
}

export function readTranscript(db: Db, id: string): Transcript {
  const row = transcriptRow(db, id);
  return {
    id: row.id,
    caseId: row.case_id,
    procedure: row.procedure as TranscriptProcedure,
    title: row.title,
    header: JSON.parse(row.header) as TranscriptHeader,
    sections: readSections(db, id),
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    lock:
      row.status === 'locked'
        ? { at: row.locked_at ?? '', by: row.locked_by ?? '', participants: JSON.parse(row.signed_by ?? '[]') as Participant[] }
        : null,
    amendments: readAmendments(db, id),
  };
}
