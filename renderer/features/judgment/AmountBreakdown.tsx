import { Space, Table, Tag, Typography } from 'antd';
import { formatYuan } from '../../../shared/domain/crime-amount';
import { useT } from '../../i18n';
import type { AssistResult } from './assist-result';
import { FactPassage } from './ChargeEstimate';

type Amount = NonNullable<AssistResult['amount']>;

/** 涉案金额: the total, each amount with its passage and whether it was summed, and the charge's 数额 tier with its citation. */
export function AmountBreakdown({ facts, amount }: { facts: string; amount: Amount }) {
  const t = useT();
  const { threshold } = amount;
  const tier = threshold?.reached ?? (threshold?.possibly ? t('judgment.amount.possibly', { tier: threshold.possibly }) : null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="deviation-amount">
      <Space wrap>
        <Typography.Text strong data-testid="deviation-amount-total">
          {t('judgment.amount.total', { total: formatYuan(amount.total) })}
          {amount.approximate ? t('judgment.amount.approximate') : ''}
        </Typography.Text>
        {tier ? <Tag color="orange">{tier}</Tag> : null}
        {amount.statedTotal !== null && !amount.consistent ? (
          <Tag color="red">
            {t('judgment.amount.inconsistent', { stated: formatYuan(amount.statedTotal), sum: formatYuan(amount.itemsSum) })}
          </Tag>
        ) : null}
      </Space>
      {threshold ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="deviation-amount-threshold">
          {threshold.explanation}（{threshold.citation}）
        </Typography.Text>
      ) : null}
      <Table
        size="small"
        pagination={false}
        rowKey={(item) => `${item.start}-${item.end}`}
        dataSource={amount.items}
        columns={[
          { title: t('judgment.amount.count'), dataIndex: 'count', width: 56, render: (count: number) => (count > 0 ? count : '—') },
          { title: t('judgment.amount.value'), dataIndex: 'amount', width: 120, render: (value: number) => formatYuan(value) },
          {
            title: t('judgment.amount.counted'),
            dataIndex: 'counted',
            width: 80,
            render: (counted: boolean) => (
              <Tag color={counted ? 'green' : 'default'}>{t(counted ? 'judgment.amount.yes' : 'judgment.amount.no')}</Tag>
            ),
          },
          { title: t('judgment.amount.reason'), dataIndex: 'reason', width: 200 },
          {
            title: t('judgment.why'),
            key: 'passage',
            render: (_: unknown, item: Amount['items'][number]) => (
              <FactPassage facts={facts} passage={item.passage} testId="deviation-amount-passage" />
            ),
          },
        ]}
      />
      {amount.notes.map((note) => (
        <Typography.Text key={note} type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ))}
    </Space>
  );
}
