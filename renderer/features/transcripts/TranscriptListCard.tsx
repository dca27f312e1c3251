import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import type { TranscriptSummary } from '../../../shared/contract/channels/transcripts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { clockTime } from './editor-keys';

interface Props {
  /** The header case's 案号; null when no case is open and the clerk types one. */
  caseNumber: string | null;
  typedCase: string;
  onTypedCase: (typed: string) => void;
  /** The case's transcripts; null while there is no case to list them for. */
  items: TranscriptSummary[] | null;
  error: unknown;
  onOpen: (id: string) => void;
}

/** The transcripts already kept for a case, each opened with one click. */
export function TranscriptListCard({ caseNumber, typedCase, onTypedCase, items, error, onOpen }: Props) {
  const t = useT();
  return (
    <Card size="small" title={t('transcripts.existing')}>
      {caseNumber !== null ? (
        <Typography.Paragraph>
          {t('transcripts.case')}：<Typography.Text strong>{caseNumber}</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <>
          <Input
            data-testid="transcript-case-input"
            value={typedCase}
            placeholder={t('transcripts.casePlaceholder')}
            onChange={(e) => onTypedCase(e.target.value)}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('transcripts.caseHint')}
          </Typography.Paragraph>
        </>
      )}
      {error ? <ApiErrorAlert error={error} /> : null}
      {items?.length ? (
        <List
          data-testid="transcript-list"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button key="open" type="link" onClick={() => onOpen(item.id)} data-testid="transcript-open">
                  {t('transcripts.open')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {item.caseNumber}
                    <Tag color={item.status === 'locked' ? 'default' : 'processing'}>{t(`transcripts.status.${item.status}`)}</Tag>
                  </Space>
                }
                description={`${item.createdAt.slice(0, 10)} ${clockTime(item.createdAt)} · ${t('transcripts.turns', { count: item.turnCount })}`}
              />
            </List.Item>
          )}
        />
      ) : items ? (
        <Empty description={t('transcripts.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : null}
    </Card>
  );
}
