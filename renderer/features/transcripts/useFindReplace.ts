import type { InputRef } from 'antd';
import type { RefObject } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TranscriptContent } from '../../../shared/domain/transcript-editing';
import { insertAt } from './abbreviations';
import { findMatches, nextMatch, replaceAllTexts, type Match } from './find-replace';
import type { TurnEditing } from './useTurnEditing';
import type { TurnFocus } from './useTurnFocus';

interface FindState {
  open: boolean;
  replace: boolean;
  query: string;
  replacement: string;
}

export interface FindReplace {
  state: FindState;
  inputRef: RefObject<InputRef | null>;
  matches: Match[];
  /** 0-based index of the match the caret is on, or -1. */
  current: number;
  open: (replace: boolean) => void;
  close: () => void;
  setQuery: (query: string) => void;
  setReplacement: (replacement: string) => void;
  goTo: (step: 1 | -1) => void;
  replaceCurrent: () => void;
  replaceAll: () => void;
}

/** 查找 / 替换 over every turn: matches follow the text, replacing is an ordinary undoable edit. */
export function useFindReplace(content: TranscriptContent | null, locked: boolean, editing: TurnEditing, focus: TurnFocus): FindReplace {
  const [state, setState] = useState<FindState>({ open: false, replace: false, query: '', replacement: '' });
  const inputRef = useRef<InputRef | null>(null);
  const { reveal, caret, setCaret } = focus;
  const { edit, editTexts, findTurn, latest } = editing;

  const matches = useMemo(() => (state.open && content ? findMatches(content, state.query) : []), [state.open, state.query, content]);
  const turnOrder = useMemo(() => content?.sections.flatMap((s) => s.turns.map((u) => u.id)) ?? [], [content]);
  const here = caret();
  const current = here ? matches.findIndex((m) => m.turnId === here.turnId && m.end === here.offset) : -1;

  const goTo = useCallback(
    (step: 1 | -1) => {
      if (!matches.length) return;
      const at = caret();
      // From the end of the current match going back, start before it so it is not found again.
      const from = at && step === -1 && current >= 0 ? { turnId: at.turnId, offset: matches[current]!.start } : at;
      const match = matches[nextMatch(matches, turnOrder, from, step)];
      if (match) reveal(match.turnId, match.start, match.end);
    },
    [matches, turnOrder, current, reveal, caret],
  );

  const replaceCurrent = () => {
    if (locked) return;
    const match = matches[current];
    if (!match) return goTo(1);
    const turn = findTurn(match.turnId)?.turn;
    if (!turn) return;
    const replaced = insertAt(turn.text, match, state.replacement);
    edit({ type: 'updateTurnText', turnId: match.turnId, text: replaced.text }, 'new');
    const replacedAt = { turnId: match.turnId, offset: replaced.caret };
    setCaret(replacedAt);
    const edited = latest();
    const after = edited ? findMatches(edited, state.query) : [];
    const next = after[nextMatch(after, turnOrder, replacedAt, 1)];
    if (next) reveal(next.turnId, next.start, next.end);
    else reveal(match.turnId, replaced.caret);
  };

  const replaceAll = () => {
    const edited = latest();
    if (locked || !edited) return;
    editTexts(replaceAllTexts(edited, state.query, state.replacement));
  };

  const open = useCallback((replace: boolean) => {
    setState((f) => ({ ...f, open: true, replace }));
    setTimeout(() => inputRef.current?.focus({ cursor: 'all' }), 0);
  }, []);

  const close = () => {
    setState((f) => ({ ...f, open: false }));
    const at = caret();
    if (at) reveal(at.turnId, at.offset);
  };

  return {
    state,
    inputRef,
    matches,
    current,
    open,
    close,
    setQuery: (query) => setState((f) => ({ ...f, query })),
    setReplacement: (replacement) => setState((f) => ({ ...f, replacement })),
    goTo,
    replaceCurrent,
    replaceAll,
  };
}
