import { App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { transcriptsSpeechConfigure, transcriptsSpeechStatus } from '../../../shared/contract/channels/transcripts-settings';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

/** 设置 → 语音输入: the court-supplied sherpa-onnx model directory (administrator; audited). */
export function SpeechCard() {
  const t = useT();
  const { message } = App.useApp();
  const status = useInvoke(transcriptsSpeechStatus, {});
  const [typed, setTyped] = useState<string | null>(null);
  const save = useAction();
  const dir = typed ?? status.data?.modelDir ?? '';
  const store = async (modelDir: string) => {
    if (await save.run(() => invoke(transcriptsSpeechConfigure, { modelDir }))) {
      setTyped(null);
      status.reload();
      message.success(t('transcripts.speech.saved'));
    }
  };
  return (
    <Card title={t('transcripts.speech.title')} data-testid="transcript-speech-settings">
      <Typography.Paragraph type="secondary">{t('transcripts.speech.help')}</Typography.Paragraph>
      {status.data ? (
        <Typography.Paragraph>
          <Tag color={status.data.state === 'ready' ? 'green' : 'default'}>
            {status.data.state === 'ready' ? t('transcripts.speech.ready') : t('transcripts.speech.notInstalled')}
          </Tag>
          {status.data.message}
        </Typography.Paragraph>
      ) : null}
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={dir}
          placeholder={t('transcripts.speech.dirPlaceholder')}
          onChange={(e) => setTyped(e.target.value)}
          aria-label={t('transcripts.speech.title')}
        />
        <Button type="primary" loading={save.running} onClick={() => void store(dir)}>
          {t('transcripts.speech.save')}
        </Button>
      </Space.Compact>
      {save.error ? <ApiErrorAlert error={save.error} /> : null}
    </Card>
  );
}
