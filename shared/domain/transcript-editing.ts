import type { Section, TranscriptHeader, TranscriptOp } from '../contract/channels/transcripts';

/** 听不清: the mark the clerk drops into a turn where words could not be made out. */
export const inaudibleMark = '〔听不清〕';

export function inaudibleCount(text: string): number {
  return text.split(inaudibleMark).length - 1;
}

export interface Speaker {
  role: string;
  name: string;
}

/** Everyone in the room, in the order Ctrl+1…9 picks them: 审判组织, 到庭人员, then 书记员. */
export function speakersOf(header: TranscriptHeader): Speaker[] {
  return [...header.panel, ...header.attendees, ...(header.clerk.trim() ? [{ role: '书记员', name: header.clerk }] : [])];
}

export function speakerLabel(speaker: Speaker): string {
  return speaker.name.trim() ? `${speaker.role} ${speaker.name}` : speaker.role;
}

export interface TranscriptContent {
  header: TranscriptHeader;
  sections: Section[];
}

/**
 * The editor's copy of an op, applied to its in-memory transcript (the service applies the same
 * op to SQLite). Returns the new content; unknown targets leave it unchanged, as the service
 * would refuse them.
 */
export function applyOpToContent(content: TranscriptContent, op: TranscriptOp): TranscriptContent {
  const mapTurns = (fn: (section: Section) => Section): TranscriptContent => ({ ...content, sections: content.sections.map(fn) });
  switch (op.type) {
    case 'insertTurn':
      return mapTurns((s) => {
        if (s.id !== op.sectionId) return s;
        const index = op.afterTurnId === null ? 0 : s.turns.findIndex((t) => t.id === op.afterTurnId) + 1;
        if (index === 0 && op.afterTurnId !== null) return s;
        const turns = [...s.turns];
        turns.splice(index, 0, { id: op.turnId, role: op.role, name: op.name, text: op.text, at: op.at });
        return { ...s, turns };
      });
    case 'updateTurnText':
      return mapTurns((s) => ({ ...s, turns: s.turns.map((t) => (t.id === op.turnId ? { ...t, text: op.text } : t)) }));
    case 'setSpeaker':
      return mapTurns((s) => ({
        ...s,
        turns: s.turns.map((t) => (t.id === op.turnId ? { ...t, role: op.role, name: op.name } : t)),
      }));
    case 'deleteTurn':
      return mapTurns((s) => ({ ...s, turns: s.turns.filter((t) => t.id !== op.turnId) }));
    case 'insertSection': {
      const index = op.afterSectionId === null ? 0 : content.sections.findIndex((s) => s.id === op.afterSectionId) + 1;
      if (index === 0 && op.afterSectionId !== null) return content;
      const sections = [...content.sections];
      sections.splice(index, 0, { id: op.sectionId, title: op.title, turns: [] });
      return { ...content, sections };
    }
    case 'renameSection':
      return { ...content, sections: content.sections.map((s) => (s.id === op.sectionId ? { ...s, title: op.title } : s)) };
    case 'updateHeader':
      return { ...content, header: { ...content.header, ...op.header } };
  }
}

/**
 * The op that takes `after` back to `before` for one op applied to `before` — what 撤销 sends.
 * Undo is an ordinary journaled op, so it is saved, survives a reload and can itself be undone;
 * nothing typed is ever dropped from the journal. null: the op has no inverse the editor sends
 * (a new section) or its target is gone.
 */
export function inverseOp(before: TranscriptContent, op: TranscriptOp): TranscriptOp | null {
  const located = (turnId: string) => {
    for (const section of before.sections) {
      const index = section.turns.findIndex((t) => t.id === turnId);
      if (index >= 0) return { section, index, turn: section.turns[index]! };
    }
    return null;
  };
  switch (op.type) {
    case 'insertTurn':
      return { type: 'deleteTurn', turnId: op.turnId };
    case 'deleteTurn': {
      const found = located(op.turnId);
      if (!found) return null;
      const { section, index, turn } = found;
      return {
        type: 'insertTurn',
        turnId: turn.id,
        sectionId: section.id,
        afterTurnId: index === 0 ? null : section.turns[index - 1]!.id,
        role: turn.role,
        name: turn.name,
        text: turn.text,
        at: turn.at,
      };
    }
    case 'updateTurnText': {
      const found = located(op.turnId);
      return found ? { type: 'updateTurnText', turnId: op.turnId, text: found.turn.text } : null;
    }
    case 'setSpeaker': {
      const found = located(op.turnId);
      return found ? { type: 'setSpeaker', turnId: op.turnId, role: found.turn.role, name: found.turn.name } : null;
    }
    case 'renameSection': {
      const section = before.sections.find((s) => s.id === op.sectionId);
      return section ? { type: 'renameSection', sectionId: op.sectionId, title: section.title } : null;
    }
    case 'updateHeader': {
      const keys = Object.keys(op.header) as Array<keyof TranscriptHeader>;
      return { type: 'updateHeader', header: Object.fromEntries(keys.map((k) => [k, before.header[k]])) };
    }
    case 'insertSection':
      return null;
  }
}

/** The turn an op is about, for putting the caret back after 撤销/恢复. */
export function opTurnId(op: TranscriptOp): string | null {
  return 'turnId' in op ? op.turnId : null;
}
