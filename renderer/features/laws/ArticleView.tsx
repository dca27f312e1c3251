import { CopyOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { laws } from '../../../shared/contract';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { copyText } from './copy-text';
import type { ArticleTarget } from './law-view-model';
import { ValidityBadge } from './ValidityBadge';

/** One article: chapter path, exact text, validity on the date, neighbours, and its citation to copy. */
export function ArticleView({ target, onNavigate }: { target: ArticleTarget | null; onNavigate: (next: ArticleTarget) => void }) {
  const t = useT();
  if (!target) {
    return (
      <Card data-testid="article-view-empty">
        <Empty description={t('laws.article.empty')} />
      </Card>
    );
  }
  return <LoadedArticle target={target} onNavigate={onNavigate} />;
}

function LoadedArticle({ target, onNavigate }: { target: ArticleTarget; onNavigate: (next: ArticleTarget) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const request = { law: target.law, article: target.article, suffix: target.suffix, ...(target.asOf ? { asOf: target.asOf } : {}) };
  const { data, error, loading, reload } = useInvoke(laws.lawsArticle, request, JSON.stringify(request));

  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;

  const { law, article, previous, next, citation } = data;
  const go = (ref: { number: number; suffix: number | null }) =>
    onNavigate({ law: law.lawId, article: ref.number, suffix: ref.suffix, ...(target.asOf ? { asOf: target.asOf } : {}) });
  const copy = async () => {
    if (await copyText(citation)) message.success(t('laws.article.copied', { citation }));
    else message.warning(t('laws.article.copyFailed', { citation }));
  };

  return (
    <Card data-testid="article-view" data-loading={loading} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12 } }}>
      <Breadcrumb
        data-testid="article-breadcrumb"
        items={[{ title: law.shortTitle }, ...article.chapterPath.map((title) => ({ title })), { title: article.label }]}
      />
      <Space align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="article-law-title">
          {law.title}
        </Typography.Title>
        <ValidityBadge status={law.status} />
      </Space>
      <Typography.Text type="secondary" data-testid="article-status">
        {t('laws.article.statusOn', { date: law.date, status: t(`laws.status.${law.status}`) })}
        {law.version?.effectiveDate ? ` · ${t('laws.versionDate', { date: law.version.effectiveDate })}` : ''}
      </Typography.Text>
      {law.status !== '有效' || law.note ? (
        <Alert
          type={law.status === '有效' ? 'info' : 'warning'}
          showIcon
          data-testid="article-validity-note"
          title={[
            law.endDate ? t('laws.article.repealed', { date: law.endDate }) : t(`laws.status.${law.status}`),
            law.successor ? t('laws.article.successor', { title: `《${law.successor.title}》` }) : null,
            law.note,
          ]
            .filter(Boolean)
            .join('；')}
        />
      ) : null}
      <Typography.Paragraph data-testid="article-text" style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.9, margin: 0 }}>
        {article.text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('laws.article.source', { file: article.sourceFile, line: article.sourceLine })}
      </Typography.Text>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Button data-testid="article-previous" icon={<LeftOutlined />} disabled={!previous} onClick={() => previous && go(previous)}>
            {previous ? `${t('laws.article.previous')} ${previous.label}` : t('laws.article.previous')}
          </Button>
          <Button data-testid="article-next" disabled={!next} onClick={() => next && go(next)}>
            {next ? `${t('laws.article.next')} ${next.label}` : t('laws.article.next')}
            <RightOutlined />
          </Button>
        </Space>
        <Button type="primary" data-testid="article-copy" data-citation={citation} icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('laws.article.copy')}
        </Button>
      </Space>
    </Card>
  );
}
