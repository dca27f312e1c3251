import { AudioMutedOutlined, AudioOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { transcriptsSpeechStatus } from '../../../shared/contract/channels/transcripts-settings';
import { useInvoke } from '../../api/useInvoke';
import { useT } from '../../i18n';

/**
 * 语音输入 state in the editor: 未安装语音模型 until the court's model is configured; once it is,
 * which hot words the case gives the recogniser. Recognition itself runs only with that model.
 */
export function SpeechStatusTag({ transcriptId }: { transcriptId: string }) {
  const t = useT();
  const status = useInvoke(transcriptsSpeechStatus, { transcriptId }, transcriptId);
  if (!status.data) return null;
  const { state, message, hotwords } = status.data;
  return state === 'ready' ? (
    <Tooltip title={t('transcripts.speech.hotwords', { words: hotwords.slice(0, 20).join('、') })}>
      <Tag icon={<AudioOutlined />} color="green" data-testid="transcript-speech" data-state={state}>
        {t('transcripts.speech.ready')}
      </Tag>
    </Tooltip>
  ) : (
    <Tooltip title={message}>
      <Tag icon={<AudioMutedOutlined />} data-testid="transcript-speech" data-state={state}>
        {state === 'not-installed' ? t('transcripts.speech.notInstalled') : t('transcripts.speech.invalid')}
      </Tag>
    </Tooltip>
  );
}
