import { List, Progress, Tag, Typography } from 'antd';

export interface FileProgress {
  fileName: string;
  stage: 'uploading' | 'reading' | 'imported' | 'duplicate' | 'failed';
  percent: number;
  detail: string;
}

const stageTags: Record<FileProgress['stage'], { color: string; text: string }> = {
  uploading: { color: 'processing', text: '上传中' },
  reading: { color: 'processing', text: '读取中' },
  imported: { color: 'success', text: '已导入' },
  duplicate: { color: 'warning', text: '重复' },
  failed: { color: 'error', text: '失败' },
};

/** One progress bar per file, with the reason when a file did not import. */
export function ImportProgressList({ items }: { items: FileProgress[] }) {
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
            <Tag color={stageTags[item.stage].color}>{stageTags[item.stage].text}</Tag>
            <Typography.Text strong>{item.fileName}</Typography.Text>
            <Progress
              percent={Math.round(item.percent)}
              size="small"
              status={item.stage === 'failed' ? 'exception' : item.stage === 'imported' || item.stage === 'duplicate' ? 'success' : 'active'}
            />
            {item.detail ? (
              <Typography.Text type={item.stage === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="dossier-import-detail">
                {item.detail}
              </Typography.Text>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
