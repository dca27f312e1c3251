import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAction } from '../../api/useAction';
import { audit, laws, type ResponseOf } from '../../../shared/contract';
import type { LawSuggestion } from '../../../shared/contract/channels/laws';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { HighlightedText } from './HighlightedText';
import { excerptAround, type ArticleTarget } from './law-view-model';
import { ValidityBadge } from './ValidityBadge';
import { DateField } from '../../components/DateField';

type PushResult = ResponseOf<typeof laws.lawsPush>;
type Decision = 'accepted' | 'rejected';

interface PushRequest {
  facts: string;
  caseDate?: string;
}

/**
 * 法条推送: facts in, recommended articles out, each with why (matched terms marked in the facts and
 * in the article), its validity on the case date, 仅供参考 with the model, and accept / reject
 * recorded against the output's audit entry.
 */
export function LawPushPanel({ caseId, onOpen }: { caseId: string | null; onOpen: (target: ArticleTarget) => void }) {
  const t = useT();
  const [form] = Form.useForm<PushRequest>();
  const [result, setResult] = useState<{ request: PushRequest; value: PushResult } | null>(null);
  const { running, error, run: track } = useAction();

  const run = async (values: PushRequest) => {
    const request = { facts: values.facts, ...(values.caseDate ? { caseDate: values.caseDate } : {}) };
    const value = await track(() => invoke(laws.lawsPush, { ...request, ...(caseId ? { caseId } : {}) }));
    if (value) setResult({ request, value });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('laws.push.intro')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void run(v)} data-testid="law-push-form">
        <Form.Item
          name="facts"
          label={t('laws.push.facts')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('laws.push.facts') }]}
        >
          <Input.TextArea data-testid="law-push-facts" rows={5} maxLength={20_000} placeholder={t('laws.push.factsPlaceholder')} />
        </Form.Item>
        <Space align="end" wrap>
          <Form.Item name="caseDate" label={t('laws.push.caseDate')} tooltip={t('laws.push.caseDateHelp')} style={{ marginBottom: 0 }}>
            <DateField data-testid="law-push-date" style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={running} data-testid="law-push-run">
            {t('laws.push.run')}
          </Button>
        </Space>
      </Form>
      {error ? <ApiErrorAlert error={error} /> : null}
      {result ? <PushResults key={result.value.ai.auditSeq} facts={result.request.facts} value={result.value} onOpen={onOpen} /> : null}
    </Space>
  );
}

function PushResults({ facts, value, onOpen }: { facts: string; value: PushResult; onOpen: (target: ArticleTarget) => void }) {
  const t = useT();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="law-push-results" data-audit-seq={value.ai.auditSeq}>
      <Space wrap>
        <AiNotice
          model={value.ai.modelId}
          modelVersion={value.ai.modelVersion}
          modelSha256={value.ai.modelSha256}
          confidence={value.ai.confidence}
        />
        {value.terms.length > 0 ? (
          <Typography.Text type="secondary" data-testid="law-push-terms">
            {t('laws.push.terms', { terms: value.terms.join('、') })}
          </Typography.Text>
        ) : null}
      </Space>
      {value.suggestions.length === 0 ? <Empty description={t('laws.push.none')} /> : null}
      {value.suggestions.map((s, i) => (
        <SuggestionCard
          key={s.articleId}
          rank={i + 1}
          facts={facts}
          suggestion={s}
          ai={value.ai}
          caseDate={value.caseDate}
          onOpen={onOpen}
        />
      ))}
    </Space>
  );
}

function SuggestionCard({
  rank,
  facts,
  suggestion: s,
  ai,
  caseDate,
  onOpen,
}: {
  rank: number;
  facts: string;
  suggestion: LawSuggestion;
  ai: PushResult['ai'];
  caseDate: string;
  onOpen: (target: ArticleTarget) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<Decision | null>(null);
  const saving = useAction({ onError: (error) => message.error(errorMessage(error)) });
  const inFacts = excerptAround(facts, s.factHighlights);

  const decide = async (next: Decision) => {
    const recorded = await saving.run(() =>
      invoke(audit.auditRecordDecision, { outputSeq: ai.auditSeq, decision: next, note: s.citation }),
    );
    if (!recorded) return;
    setDecision(next);
    message.success(t('laws.push.recorded', { decision: t(next === 'accepted' ? 'laws.push.accepted' : 'laws.push.rejected') }));
  };

  return (
    <Card
      size="small"
      data-testid="law-suggestion"
      data-citation={s.citation}
      data-status={s.status}
      title={
        <Space wrap size={[8, 4]}>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <Typography.Link strong onClick={() => onOpen({ law: s.lawId, article: s.number, suffix: s.suffix, asOf: caseDate })}>
            {s.citation}
          </Typography.Link>
          <ValidityBadge status={s.status} />
          <Tag>{s.level}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Typography.Text type="secondary" data-testid="law-suggestion-score">
            {t('laws.push.score', { value: `${Math.round(s.score * 100)}%` })}
          </Typography.Text>
        </Space>
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <AiNotice model={ai.modelId} modelVersion={ai.modelVersion} modelSha256={ai.modelSha256} confidence={s.score} />
        {s.statusNote ? <Alert type="warning" showIcon data-testid="law-suggestion-status-note" title={s.statusNote} /> : null}
        {s.chapterPath.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.chapterPath.join(' › ')}
          </Typography.Text>
        ) : null}
        <div style={{ lineHeight: 1.8 }} data-testid="law-suggestion-text">
          <HighlightedText text={s.text} spans={s.articleHighlights} />
        </div>
        <div data-testid="law-suggestion-why">
          <Typography.Text strong>{t('laws.push.why')}：</Typography.Text>
          {s.matchedTerms.map((term) => (
            <Tag key={term} color="gold" data-testid="law-suggestion-term">
              {term}
            </Tag>
          ))}
        </div>
        {inFacts.text ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('laws.push.inFacts')}：<HighlightedText text={inFacts.text} spans={inFacts.spans} testId="law-suggestion-facts" />
          </Typography.Text>
        ) : null}
        <Space>
          {decision ? (
            <Tag color={decision === 'accepted' ? 'green' : 'default'} data-testid="law-suggestion-decision" data-decision={decision}>
              {t(decision === 'accepted' ? 'laws.push.accepted' : 'laws.push.rejected')}
            </Tag>
          ) : (
            <>
              <Button
                size="small"
                type="primary"
                ghost
                icon={<CheckOutlined />}
                loading={saving.running}
                data-testid="law-suggestion-accept"
                onClick={() => void decide('accepted')}
              >
                {t('laws.push.accept')}
              </Button>
              <Button
                size="small"
                icon={<CloseOutlined />}
                loading={saving.running}
                data-testid="law-suggestion-reject"
                onClick={() => void decide('rejected')}
              >
                {t('laws.push.reject')}
              </Button>
            </>
          )}
          <Button size="small" type="link" onClick={() => onOpen({ law: s.lawId, article: s.number, suffix: s.suffix, asOf: caseDate })}>
            {t('laws.push.open')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
