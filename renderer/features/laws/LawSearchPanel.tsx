import { Empty, Input, List, Pagination, Select, Space, Tag, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useState, type RefObject } from 'react';
import { laws } from '../../../shared/contract';
import type { ValidityStatus } from '../../../shared/contract/channels/laws';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { HighlightedText } from './HighlightedText';
import { hitAsOf, type ArticleTarget } from './law-view-model';
import { ValidityBadge } from './ValidityBadge';
import { DateField } from '../../components/DateField';

const defaultValidity: ValidityStatus[] = ['有效', '尚未生效', '已废止'];

interface Submitted {
  query: string;
  levels: string[];
  validity: ValidityStatus[];
  asOf: string;
}

/** Search box (Enter searches), level and validity filters, ranked hits with badges, pagination. */
export function LawSearchPanel({ inputRef, onOpen }: { inputRef: RefObject<InputRef | null>; onOpen: (target: ArticleTarget) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [levels, setLevels] = useState<string[]>([]);
  const [validity, setValidity] = useState<ValidityStatus[]>(defaultValidity);
  const [asOf, setAsOf] = useState('');
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);

  const submit = (query: string) => {
    if (query.trim() === '') return;
    setSubmitted({ query: query.trim(), levels, validity, asOf });
    setPage(1);
  };
  // A filter change re-runs the current search at once.
  const refilter = (next: Partial<Submitted>) => {
    if (submitted) setSubmitted({ ...submitted, ...next });
    setPage(1);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Input.Search
        ref={inputRef}
        data-testid="laws-search-input"
        size="large"
        allowClear
        enterButton={t('laws.search.button')}
        placeholder={t('laws.search.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={submit}
      />
      <Space wrap>
        <Select
          mode="multiple"
          allowClear
          data-testid="laws-filter-level"
          placeholder={t('laws.search.levelsAll')}
          style={{ minWidth: 220 }}
          value={levels}
          options={laws.lawLevels.map((value) => ({ value, label: value }))}
          onChange={(next: string[]) => {
            setLevels(next);
            refilter({ levels: next });
          }}
          prefix={`${t('laws.search.levels')}：`}
        />
        <Select
          mode="multiple"
          data-testid="laws-filter-validity"
          style={{ minWidth: 280 }}
          value={validity}
          options={laws.validityStatuses.map((value) => ({ value, label: t(`laws.status.${value}`) }))}
          onChange={(next: ValidityStatus[]) => {
            setValidity(next);
            refilter({ validity: next });
          }}
          prefix={`${t('laws.search.validity')}：`}
        />
        <Space size={4}>
          <Typography.Text type="secondary">{t('laws.search.asOf')}</Typography.Text>
          <DateField
            data-testid="laws-filter-date"
            value={asOf}
            onChange={(date) => {
              setAsOf(date);
              refilter({ asOf: date });
            }}
          />
        </Space>
      </Space>
      {submitted ? (
        <SearchResults
          submitted={submitted}
          page={page}
          pageSize={pageSize}
          onPage={(p, size) => (setPage(size === pageSize ? p : 1), setPageSize(size))}
          onOpen={onOpen}
        />
      ) : (
        <Typography.Text type="secondary">{t('laws.search.hint')}</Typography.Text>
      )}
    </Space>
  );
}

function SearchResults({
  submitted,
  page,
  pageSize,
  onPage,
  onOpen,
}: {
  submitted: Submitted;
  page: number;
  pageSize: number;
  onPage: (page: number, size: number) => void;
  onOpen: (target: ArticleTarget) => void;
}) {
  const t = useT();
  const request = {
    query: submitted.query,
    ...(submitted.levels.length > 0 ? { levels: submitted.levels } : {}),
    validity: submitted.validity,
    ...(submitted.asOf ? { asOf: submitted.asOf } : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const { data, error, loading, reload } = useInvoke(laws.lawsSearch, request, JSON.stringify(request));
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  const hits = data?.hits ?? [];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="laws-results" data-loading={loading} data-query={submitted.query}>
      {data ? (
        <Typography.Text type="secondary" data-testid="laws-total">
          {t('laws.search.total', { total: data.total })}
        </Typography.Text>
      ) : null}
      <List
        loading={loading}
        dataSource={hits}
        locale={{ emptyText: <Empty description={t('laws.search.empty', { query: submitted.query })} /> }}
        renderItem={(hit) => (
          <List.Item
            key={hit.articleId}
            data-testid="law-hit"
            data-article-id={hit.articleId}
            style={{ cursor: 'pointer', display: 'block' }}
            onClick={() =>
              onOpen({ law: hit.lawId, article: hit.number, suffix: hit.suffix, ...withDate(hitAsOf(hit, submitted.asOf || undefined)) })
            }
          >
            <Space wrap size={[8, 4]} style={{ marginBottom: 4 }}>
              <Typography.Link strong data-testid="law-hit-title">
                {hit.lawTitle} {hit.label}
              </Typography.Link>
              <ValidityBadge status={hit.status} />
              <Tag>{hit.level}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {hit.versionDate ? t('laws.versionDate', { date: hit.versionDate }) : t('laws.noVersionDate')}
              </Typography.Text>
            </Space>
            {hit.chapterPath.length > 0 ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {hit.chapterPath.join(' › ')}
                </Typography.Text>
              </div>
            ) : null}
            <div style={{ marginTop: 4 }}>
              <HighlightedText text={hit.snippet} spans={hit.highlights} testId="law-hit-snippet" />
            </div>
          </List.Item>
        )}
      />
      {data && data.total > pageSize ? (
        <Pagination
          data-testid="laws-pagination"
          current={page}
          pageSize={pageSize}
          total={data.total}
          showSizeChanger
          pageSizeOptions={[10, 20, 50]}
          onChange={onPage}
        />
      ) : null}
    </Space>
  );
}

function withDate(asOf: string | undefined): { asOf?: string } {
  return asOf ? { asOf } : {};
}
