import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { reviewRedact } from '../../../shared/contract/channels/review';
import type { ResponseOf } from '../../../shared/contract';
import { downloadBlob } from '../../components/download';
import { useT, type MessageKey } from '../../i18n';

/** Catalogue keys of the redaction rules the service names; an unknown rule shows its id. */
const ruleKeys: Record<string, MessageKey> = {
  'privacy.id-number': 'review.rule.privacy.id-number',
  'privacy.phone': 'review.rule.privacy.phone',
  'privacy.bank-account': 'review.rule.privacy.bank-account',
  'privacy.address': 'review.rule.privacy.address',
  'privacy.protected-name': 'review.rule.privacy.protected-name',
};

/** The redacted copy for 裁判文书公开: what was hidden, the text, copy and save as TXT. */
export function PublicationCopyModal({
  value,
  onClose,
  fileName,
}: {
  value: ResponseOf<typeof reviewRedact> | null;
  onClose: () => void;
  fileName: string;
}) {
  const t = useT();
  if (!value) return null;
  const counts = new Map<string, number>();
  for (const r of value.redactions) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  const download = () =>
    // The file is a Chinese court document for publication, so its name stays Chinese.
    downloadBlob(`${fileName.replace(/\.(docx|txt)$/i, '')}（公开版）.txt`, new Blob([value.text], { type: 'text/plain;charset=utf-8' }));
  return (
    <Modal
      open
      width={900}
      title={t('review.publication.title')}
      onCancel={onClose}
      footer={
        <Space>
          <Button icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(value.text)}>
            {t('review.publication.copy')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={download}>
            {t('review.publication.save')}
          </Button>
          <Button type="primary" onClick={onClose}>
            {t('review.publication.close')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph data-testid="publication-summary">
        {t('review.publication.summary', {
          count: value.redactions.length,
          details: counts.size
            ? t('review.publication.details', {
                list: [...counts]
                  .map(([rule, n]) => t('review.publication.ruleCount', { rule: ruleKeys[rule] ? t(ruleKeys[rule]) : rule, count: n }))
                  .join('、'),
              })
            : '',
          seq: value.auditSeq,
        })}
      </Typography.Paragraph>
      <div
        data-testid="publication-text"
        style={{ whiteSpace: 'pre-wrap', maxHeight: '60vh', overflow: 'auto', fontFamily: '"FangSong", "仿宋", serif', lineHeight: 1.9 }}
      >
        {value.text}
      </div>
    </Modal>
  );
}
