import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAction } from '../../api/useAction';
import { laws, type ResponseOf } from '../../../shared/contract';
import type { ResolvedArticle } from '../../../shared/contract/channels/laws';
import { invoke } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { HighlightedText } from './HighlightedText';
import type { ArticleTarget } from './law-view-model';
import { ValidityBadge } from './ValidityBadge';
import { DateField } from '../../components/DateField';

type CiteResult = ResponseOf<typeof laws.lawsCite>;

/** 引用核查: every citation in a pasted text, each resolved as of a date or named as a problem. */
export function CitationCheckPanel({ onOpen }: { onOpen: (target: ArticleTarget) => void }) {
  const t = useT();
  const [result, setResult] = useState<{ text: string; value: CiteResult } | null>(null);
  const { running, error, run: track } = useAction();

  const run = async (values: { text: string; date?: string }) => {
    const value = await track(() => invoke(laws.lawsCite, { text: values.text, ...(values.date ? { date: values.date } : {}) }));
    if (value) setResult({ text: values.text, value });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('laws.cite.intro')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={(v: { text: string; date?: string }) => void run(v)} data-testid="cite-form">
        <Form.Item name="text" label={t('laws.cite.text')} rules={[{ required: true, whitespace: true, message: t('laws.cite.text') }]}>
          <Input.TextArea data-testid="cite-text" rows={4} maxLength={50_000} placeholder={t('laws.cite.placeholder')} />
        </Form.Item>
        <Space align="end" wrap>
          <Form.Item name="date" label={t('laws.cite.date')} style={{ marginBottom: 0 }}>
            <DateField data-testid="cite-date" style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={running} data-testid="cite-run">
            {t('laws.cite.run')}
          </Button>
        </Space>
      </Form>
      {error ? <ApiErrorAlert error={error} /> : null}
      {result ? <CiteResults text={result.text} value={result.value} onOpen={onOpen} /> : null}
    </Space>
  );
}

function CiteResults({ text, value, onOpen }: { text: string; value: CiteResult; onOpen: (target: ArticleTarget) => void }) {
  const t = useT();
  if (value.citations.length === 0 && value.unreadable.length === 0)
    return <Empty data-testid="cite-none" description={t('laws.cite.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="cite-results">
      <Card size="small">
        <Typography.Text type="secondary">{t('laws.cite.count', { count: value.citations.length })}</Typography.Text>
        <div style={{ marginTop: 8, lineHeight: 1.9 }}>
          <HighlightedText text={text} spans={value.citations.map(({ start, end }) => ({ start, end }))} />
        </div>
      </Card>
      {value.unreadable.map((u) => (
        <Alert
          key={`${u.start}-${u.end}`}
          type="warning"
          showIcon
          title={t('laws.cite.unreadable', { text: text.slice(u.start, u.end), message: u.message })}
        />
      ))}
      <List
        bordered
        dataSource={value.citations.flatMap((c) => c.articles.map((a) => ({ citation: c, article: a })))}
        renderItem={({ citation, article }) => (
          <List.Item
            key={`${citation.start}-${article.start}-${article.label}`}
            data-testid="cite-article"
            data-resolved={article.resolved}
            style={{ display: 'block' }}
          >
            <ArticleResolution
              lawTitle={citation.law?.title ?? citation.canonicalTitle ?? citation.lawTitle}
              lawId={citation.law?.lawId ?? null}
              article={article}
              date={value.date}
              onOpen={onOpen}
            />
          </List.Item>
        )}
      />
    </Space>
  );
}

function ArticleResolution({
  lawTitle,
  lawId,
  article,
  date,
  onOpen,
}: {
  lawTitle: string;
  lawId: number | null;
  article: ResolvedArticle;
  date: string;
  onOpen: (target: ArticleTarget) => void;
}) {
  const t = useT();
  const open = () => {
    if (lawId !== null && article.number !== null) onOpen({ law: lawId, article: article.number, suffix: article.suffix, asOf: date });
  };
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <Space wrap size={[8, 4]}>
        {article.resolved ? <CheckCircleOutlined style={{ color: '#52c41a' }} /> : <WarningOutlined style={{ color: '#faad14' }} />}
        <Typography.Text strong data-testid="cite-article-label">
          {article.citation ?? `《${lawTitle}》${article.label}`}
        </Typography.Text>
        {article.status ? <ValidityBadge status={article.status} /> : null}
        <Tag color={article.resolved ? 'green' : 'orange'}>{article.resolved ? t('laws.cite.ok') : t('laws.cite.problem')}</Tag>
        {article.text && lawId !== null ? <Typography.Link onClick={open}>{t('laws.push.open')}</Typography.Link> : null}
      </Space>
      {article.problems.map((p) => (
        <Alert
          key={p.code}
          type={p.code === 'relative' ? 'info' : 'warning'}
          showIcon
          data-testid="cite-problem"
          data-code={p.code}
          title={p.message}
        />
      ))}
      {article.text ? (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="cite-article-text">
          {article.paragraphText ?? article.text}
        </Typography.Paragraph>
      ) : null}
    </Space>
  );
}
