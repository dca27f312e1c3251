import { Card, Empty, List, Typography } from 'antd';
import type { Transcript } from '../../../shared/contract/channels/transcripts';
import { useT } from '../../i18n';
import { clockTime } from './editor-keys';

/** 更正记录: every correction after the lock, who and when, before and after, and why. */
export function AmendmentsPanel({ doc }: { doc: Transcript }) {
  const t = useT();
  const where = new Map(
    doc.sections.flatMap((s) => s.turns.map((u) => [u.id, `${s.title} · ${u.role}${u.name ? ` ${u.name}` : ''}`] as const)),
  );
  return (
    <Card size="small" title={t('transcripts.amendments')} data-testid="transcript-amendments">
      {doc.amendments.length ? (
        <List
          size="small"
          dataSource={doc.amendments}
          renderItem={(a) => (
            <List.Item data-testid="transcript-amendment">
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {where.get(a.turnId) ?? a.turnId}
                </Typography.Text>
                <div>
                  {t('transcripts.amendmentLine', {
                    at: `${a.at.slice(0, 10)} ${clockTime(a.at)}`,
                    actor: a.actor,
                    before: a.before,
                    after: a.after,
                    reason: a.reason,
                  })}
                </div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('transcripts.noAmendments')} />
      )}
    </Card>
  );
}
