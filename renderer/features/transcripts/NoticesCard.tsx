import { App, Button, Card, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { procedureLabels, transcriptProcedures, type TranscriptProcedure } from '../../../shared/contract/channels/transcripts';
import {
  noticeKindLabels,
  noticeKinds,
  transcriptsNoticesGet,
  transcriptsNoticesSet,
  type Notice,
  type NoticeKind,
} from '../../../shared/contract/channels/transcripts-settings';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

/**
 * 设置 → 庭审告知文本: the court's wording of 法庭纪律 and 诉讼权利义务告知 per procedure
 * (administrator only; audited). New transcripts insert it; existing ones keep what they have.
 */
export function NoticesCard() {
  const t = useT();
  const { message } = App.useApp();
  const loaded = useInvoke(transcriptsNoticesGet, {});
  const [notices, setNotices] = useState<Notice[] | null>(null);
  const [procedure, setProcedure] = useState<TranscriptProcedure>('civil-first-ordinary');
  const [kind, setKind] = useState<NoticeKind>('discipline');
  // What the admin typed, for the notice it was typed for; switching notices shows the stored text.
  const [typed, setTyped] = useState<{ key: string; text: string } | null>(null);
  const save = useAction();
  const list = notices ?? loaded.data?.notices ?? null;
  const current = list?.find((n) => n.procedure === procedure && n.kind === kind) ?? null;

  const noticeKey = `${procedure}:${kind}:${current?.text ?? ''}`;
  const draft = typed?.key === noticeKey ? typed.text : (current?.text ?? '');
  const setDraft = (text: string) => setTyped({ key: noticeKey, text });

  const store = async (text: string) => {
    const reply = await save.run(() => invoke(transcriptsNoticesSet, { procedure, kind, text }));
    if (reply) {
      setNotices(reply.notices);
      message.success(t('transcripts.notices.saved'));
    }
  };

  return (
    <Card title={t('transcripts.notices.title')} data-testid="transcript-notices">
      <Typography.Paragraph type="secondary">{t('transcripts.notices.help')}</Typography.Paragraph>
      {loaded.error ? <ApiErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          value={procedure}
          style={{ width: 180 }}
          onChange={setProcedure}
          options={transcriptProcedures.map((p) => ({ value: p, label: procedureLabels[p] }))}
          data-testid="transcript-notices-procedure"
        />
        <Select
          value={kind}
          style={{ width: 180 }}
          onChange={setKind}
          options={noticeKinds.map((k) => ({ value: k, label: noticeKindLabels[k] }))}
          data-testid="transcript-notices-kind"
        />
        {current?.edited ? (
          <Tag color="blue">{t('transcripts.notices.edited', { at: current.edited.at.slice(0, 10), by: current.edited.by })}</Tag>
        ) : (
          <Tag>{t('transcripts.notices.default')}</Tag>
        )}
      </Space>
      <Input.TextArea
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        data-testid="transcript-notices-text"
        aria-label={t('transcripts.notices.title')}
      />
      {save.error ? <ApiErrorAlert error={save.error} /> : null}
      <Space style={{ marginTop: 8 }}>
        <Button
          type="primary"
          loading={save.running}
          disabled={!current || draft === current.text}
          onClick={() => void store(draft)}
          data-testid="transcript-notices-save"
        >
          {t('transcripts.notices.save')}
        </Button>
        <Button disabled={!current?.edited} onClick={() => void store('')}>
          {t('transcripts.notices.reset')}
        </Button>
      </Space>
    </Card>
  );
}
