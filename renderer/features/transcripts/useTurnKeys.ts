import type { KeyboardEvent } from 'react';
import { useCallback } from 'react';
import type { QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';
import { inaudibleMark, speakersOf } from '../../../shared/domain/transcript-editing';
import { abbreviationAt, expandAbbreviation, insertAt } from './abbreviations';
import { editorCommand, randomId } from './editor-keys';
import type { FindReplace } from './useFindReplace';
import type { TurnEditing } from './useTurnEditing';
import type { TurnFocus } from './useTurnFocus';

export interface TurnKeys {
  /** A turn's keydown: the editor's keyboard commands (editor-keys.ts). */
  onKey: (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** 添加发言: a new empty turn after `afterTurnId` (or first in the section), caret in it. */
  addTurn: (sectionId: string, afterTurnId: string | null, speaker: { role: string; name: string }) => void;
  /** 撤销 / 恢复, then shows the turn the step touched. */
  undoOrRedo: (which: 'undo' | 'redo') => void;
}

/** The clerk's keyboard: speakers, new turns, phrases, 听不清, undo, find, moving between turns. */
export function useTurnKeys(
  editing: TurnEditing,
  focus: TurnFocus,
  find: FindReplace,
  phrases: readonly QuickPhrase[],
  locked: boolean,
): TurnKeys {
  const { edit, findTurn, latest, undoOrRedo: undoStep } = editing;
  const { reveal, focusAfterEdit, setCaret } = focus;
  const { open: openFind, goTo: goToMatch } = find;

  const addTurn = useCallback(
    (sectionId: string, afterTurnId: string | null, speaker: { role: string; name: string }) => {
      const turnId = randomId('u');
      edit({
        type: 'insertTurn',
        turnId,
        sectionId,
        afterTurnId,
        role: speaker.role,
        name: speaker.name,
        text: '',
        at: new Date().toISOString(),
      });
      reveal(turnId);
    },
    [edit, reveal],
  );

  const undoOrRedo = useCallback(
    (which: 'undo' | 'redo') => {
      const turnId = undoStep(which);
      if (turnId) reveal(turnId);
    },
    [undoStep, reveal],
  );

  const onKey = useCallback(
    (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (event.nativeEvent.isComposing) return; // the input method owns the keys while composing
      const element = event.currentTarget;
      setCaret({ turnId, offset: element.selectionEnd });
      const command = editorCommand(event);
      const content = latest();
      const found = findTurn(turnId);
      if (!command || !content || !found) return;
      if (command.kind === 'moveTurn') {
        event.preventDefault();
        const flat = content.sections.flatMap((s) => s.turns);
        const target = flat[flat.findIndex((u) => u.id === turnId) + command.step];
        if (target) reveal(target.id);
        return;
      }
      if (command.kind === 'find' || command.kind === 'findNext') {
        event.preventDefault();
        if (command.kind === 'find') openFind(command.replace && !locked);
        else goToMatch(command.step);
        return;
      }
      if (locked) return;
      const { turn, section, index } = found;
      if (command.kind === 'expand') {
        const caret = element.selectionStart;
        if (caret !== element.selectionEnd) return;
        const phrase = abbreviationAt(turn.text, caret, phrases);
        if (!phrase) return; // an ordinary space
        event.preventDefault();
        const expanded = expandAbbreviation(turn.text, caret, phrase);
        edit({ type: 'updateTurnText', turnId, text: expanded.text }, 'new');
        focusAfterEdit(turnId, expanded.caret);
        return;
      }
      event.preventDefault();
      if (command.kind === 'undo' || command.kind === 'redo') {
        undoOrRedo(command.kind);
      } else if (command.kind === 'phrase') {
        const phrase = phrases[command.index];
        if (!phrase) return;
        const inserted = insertAt(turn.text, { start: element.selectionStart, end: element.selectionEnd }, phrase.text);
        edit({ type: 'updateTurnText', turnId, text: inserted.text }, 'new');
        focusAfterEdit(turnId, inserted.caret);
      } else if (command.kind === 'speaker' || command.kind === 'cycleSpeaker') {
        const all = speakersOf(content.header);
        if (!all.length) return;
        let at: number;
        if (command.kind === 'speaker') {
          if (command.index >= all.length) return;
          at = command.index;
        } else {
          const now = all.findIndex((s) => s.role === turn.role && s.name === turn.name);
          at = now < 0 ? 0 : (now + command.step + all.length) % all.length;
        }
        const speaker = all[at]!;
        edit({ type: 'setSpeaker', turnId, role: speaker.role, name: speaker.name });
      } else if (command.kind === 'newTurn') {
        // A hearing is question and answer: the new turn goes to whoever spoke before this one.
        const previous = section.turns[index - 1];
        const speaker = previous && (previous.role !== turn.role || previous.name !== turn.name) ? previous : turn;
        addTurn(section.id, turnId, { role: speaker.role, name: speaker.name });
      } else if (command.kind === 'inaudible') {
        const start = element.selectionStart;
        edit(
          { type: 'updateTurnText', turnId, text: turn.text.slice(0, start) + inaudibleMark + turn.text.slice(element.selectionEnd) },
          'new',
        );
        focusAfterEdit(turnId, start + inaudibleMark.length);
      }
    },
    [edit, findTurn, latest, reveal, focusAfterEdit, setCaret, openFind, goToMatch, addTurn, undoOrRedo, phrases, locked],
  );

  return { onKey, addTurn, undoOrRedo };
}
