import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { reviewRedact } from '../../../shared/contract/channels/review';
import type { ResponseOf } from '../../../shared/contract';
import { downloadBlob } from '../../components/download';

const ruleLabels: Record<string, string> = {
  'privacy.id-number': '身份证号',
  'privacy.phone': '电话',
  'privacy.bank-account': '银行账号',
  'privacy.address': '详细住址',
  'privacy.protected-name': '未成年人/被害人姓名',
};

/** The redacted copy for 裁判文书公开: what was hidden, the text, copy and save as TXT. */
export function PublicationCopyModal({ value, onClose, fileName }: { value: ResponseOf<typeof reviewRedact> | null; onClose: () => void; fileName: string }) {
  if (!value) return null;
  const counts = new Map<string, number>();
  for (const r of value.redactions) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  const download = () =>
    downloadBlob(`${fileName.replace(/\.(docx|txt)$/i, '')}（公开版）.txt`, new Blob([value.text], { type: 'text/plain;charset=utf-8' }));
  return (
    <Modal
      open
      width={900}
      title="公开版本（仅供参考，公开前请人工复核）"
      onCancel={onClose}
      footer={
        <Space>
          <Button icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(value.text)}>
            复制全文
          </Button>
          <Button icon={<DownloadOutlined />} onClick={download}>
            保存为 TXT
          </Button>
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph data-testid="publication-summary">
        已隐去 {value.redactions.length} 处{counts.size ? `：${[...counts].map(([rule, n]) => `${ruleLabels[rule] ?? rule} ${n}`).join('、')}` : ''}（审计 #{value.auditSeq}）。
      </Typography.Paragraph>
      <div data-testid="publication-text" style={{ whiteSpace: 'pre-wrap', maxHeight: '60vh', overflow: 'auto', fontFamily: '"FangSong", "仿宋", serif', lineHeight: 1.9 }}>
        {value.text}
      </div>
    </Modal>
  );
}
