import { List, Progress, Tag, Typography } from 'antd';
import { useT } from '../../i18n';

export interface FileProgress {
  fileName: string;
  stage: 'uploading' | 'reading' | 'imported' | 'duplicate' | 'failed';
  percent: number;
  detail: string;
}

const stageColours: Record<FileProgress['stage'], string> = {
  uploading: 'processing',
  reading: 'processing',
  imported: 'success',
  duplicate: 'warning',
  failed: 'error',
};

/** One progress bar per file, with the reason when a file did not import. */
export function ImportProgressList({ items }: { items: FileProgress[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <List
      size="small"
      bordered
      style={{ marginBottom: 12 }}
      data-testid="dossier-import-progress"
      dataSource={items}
      renderItem={(item) => (
        <List.Item data-testid="dossier-import-item" data-stage={item.stage}>
          <div style={{ width: '100%' }}>
            <Tag color={stageColours[item.stage]}>{t(`dossier.stage.${item.stage}`)}</Tag>
            <Typography.Text strong>{item.fileName}</Typography.Text>
            <Progress
              percent={Math.round(item.percent)}
              size="small"
              status={
                item.stage === 'failed' ? 'exception' : item.stage === 'imported' || item.stage === 'duplicate' ? 'success' : 'active'
              }
            />
            {item.detail ? (
              <Typography.Text
                type={item.stage === 'failed' ? 'danger' : 'secondary'}
                style={{ fontSize: 12 }}
                data-testid="dossier-import-detail"
              >
                {item.detail}
              </Typography.Text>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
