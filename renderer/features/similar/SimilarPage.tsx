import { Button, Col, Empty, Form, Input, Row, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { cases, isAiFeatureEnabled, similarCases, type ResponseOf } from '../../../shared/contract';
import { similarModeLabels, type SearchReportDraft, type SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { BuildIndexButton } from './BuildIndexButton';
import { PageHeader } from '../../components/PageHeader';
import { CompareView } from './CompareView';
import { ReportModal } from './ReportModal';
import { SimilarResultCard } from './SimilarResultCard';
import { filtersFrom, isRunShortcut, type FilterForm } from './similar-view-model';

type Mode = 'facts' | 'focus' | 'articles';
type Result = ResponseOf<typeof similarCases.similarCasesSearch>;

/**
 * 类案推送: facts of the current case (or typed text) in, similar judgments out — each with why
 * (same charge, shared articles, circumstances, shared passages) and what differs, a compare view,
 * and 相关/不相关 recorded in the audit trail. Ctrl+Enter searches.
 */
export function SimilarPage() {
  const { aiSwitches, currentCase } = useAppState();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'similarCases') : false;
  const status = useInvoke(similarCases.similarCasesStatus, {});
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<Mode>('facts');
  const [method, setMethod] = useState<'hybrid' | 'lexical' | 'dense'>('hybrid');
  const [filterForm] = Form.useForm<FilterForm>();
  const [result, setResult] = useState<Result | null>(null);
  const [comparing, setComparing] = useState<SimilarCase | null>(null);
  const [report, setReport] = useState<SearchReportDraft | null>(null);
  const { running, error, run: track } = useAction();

  const draftReport = async () => {
    if (!result) return;
    const draft = await track(() =>
      invoke(similarCases.similarCasesReportDraft, {
        outputSeq: result.ai.auditSeq,
        query: result.queryText,
        mode: result.mode,
        method: result.method,
        corpusSize: result.corpusSize,
        cases: result.results,
        court: '',
        caseNumber: currentCase?.caseNumber ?? '',
      }),
    );
    if (draft) setReport(draft);
  };

  const search = useCallback(async () => {
    if (!query.trim()) return;
    const filters = filtersFrom(filterForm.getFieldsValue());
    const value = await track(() =>
      invoke(similarCases.similarCasesSearch, { query, mode, method, k: 10, filters, ...(currentCase ? { caseId: currentCase.caseId } : {}) }),
    );
    if (value) setResult(value);
  }, [query, mode, method, filterForm, currentCase, track]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isRunShortcut(event)) return;
      event.preventDefault();
      void search();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search]);

  const fromCurrentCase = async () => {
    if (!currentCase) return;
    const detail = await track(() => invoke(cases.casesGet, { id: currentCase.caseId }));
    if (!detail) return;
    const claims = (detail as { claims?: Array<{ text: string }> }).claims ?? [];
    setQuery([`案由：${currentCase.causeOfAction}`, ...claims.map((c) => c.text)].join('\n'));
  };

  const corpus = status.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="similar-page">
      <PageHeader
        title="类案推送"
        extra={
          corpus ? (
            <Space>
              <Typography.Text type="secondary" data-testid="similar-corpus">
                类案库 {corpus.total} 件 · {corpus.denseIndex.note}
              </Typography.Text>
              {enabled && corpus.total > 0 && !corpus.denseIndex.available ? <BuildIndexButton onBuilt={status.reload} /> : null}
            </Space>
          ) : null
        }
      />
      {!enabled ? <AiDisabledNotice feature="similarCases" /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Input.TextArea
            data-testid="similar-query"
            rows={6}
            maxLength={20_000}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="输入本案事实（或检索词，如：借贷、自首），Ctrl+Enter 检索"
          />
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Segmented
              data-testid="similar-mode"
              value={mode}
              onChange={(v) => setMode(v as Mode)}
              options={(Object.keys(similarModeLabels) as Mode[]).map((m) => ({ value: m, label: `按${similarModeLabels[m]}` }))}
            />
            <Select
              value={method}
              onChange={setMethod}
              style={{ width: '100%' }}
              options={[
                { value: 'hybrid', label: '混合检索（字面 + 语义 + 要素）' },
                { value: 'lexical', label: '仅字面检索' },
                { value: 'dense', label: '仅语义检索' },
              ]}
            />
            <Space>
              <Button type="primary" loading={running} disabled={!enabled || !query.trim()} onClick={() => void search()} data-testid="similar-run">
                检索类案
              </Button>
              <Button disabled={!currentCase} onClick={() => void fromCurrentCase()} data-testid="similar-from-case">
                用当前案件
              </Button>
            </Space>
          </Space>
        </Col>
      </Row>
      <Form form={filterForm} layout="inline" data-testid="similar-filters">
        <Form.Item name="causes" label="罪名/案由">
          <Select mode="tags" style={{ minWidth: 220 }} placeholder="全部" options={(corpus?.causes ?? []).map((c) => ({ value: c.cause, label: `${c.cause}（${c.count}）` }))} />
        </Form.Item>
        <Form.Item name="courtLevels" label="法院层级">
          <Select mode="multiple" style={{ minWidth: 160 }} placeholder="全部" options={['最高', '高级', '中级', '基层'].map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="regions" label="地域">
          <Select mode="multiple" style={{ minWidth: 140 }} placeholder="全部" options={(corpus?.regions ?? []).map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select allowClear style={{ width: 100 }} placeholder="全部" options={[{ value: '刑事', label: '刑事' }, { value: '民事', label: '民事' }]} />
        </Form.Item>
        <Form.Item name="dateFrom" label="裁判日期自">
          <Input type="date" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="dateTo" label="至">
          <Input type="date" style={{ width: 150 }} />
        </Form.Item>
      </Form>
      {error ? <ApiErrorAlert error={error} /> : null}
      {result ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="similar-results" data-audit-seq={result.ai.auditSeq}>
          <Space wrap>
            <AiNotice model={result.ai.modelId} modelVersion={result.ai.modelVersion} modelSha256={result.ai.modelSha256} confidence={result.ai.confidence} />
            <Button size="small" onClick={() => void draftReport()} disabled={result.results.length === 0} data-testid="similar-report-open">
              生成类案检索报告
            </Button>
            <Typography.Text type="secondary">
              {similarModeLabels[result.mode]} · {result.method} · {result.results.length} 件 · 用时 {result.ms} ms
              {result.unexplained ? ` · ${result.unexplained} 件无可说明理由，未显示` : ''}
            </Typography.Text>
          </Space>
          {result.notes.map((n) => (
            <Typography.Text key={n} type="secondary" data-testid="similar-note">
              {n}
            </Typography.Text>
          ))}
          {result.results.length === 0 ? <Empty description="未找到可说明理由的类案" /> : null}
          {result.results.map((hit, i) => (
            <SimilarResultCard key={hit.case.id} rank={i + 1} hit={hit} auditSeq={result.ai.auditSeq} onCompare={() => setComparing(hit)} />
          ))}
        </Space>
      ) : null}
      {report && result ? <ReportModal key={`${result.ai.auditSeq}-${report.points.length}`} draft={report} outputSeq={result.ai.auditSeq} onClose={() => setReport(null)} /> : null}
      <CompareView queryText={result?.queryText ?? ''} hit={comparing} onClose={() => setComparing(null)} />
    </Space>
  );
}
