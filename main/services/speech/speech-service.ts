import type { SpeechStatus } from '../../../shared/contract/channels/transcripts-settings';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { TranscriptService, TranscriptSettings } from '../transcripts';
import { caseHotwords } from './hotwords';
import { checkSpeechModelDir } from './model-dir';
import { sherpaEngine } from './sherpa-engine';

/**
 * 语音输入 as the editor sees it: whether the court's model directory is usable and, for a
 * transcript, the hot words the recogniser should favour (its header and 争议焦点).
 */
export class SpeechService {
  constructor(
    private readonly settings: TranscriptSettings,
    private readonly transcripts: TranscriptService,
  ) {}

  status(transcriptId?: string): SpeechStatus {
    const modelDir = this.settings.speechModelDir();
    const model = checkSpeechModelDir(modelDir);
    const hotwords = transcriptId
      ? caseHotwords(this.transcripts.get(transcriptId).header, this.transcripts.disputeFocuses(transcriptId))
      : [];
    return { state: model.state, message: model.state === 'ready' ? '' : model.message, modelDir, engine: sherpaEngine.name, hotwords };
  }

  /** Sets the model directory (empty: speech input off). A wrong one is refused with what is missing, and the old setting stays. */
  configure(modelDir: string, actor: Actor): SpeechStatus {
    const model = checkSpeechModelDir(modelDir);
    if (model.state === 'invalid') throw new Refusal('NOT_FOUND', model.message);
    this.settings.setSpeechModelDir(modelDir, actor);
    return this.status();
  }
}
