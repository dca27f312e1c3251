import { useCallback, useState } from 'react';
import { DraftEditor } from './DraftEditor';
import { DraftOpener } from './DraftOpener';

/** The open draft rides in the hash (#/drafting?id=…), so a reload reopens it. */
function idFromHash(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('id');
}

function setHashId(id: string | null): void {
  // replaceState: no hashchange, so the shell's router does not remount the page.
  window.history.replaceState(null, '', id ? `#/drafting?id=${encodeURIComponent(id)}` : '#/drafting');
}

/** 文书起草: choose a case and a document type, then edit the draft section by section. */
export function DraftingPage() {
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
    <div data-testid="drafting-page">
      {openId ? <DraftEditor key={openId} draftId={openId} onClose={close} /> : <DraftOpener onOpen={open} />}
    </div>
  );
}
