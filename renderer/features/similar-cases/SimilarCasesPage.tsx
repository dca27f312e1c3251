import { Button, Col, Empty, Form, Input, Row, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { cases, isAiFeatureEnabled, similarCases, type ResponseOf } from '../../../shared/contract';
import { courtLevelValues, similarModes, type SearchReportDraft, type SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { factsFromRecord, partyNames } from '../cases/case-facts';
import { BuildIndexButton } from './BuildIndexButton';
import { PageHeader } from '../../components/PageHeader';
import { CompareView } from './CompareView';
import { ReportModal } from './ReportModal';
import { InferredCharges } from './InferredCharges';
import { SimilarResultCard } from './SimilarResultCard';
import { filtersFrom, isRunShortcut, type FilterForm } from './similar-view-model';
import { DateField } from '../../components/DateField';

type Mode = (typeof similarModes)[number];
type Method = 'hybrid' | 'lexical' | 'dense';
/** Values the search filters by (stored in the corpus in Chinese); only their labels are translated. */
const caseKinds = ['刑事', '民事'] as const;
type Result = ResponseOf<typeof similarCases.similarCasesSearch>;

/**
 * 类案推送: facts of the current case (or typed text) in, similar judgments out — each with why
 * (same charge, shared articles, circumstances, shared passages) and what differs, a compare view,
 * and 相关/不相关 recorded in the audit trail. Ctrl+Enter searches.
 */
export function SimilarCasesPage() {
  const { aiSwitches, currentCase } = useAppState();
  const t = useT();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'similarCases') : false;
  const status = useInvoke(similarCases.similarCasesStatus, {});
  const [query, setQuery] = useState('');
  /** The open case's party names once its record filled the query: the search neutralises them. */
  const [names, setNames] = useState<string[]>([]);
  const [mode, setMode] = useState<Mode>('facts');
  const [method, setMethod] = useState<Method>('hybrid');
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

  /** 推定罪名 for this query: on for every new query, off once the judge asks for text-only ranking. */
  const [inferCharges, setInferCharges] = useState(true);

  const search = useCallback(
    async (infer = inferCharges) => {
      if (!query.trim()) return;
      const filters = filtersFrom(filterForm.getFieldsValue());
      const value = await track(() =>
        invoke(similarCases.similarCasesSearch, {
          query,
          mode,
          method,
          k: 10,
          filters,
          names,
          inferCharges: infer,
          ...(currentCase ? { caseId: currentCase.caseId } : {}),
        }),
      );
      if (value) setResult(value);
    },
    [query, mode, method, filterForm, names, currentCase, track, inferCharges],
  );

  const switchInference = (on: boolean) => {
    setInferCharges(on);
    void search(on);
  };
  const editQuery = (text: string) => {
    setQuery(text);
    setInferCharges(true);
  };

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
    // The query is search input over a Chinese corpus, so it stays Chinese whatever the UI language.
    editQuery(factsFromRecord(detail));
    setNames(partyNames(detail));
  };

  const corpus = status.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="similar-page">
      <PageHeader
        title={t('similarCases.title')}
        extra={
          corpus ? (
            <Space>
              <Typography.Text type="secondary" data-testid="similar-corpus">
                {t('similarCases.corpus', { total: corpus.total, note: corpus.denseIndex.note })}
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
            onChange={(e) => editQuery(e.target.value)}
            placeholder={t('similarCases.queryPlaceholder')}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Segmented
              data-testid="similar-mode"
              value={mode}
              onChange={(v) => setMode(v as Mode)}
              options={similarModes.map((m) => ({ value: m, label: t('similarCases.modeOption', { mode: t(`similarCases.mode.${m}`) }) }))}
            />
            <Select
              value={method}
              onChange={setMethod}
              style={{ width: '100%' }}
              options={(['hybrid', 'lexical', 'dense'] as const).map((m) => ({ value: m, label: t(`similarCases.method.${m}`) }))}
            />
            <Space>
              <Button
                type="primary"
                loading={running}
                disabled={!enabled || !query.trim()}
                onClick={() => void search()}
                data-testid="similar-run"
              >
                {t('similarCases.run')}
              </Button>
              <Button disabled={!currentCase} onClick={() => void fromCurrentCase()} data-testid="similar-from-case">
                {t('similarCases.fromCase')}
              </Button>
            </Space>
          </Space>
        </Col>
      </Row>
      <Form form={filterForm} layout="inline" data-testid="similar-filters">
        <Form.Item name="causes" label={t('similarCases.filter.causes')}>
          <Select
            mode="tags"
            style={{ minWidth: 220 }}
            placeholder={t('similarCases.filter.all')}
            options={(corpus?.causes ?? []).map((c) => ({
              value: c.cause,
              label: t('similarCases.filter.causeOption', { cause: c.cause, count: c.count }),
            }))}
          />
        </Form.Item>
        <Form.Item name="courtLevels" label={t('similarCases.filter.courtLevels')}>
          <Select
            mode="multiple"
            style={{ minWidth: 160 }}
            placeholder={t('similarCases.filter.all')}
            options={courtLevelValues.map((v) => ({ value: v, label: t(`similarCases.courtLevel.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="regions" label={t('similarCases.filter.regions')}>
          <Select
            mode="multiple"
            style={{ minWidth: 140 }}
            placeholder={t('similarCases.filter.all')}
            options={(corpus?.regions ?? []).map((r) => ({ value: r, label: r }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('similarCases.filter.kind')}>
          <Select
            allowClear
            style={{ minWidth: 100 }}
            placeholder={t('similarCases.filter.all')}
            options={caseKinds.map((v) => ({ value: v, label: t(`similarCases.kind.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="dateFrom" label={t('similarCases.filter.dateFrom')}>
          <DateField style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="dateTo" label={t('similarCases.filter.dateTo')}>
          <DateField style={{ width: 150 }} />
        </Form.Item>
      </Form>
      {error ? <ApiErrorAlert error={error} /> : null}
      {result ? (
        <Space
          orientation="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="similar-results"
          data-audit-seq={result.ai.auditSeq}
        >
          <Space wrap>
            <AiNotice
              model={result.ai.modelId}
              modelVersion={result.ai.modelVersion}
              modelSha256={result.ai.modelSha256}
              confidence={result.ai.confidence}
            />
            <Button
              size="small"
              onClick={() => void draftReport()}
              disabled={result.results.length === 0}
              data-testid="similar-report-open"
            >
              {t('similarCases.report.open')}
            </Button>
            <Typography.Text type="secondary">
              {t('similarCases.summary', {
                mode: t(`similarCases.mode.${result.mode}`),
                method: result.method,
                count: result.results.length,
                ms: result.ms,
              })}
              {result.unexplained ? t('similarCases.unexplained', { count: result.unexplained }) : ''}
            </Typography.Text>
          </Space>
          <InferredCharges
            inference={result.chargeInference}
            charges={result.inferredCharges}
            running={running}
            onSwitch={switchInference}
          />
          {result.notes.map((n) => (
            <Typography.Text key={n} type="secondary" data-testid="similar-note">
              {n}
            </Typography.Text>
          ))}
          {result.results.length === 0 ? <Empty description={t('similarCases.empty')} /> : null}
          {result.results.map((hit, i) => (
            <SimilarResultCard key={hit.case.id} rank={i + 1} hit={hit} auditSeq={result.ai.auditSeq} onCompare={() => setComparing(hit)} />
          ))}
        </Space>
      ) : null}
      {report && result ? (
        <ReportModal
          key={`${result.ai.auditSeq}-${report.points.length}`}
          draft={report}
          outputSeq={result.ai.auditSeq}
          onClose={() => setReport(null)}
        />
      ) : null}
      <CompareView queryText={result?.queryText ?? ''} hit={comparing} onClose={() => setComparing(null)} />
    </Space>
  );
}
