import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { estimateRowHeight, type EditorRow } from './editor-rows';

/** Where the caret was last seen: the turn and the offset in its text. */
export interface Caret {
  turnId: string;
  offset: number;
}

export interface TurnFocus {
  scrollerRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  activeTurnId: string | null;
  setActiveTurnId: (turnId: string) => void;
  /** Brings a turn into view (rendering it if it was scrolled away) and puts the caret in it. */
  reveal: (turnId: string, caret?: number, selectTo?: number) => void;
  /** Puts the caret in a turn after the render an edit is about to cause. */
  focusAfterEdit: (turnId: string, caret: number) => void;
  /** Where the caret was last seen (kept outside React state: it moves with every key). */
  caret: () => Caret | null;
  setCaret: (caret: Caret) => void;
  /** Each rendered turn's text area registers here so the caret can be put in it. */
  register: (turnId: string, element: HTMLTextAreaElement | null) => void;
}

/**
 * The virtualised turn list and the caret: a 300-page transcript renders only the rows in sight,
 * so showing a turn means scrolling to it first and focusing it once it is rendered.
 */
export function useTurnFocus(rows: readonly EditorRow[], indexOf: ReadonlyMap<string, number>): TurnFocus {
  const scroller = useRef<HTMLDivElement | null>(null);
  const textAreas = useRef(new Map<string, HTMLTextAreaElement>());
  const focusNext = useRef<{ turnId: string; caret?: number; selectTo?: number } | null>(null);
  const lastCaret = useRef<Caret | null>(null);
  const [activeTurnId, setActiveTurnId] = useState<string | null>(null);
  const [, setRevealTick] = useState(0);

  // The React Compiler skips this hook because of useVirtualizer; its callbacks are memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimateRowHeight(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });

  const reveal = useCallback(
    (turnId: string, caret?: number, selectTo?: number) => {
      focusNext.current = { turnId, caret, selectTo };
      setActiveTurnId(turnId);
      const index = indexOf.get(turnId);
      if (index !== undefined && !textAreas.current.has(turnId)) virtualizer.scrollToIndex(index, { align: 'center' });
      setRevealTick((n) => n + 1); // re-render so the focus effect runs even when nothing else changed
    },
    [indexOf, virtualizer],
  );

  const focusAfterEdit = useCallback((turnId: string, caret: number) => {
    focusNext.current = { turnId, caret };
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const element = textAreas.current.get(target.turnId);
    if (!element) return;
    focusNext.current = null;
    element.focus();
    const caret = target.caret ?? element.value.length;
    element.setSelectionRange(caret, target.selectTo ?? caret);
    lastCaret.current = { turnId: target.turnId, offset: target.selectTo ?? caret };
    const index = indexOf.get(target.turnId);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  const caret = useCallback(() => lastCaret.current, []);
  const setCaret = useCallback((next: Caret) => {
    lastCaret.current = next;
  }, []);

  const register = useCallback((turnId: string, element: HTMLTextAreaElement | null) => {
    if (element) textAreas.current.set(turnId, element);
    else textAreas.current.delete(turnId);
  }, []);

  return { scrollerRef: scroller, virtualizer, activeTurnId, setActiveTurnId, reveal, focusAfterEdit, caret, setCaret, register };
}
