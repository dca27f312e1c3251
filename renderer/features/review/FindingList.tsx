import { CheckOutlined } from '@ant-design/icons';
import { Button, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import type { ReviewFamily, ReviewFinding } from '../../../shared/contract/channels/review';
import { reviewFamilies } from '../../../shared/contract/channels/review';
import { useT } from '../../i18n';
import { severityColors } from './review-view-model';

/** The findings beside the document: family filter, reason, suggested fix and 采纳 per finding. */
export function FindingList({
  findings,
  family,
  onFamily,
  selected,
  onSelect,
  onApply,
  applying,
}: {
  findings: readonly ReviewFinding[];
  family: ReviewFamily | 'all';
  onFamily: (family: ReviewFamily | 'all') => void;
  selected: string | null;
  onSelect: (id: string) => void;
  onApply: (finding: ReviewFinding) => void;
  applying: string | null;
}) {
  const t = useT();
  const shown = family === 'all' ? findings : findings.filter((f) => f.family === family);
  const count = (f: ReviewFamily) => findings.filter((x) => x.family === f).length;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          data-testid="review-family-filter"
          size="small"
          value={family}
          onChange={(v) => onFamily(v as ReviewFamily | 'all')}
          options={[
            { label: t('review.all', { count: findings.length }), value: 'all' },
            ...reviewFamilies.map((f) => ({
              label: t('review.familyCount', { family: t(`review.family.${f}`), count: count(f) }),
              value: f,
            })),
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <Empty data-testid="review-no-findings" description={t('review.none')} />
      ) : (
        <List
          size="small"
          dataSource={shown}
          renderItem={(f) => (
            <List.Item
              key={f.id}
              data-testid="review-finding"
              data-rule={f.rule}
              onClick={() => onSelect(f.id)}
              style={{ display: 'block', cursor: 'pointer', background: f.id === selected ? '#e6f4ff' : undefined, paddingInline: 8 }}
            >
              <Space wrap size={[6, 4]}>
                <Tag color={severityColors[f.severity].tag}>{t(`review.severity.${f.severity}`)}</Tag>
                <Tag>{t(`review.family.${f.family}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.rule}
                </Typography.Text>
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0' }}>{f.message}</Typography.Paragraph>
              {f.excerpt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('review.excerpt', { text: f.excerpt.length > 40 ? `${f.excerpt.slice(0, 40)}…` : f.excerpt })}
                </Typography.Text>
              ) : null}
              {f.fix !== null ? (
                <div style={{ marginTop: 4 }}>
                  <Typography.Text style={{ fontSize: 12 }}>
                    {t('review.fix', { text: f.fix.length > 40 ? `${f.fix.slice(0, 40)}…` : f.fix })}
                  </Typography.Text>{' '}
                  <Button
                    size="small"
                    type="link"
                    icon={<CheckOutlined />}
                    data-testid="review-apply"
                    loading={applying === f.id}
                    onClick={(e) => {
                      e.stopPropagation();
                      onApply(f);
                    }}
                  >
                    {t('review.apply')}
                  </Button>
                </div>
              ) : null}
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
