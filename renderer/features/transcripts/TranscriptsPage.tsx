import { useOpenIdInHash } from '../../app/useOpenIdInHash';
import { TranscriptEditor } from './TranscriptEditor';
import { TranscriptOpener } from './TranscriptOpener';

/** 庭审笔录: pick or start a transcript for a case, then the keyboard-first editor. */
export function TranscriptsPage() {
  const { openId, open, close } = useOpenIdInHash('transcripts');
  return (
    <div data-testid="transcripts-page">
      {openId ? <TranscriptEditor key={openId} transcriptId={openId} onClose={close} /> : <TranscriptOpener onOpen={open} />}
    </div>
  );
}
