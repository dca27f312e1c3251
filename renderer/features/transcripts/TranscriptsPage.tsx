import { useCallback, useState } from 'react';
import { TranscriptEditor } from './TranscriptEditor';
import { TranscriptOpener } from './TranscriptOpener';

/** The open transcript rides in the hash (#/transcript?id=…), so a reload reopens it. */
function idFromHash(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('id');
}

function setHashId(id: string | null): void {
  // replaceState: no hashchange, so the shell's router does not remount the page.
  window.history.replaceState(null, '', id ? `#/transcript?id=${encodeURIComponent(id)}` : '#/transcript');
}

/** 庭审笔录: pick or start a transcript for a case, then the keyboard-first editor. */
export function TranscriptsPage() {
  const [openId, setOpenId] = useState<string | null>(idFromHash);
  const open = useCallback((id: string) => {
    setHashId(id);
    setOpenId(id);
  }, []);
  const close = useCallback(() => {
    setHashId(null);
    setOpenId(null);
  }, []);
  return (
    <div data-testid="transcripts-page">
      {openId ? <TranscriptEditor key={openId} transcriptId={openId} onClose={close} /> : <TranscriptOpener onOpen={open} />}
    </div>
  );
}
