import type { TranscriptOp } from '../../../shared/contract/channels/transcripts';
import type { TranscriptContent } from '../../../shared/domain/transcript-editing';
import { Refusal } from '../../../shared/contract/refusal';
import type { Db } from '../../store/database';

interface TurnRow {
  section_id: string;
  position: number;
  role: string;
  name: string;
  text: string;
}

function turn(db: Db, transcriptId: string, turnId: string): TurnRow {
  const row = db
    .prepare('SELECT section_id, position, role, name, text FROM transcript_turns WHERE transcript_id = ? AND id = ?')
    .get(transcriptId, turnId) as TurnRow | undefined;
  if (!row) throw new Refusal('NOT_FOUND', `笔录中没有发言 ${turnId}`);
  return row;
}

function sectionPosition(db: Db, transcriptId: string, sectionId: string): number {
  const position = db
    .prepare('SELECT position FROM transcript_sections WHERE transcript_id = ? AND id = ?')
    .pluck()
    .get(transcriptId, sectionId) as number | undefined;
  if (position === undefined) throw new Refusal('NOT_FOUND', `笔录中没有环节 ${sectionId}`);
  return position;
}

function insertTurnRow(
  db: Db,
  transcriptId: string,
  sectionId: string,
  position: number,
  t: { id: string; role: string; name: string; text: string; at: string },
): void {
  db.prepare(
    `INSERT INTO transcript_turns (transcript_id, id, section_id, position, role, name, text, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(transcriptId, t.id, sectionId, position, t.role, t.name, t.text, t.at);
}

/**
 * Applies one op to the stored transcript (inside the caller's transaction) and returns what it
 * replaced, for the journal. A target that does not exist throws NOT_FOUND, so the whole batch
 * is refused and nothing half-applied stays.
 */
export function applyOpSql(db: Db, transcriptId: string, op: TranscriptOp): unknown {
  switch (op.type) {
    case 'insertTurn': {
      sectionPosition(db, transcriptId, op.sectionId);
      const exists = db.prepare('SELECT 1 FROM transcript_turns WHERE transcript_id = ? AND id = ?').get(transcriptId, op.turnId);
      if (exists) throw new Refusal('CONFLICT', `发言编号 ${op.turnId} 已存在`);
      let position = 0;
      if (op.afterTurnId !== null) {
        const after = turn(db, transcriptId, op.afterTurnId);
        if (after.section_id !== op.sectionId) throw new Refusal('NOT_FOUND', `环节 ${op.sectionId} 中没有发言 ${op.afterTurnId}`);
        position = after.position + 1;
      }
      // Appending (the usual case while typing) shifts nothing.
      db.prepare('UPDATE transcript_turns SET position = position + 1 WHERE transcript_id = ? AND section_id = ? AND position >= ?').run(
        transcriptId,
        op.sectionId,
        position,
      );
      insertTurnRow(db, transcriptId, op.sectionId, position, { id: op.turnId, role: op.role, name: op.name, text: op.text, at: op.at });
      return null;
    }
    case 'updateTurnText': {
      const before = turn(db, transcriptId, op.turnId);
      db.prepare('UPDATE transcript_turns SET text = ? WHERE transcript_id = ? AND id = ?').run(op.text, transcriptId, op.turnId);
      return { text: before.text };
    }
    case 'setSpeaker': {
      const before = turn(db, transcriptId, op.turnId);
      db.prepare('UPDATE transcript_turns SET role = ?, name = ? WHERE transcript_id = ? AND id = ?').run(
        op.role,
        op.name,
        transcriptId,
        op.turnId,
      );
      return { role: before.role, name: before.name };
    }
    case 'deleteTurn': {
      const before = turn(db, transcriptId, op.turnId);
      db.prepare('DELETE FROM transcript_turns WHERE transcript_id = ? AND id = ?').run(transcriptId, op.turnId);
      db.prepare('UPDATE transcript_turns SET position = position - 1 WHERE transcript_id = ? AND section_id = ? AND position > ?').run(
        transcriptId,
        before.section_id,
        before.position,
      );
      return before;
    }
    case 'insertSection': {
      const exists = db.prepare('SELECT 1 FROM transcript_sections WHERE transcript_id = ? AND id = ?').get(transcriptId, op.sectionId);
      if (exists) throw new Refusal('CONFLICT', `环节编号 ${op.sectionId} 已存在`);
      const position = op.afterSectionId === null ? 0 : sectionPosition(db, transcriptId, op.afterSectionId) + 1;
      db.prepare('UPDATE transcript_sections SET position = position + 1 WHERE transcript_id = ? AND position >= ?').run(
        transcriptId,
        position,
      );
      db.prepare('INSERT INTO transcript_sections (transcript_id, id, position, title) VALUES (?, ?, ?, ?)').run(
        transcriptId,
        op.sectionId,
        position,
        op.title,
      );
      return null;
    }
    case 'renameSection': {
      sectionPosition(db, transcriptId, op.sectionId);
      const before = db
        .prepare('SELECT title FROM transcript_sections WHERE transcript_id = ? AND id = ?')
        .pluck()
        .get(transcriptId, op.sectionId) as string;
      db.prepare('UPDATE transcript_sections SET title = ? WHERE transcript_id = ? AND id = ?').run(op.title, transcriptId, op.sectionId);
      return { title: before };
    }
    case 'updateHeader': {
      const before = JSON.parse(db.prepare('SELECT header FROM transcripts WHERE id = ?').pluck().get(transcriptId) as string) as Record<
        string,
        unknown
      >;
      db.prepare('UPDATE transcripts SET header = ? WHERE id = ?').run(JSON.stringify({ ...before, ...op.header }), transcriptId);
      return Object.fromEntries(Object.keys(op.header).map((k) => [k, before[k]]));
    }
  }
}

/** Replaces the stored sections, turns and header with `content` (create and restore). */
export function writeContent(db: Db, transcriptId: string, content: TranscriptContent): void {
  db.prepare('DELETE FROM transcript_turns WHERE transcript_id = ?').run(transcriptId);
  db.prepare('DELETE FROM transcript_sections WHERE transcript_id = ?').run(transcriptId);
  db.prepare('UPDATE transcripts SET header = ? WHERE id = ?').run(JSON.stringify(content.header), transcriptId);
  content.sections.forEach((section, s) => {
    db.prepare('INSERT INTO transcript_sections (transcript_id, id, position, title) VALUES (?, ?, ?, ?)').run(
      transcriptId,
      section.id,
      s,
      section.title,
    );
    section.turns.forEach((t, i) => insertTurnRow(db, transcriptId, section.id, i, t));
  });
}
