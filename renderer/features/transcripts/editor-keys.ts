/** What a key press in a turn means to the transcript editor. */
export type EditorCommand =
  | { kind: 'speaker'; index: number }
  | { kind: 'cycleSpeaker'; step: 1 | -1 }
  | { kind: 'newTurn' }
  | { kind: 'inaudible' }
  | { kind: 'moveTurn'; step: 1 | -1 }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'find'; replace: boolean }
  | { kind: 'findNext'; step: 1 | -1 }
  | { kind: 'phrase'; index: number }
  | { kind: 'expand' };

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+1…9 picks the n-th speaker present, Tab / Shift+Tab cycles the speaker, Ctrl+Enter starts
 * a new turn, F8 marks 〔听不清〕, Ctrl+↑/↓ moves between turns. Ctrl+Z / Ctrl+Y (or
 * Ctrl+Shift+Z) undo and redo across turns, Ctrl+F / Ctrl+H find and replace, F3 / Shift+F3 the
 * next or previous match, Ctrl+Shift+1…9 types the n-th 常用语, Space after an abbreviation
 * expands it (the caller checks that one is there). Alt+digit stays with navigation.
 */
export function editorCommand(event: KeyLike): EditorCommand | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (ctrl && !event.shiftKey && digit) return { kind: 'speaker', index: Number(digit[1]) - 1 };
  if (ctrl && event.shiftKey && digit) return { kind: 'phrase', index: Number(digit[1]) - 1 };
  const letter = event.key.toLowerCase();
  if (ctrl && !event.shiftKey && letter === 'z') return { kind: 'undo' };
  if (ctrl && (letter === 'y' || (event.shiftKey && letter === 'z'))) return { kind: 'redo' };
  if (ctrl && !event.shiftKey && letter === 'f') return { kind: 'find', replace: false };
  if (ctrl && !event.shiftKey && letter === 'h') return { kind: 'find', replace: true };
  if (event.key === 'F3' && !ctrl) return { kind: 'findNext', step: event.shiftKey ? -1 : 1 };
  if (event.key === ' ' && !ctrl && !event.shiftKey) return { kind: 'expand' };
  if (event.key === 'Tab' && !ctrl) return { kind: 'cycleSpeaker', step: event.shiftKey ? -1 : 1 };
  if (ctrl && event.key === 'Enter') return { kind: 'newTurn' };
  if (event.key === 'F8' && !ctrl) return { kind: 'inaudible' };
  if (ctrl && !event.shiftKey && event.key === 'ArrowUp') return { kind: 'moveTurn', step: -1 };
  if (ctrl && !event.shiftKey && event.key === 'ArrowDown') return { kind: 'moveTurn', step: 1 };
  return null;
}

/** A short random id for turns and the editor session (no Node crypto in the renderer). */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return (
    prefix +
    Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
      .join('')
      .slice(0, 14)
  );
}

/** HH:mm:ss of an ISO time, on the court's clock. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
