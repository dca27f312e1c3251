import { Collapse, Empty, Space, Typography } from 'antd';
import { useT } from '../../i18n';
import type { AssistResult } from './assist-result';
import { FactPassage } from './ChargeEstimate';

/** 总则 articles the circumstances call for (自首, 累犯, 从犯, 缓刑 …), each with its triggering passage. */
export function GeneralArticles({ facts, items }: { facts: string; items: AssistResult['generalArticles'] }) {
  const t = useT();
  if (items.length === 0) return <Empty description={t('judgment.generalNone')} />;
  return (
    <Collapse
      size="small"
      items={items.map((g) => ({
        key: `${g.article}-${g.paragraph ?? ''}-${g.label}`,
        label: (
          <Space data-testid="general-article">
            <span>{g.citation}</span>
            <Typography.Text strong>{g.label}</Typography.Text>
          </Space>
        ),
        children: (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{g.basis}</Typography.Text>
            {g.trigger ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('judgment.trigger')}
                </Typography.Text>
                <FactPassage facts={facts} passage={g.trigger} testId="general-article-trigger" />
              </div>
            ) : null}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{g.text ?? t('judgment.noText')}</Typography.Paragraph>
          </Space>
        ),
      }))}
    />
  );
}
