import { useOpenIdInHash } from '../../app/useOpenIdInHash';
import { DraftEditor } from './DraftEditor';
import { DraftOpener } from './DraftOpener';

/** 文书起草: choose a case and a document type, then edit the draft section by section. */
export function DraftingPage() {
  const { openId, open, close } = useOpenIdInHash('drafting');
  return (
    <div data-testid="drafting-page">
      {openId ? <DraftEditor key={openId} draftId={openId} onClose={close} /> : <DraftOpener onOpen={open} />}
    </div>
  );
}
