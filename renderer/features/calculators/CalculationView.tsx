import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, List, Popover, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CalculationCitation, CalculationStep } from '../../../shared/domain/calculators';
import { useT } from '../../i18n';
import { copyText } from '../laws/copy-text';
import { calculationText, type CalculationLike, type SummaryItem } from './calculation-text';

/** One calculator's answer: the figures, the step table, the articles (text on hover) and 复制结果. */
export function CalculationView({
  title,
  summary,
  calculation,
  details,
  testId,
}: {
  title: string;
  summary: SummaryItem[];
  calculation: CalculationLike;
  details?: ReactNode;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    if (await copyText(calculationText(title, summary, calculation))) message.success(t('calculators.copied'));
    else message.error(t('calculators.copyFailed'));
  };
  return (
    <Card
      size="small"
      title={t('calculators.result')}
      data-testid={testId}
      extra={
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid={`${testId}-copy`}>
          {t('calculators.copy')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={summary.map((s, i) => ({
          key: String(i),
          label: s.label,
          children: (
            <Typography.Text strong data-testid={i === 0 ? `${testId}-main` : undefined}>
              {s.value}
            </Typography.Text>
          ),
        }))}
      />
      {details}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('calculators.steps')}
      </Typography.Title>
      <Table<CalculationStep & { key: number }>
        size="small"
        pagination={false}
        dataSource={calculation.steps.map((s, key) => ({ ...s, key }))}
        columns={[
          { title: t('calculators.col.label'), dataIndex: 'label', width: '30%' },
          { title: t('calculators.col.formula'), dataIndex: 'formula' },
          { title: t('calculators.col.value'), dataIndex: 'value', align: 'right', width: 180 },
        ]}
        data-testid={`${testId}-steps`}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('calculators.citations')}
      </Typography.Title>
      <List
        size="small"
        dataSource={calculation.citations}
        renderItem={(c) => (
          <List.Item>
            <CitationLine citation={c} />
          </List.Item>
        )}
        data-testid={`${testId}-citations`}
      />
      {calculation.rules.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('calculators.rules')}
          </Typography.Title>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {calculation.rules.map((rule) => (
              <li key={rule}>
                <Typography.Text type="secondary">{rule}</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

function CitationLine({ citation }: { citation: CalculationCitation }) {
  const t = useT();
  const label = `《${citation.law}》${citation.articleLabel}`;
  return (
    <span>
      <Popover
        trigger={['hover', 'focus']}
        title={label}
        content={<div style={{ maxWidth: 520, whiteSpace: 'pre-wrap' }}>{citation.text ?? t('calculators.noText')}</div>}
      >
        <Typography.Link tabIndex={0}>{label}</Typography.Link>
      </Popover>
      <Typography.Text type="secondary">：{citation.note}</Typography.Text>
    </span>
  );
}
