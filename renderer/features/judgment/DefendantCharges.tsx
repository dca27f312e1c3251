import { Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import type { AssistResult } from './assist-result';

type Defendant = NonNullable<AssistResult['defendants']>[number];

/** Longest stretch of a defendant's passages shown in the table; the whole passage is in its title. */
const passageShown = 60;

/** 分被告人罪名: each defendant the facts name, their charges with confidence, and the sentences they rest on. */
export function DefendantCharges({ defendants }: { defendants: Defendant[] }) {
  const t = useT();
  return (
    <Table<Defendant>
      size="small"
      pagination={false}
      rowKey="name"
      dataSource={defendants}
      data-testid="deviation-defendants"
      columns={[
        {
          title: t('judgment.defendant'),
          dataIndex: 'name',
          width: 110,
          render: (name: string) => <span data-testid="deviation-defendant">{name}</span>,
        },
        {
          title: t('judgment.defendantCharges'),
          width: 220,
          render: (_: unknown, d) =>
            d.charges.length === 0
              ? t('judgment.none')
              : d.charges.map((c) => (
                  <Tag key={c.name} data-testid="deviation-defendant-charge">
                    {c.name}
                    {c.confidence === null ? ` · ${t(`judgment.source.${c.source}`)}` : ` · ${Math.round(c.confidence * 100)}%`}
                  </Tag>
                )),
        },
        {
          title: t('judgment.defendantPassages'),
          render: (_: unknown, d) =>
            d.passages.map((p) => (
              <Typography.Paragraph
                key={p.start}
                style={{ margin: 0, fontSize: 13 }}
                title={p.text}
                data-testid="deviation-defendant-passage"
              >
                {p.text.length > passageShown ? `${p.text.slice(0, passageShown)}…` : p.text}
              </Typography.Paragraph>
            )),
        },
      ]}
    />
  );
}
