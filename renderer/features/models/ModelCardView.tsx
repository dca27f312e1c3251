import { Card, Descriptions, Table, Typography } from 'antd';
import type { models } from '../../../shared/contract';
import { useT } from '../../i18n';
import { featureLabel, metricLabel, splitLabel } from './model-card-labels';

type ModelCard = models.ModelCard;

/** One model card in full: nothing summarised away, since a judge may need to check any of it. */
export function ModelCardView({ card }: { card: ModelCard }) {
  const t = useT();
  return (
    <Card data-testid={`model-card-${card.id}`} title={`${card.name}（${card.id}）`} extra={`${t('models.version')} ${card.version}`}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'purpose', label: t('models.purpose'), children: card.purpose },
          { key: 'feature', label: t('models.feature'), children: featureLabel(card.feature, t) },
          { key: 'trainingData', label: t('models.trainingData'), children: card.trainingData },
        ]}
      />
      <Typography.Title level={5}>{t('models.metrics')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(m) => `${m.name}/${m.split}`}
        dataSource={card.metrics}
        columns={[
          { title: t('models.metric'), dataIndex: 'name', render: (name: string) => <span title={name}>{metricLabel(name, t)}</span> },
          { title: t('models.split'), dataIndex: 'split', render: (split: string) => splitLabel(split, t) },
          { title: t('models.value'), dataIndex: 'value', render: (v: number) => formatMetric(v) },
          {
            title: t('models.baseline'),
            dataIndex: 'baseline',
            render: (v: number | undefined) => (v === undefined ? '—' : formatMetric(v)),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('models.limits')}
      </Typography.Title>
      <ul>
        {card.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      <Typography.Title level={5}>{t('models.files')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="path"
        dataSource={card.files}
        columns={[
          { title: t('models.path'), dataIndex: 'path' },
          {
            title: t('models.sha256'),
            dataIndex: 'sha256',
            render: (sha: string) => (
              <Typography.Text className="jd-mono" copyable style={{ wordBreak: 'break-all' }}>
                {sha}
              </Typography.Text>
            ),
          },
          { title: t('models.bytes'), dataIndex: 'bytes', render: (n: number) => n.toLocaleString() },
        ]}
      />
    </Card>
  );
}

function formatMetric(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
