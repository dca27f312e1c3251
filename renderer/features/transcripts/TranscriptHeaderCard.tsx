import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { TranscriptHeader } from '../../../shared/contract/channels/transcripts';
import { speakerLabel, type Speaker } from '../../../shared/domain/transcript-editing';
import { useT } from '../../i18n';

/** 笔录首部: court, 案号, 案由, time and place, the bench and who attended. */
export function TranscriptHeaderCard({ header }: { header: TranscriptHeader }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={3} data-testid="transcript-header">
        <Descriptions.Item label={t('transcripts.court')}>{header.court}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.caseNumber')}>{header.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.cause')}>{header.causeOfAction}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.startedAt')}>{header.startedAt}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.place')}>{header.place}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.clerk')}>{header.clerk}</Descriptions.Item>
        <Descriptions.Item label={t('transcripts.panel')} span={3}>
          {header.panel.map(speakerLabel).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('transcripts.attendees')} span={3}>
          {header.attendees.map(speakerLabel).join('、')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The first nine speakers with their Ctrl+n key, and the editor's other keys. */
export function SpeakerKeys({ speakers }: { speakers: readonly Speaker[] }) {
  const t = useT();
  return (
    <div style={{ marginBottom: 8 }} data-testid="transcript-speakers">
      <Typography.Text type="secondary" style={{ marginRight: 8 }}>
        {t('transcripts.speakers')}
      </Typography.Text>
      <Space size={[4, 4]} wrap>
        {speakers.slice(0, 9).map((s, i) => (
          <Tag key={`${s.role}-${s.name}-${i}`}>
            Ctrl+{i + 1} {speakerLabel(s)}
          </Tag>
        ))}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('transcripts.keys')}
        </Typography.Text>
      </div>
    </div>
  );
}
