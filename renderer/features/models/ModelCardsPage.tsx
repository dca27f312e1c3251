import { Alert, Empty, Space, Typography } from 'antd';
import { models } from '../../../shared/contract';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { ModelCardView } from './ModelCardView';

export function ModelCardsPage() {
  const t = useT();
  const { data, error, loading, reload } = useInvoke(models.modelCards, {});
  const cards = data?.cards ?? [];
  const problems = data?.problems ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <PageHeader title={t('models.title')} />
      <Typography.Paragraph type="secondary">{t('models.intro')}</Typography.Paragraph>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="model-problems"
          title={t('models.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p.id}>
                  <strong>{p.id}</strong>：{p.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {data && cards.length === 0 ? (
        <Empty
          data-testid="models-empty"
          description={
            <Space orientation="vertical" size={4}>
              <strong>{t('models.none')}</strong>
              <span>{t('models.noneBody')}</span>
            </Space>
          }
        />
      ) : null}
      {loading && !data ? <Typography.Text type="secondary">…</Typography.Text> : null}
      {cards.map((card) => (
        <ModelCardView key={card.id} card={card} />
      ))}
    </Space>
  );
}
