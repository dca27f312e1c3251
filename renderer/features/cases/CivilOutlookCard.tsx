import { Alert, Button, Card, InputNumber, List, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { isAiFeatureEnabled } from '../../../shared/contract';
import type { Case } from '../../../shared/contract/channels/cases';
import {
  civilClaimOutcomeLabels,
  civilEstimateSourceLabels,
  civilOutcomeEstimate,
  type CivilClaimEstimate,
} from '../../../shared/contract/channels/civil-outcome';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DecisionButtons } from '../../components/DecisionButtons';
import { useT } from '../../i18n';
import { loadCaseFacts, partyNames } from './case-facts';

type Estimate = Awaited<ReturnType<typeof invoke<typeof civilOutcomeEstimate>>>;

const pct = (value: number) => `${Math.round(value * 100)}%`;
const yuan = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const outcomeColour = { full: 'green', partial: 'gold', rejected: 'red' } as const;

/**
 * 诉讼预期评估 for a civil case: each claim's likely outcome, the share of the claim the court may
 * award with its interval, the 要件 found and missing in the facts, the comparable cases, and —
 * when the judge enters the award he intends — a 偏离预警 where it falls outside the interval.
 * Runs only when asked (each run is an audited AI output); the judge's accept / reject is recorded.
 */
export function CivilOutlookCard({ value }: { value: Case }) {
  const t = useT();
  const { aiSwitches } = useAppState();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'outcomeEstimation') : false;
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [proposed, setProposed] = useState<Array<number | null>>([]);
  const action = useAction();

  const run = (withProposed: boolean) =>
    action.run(async () => {
      const source = await loadCaseFacts(value);
      setEstimate(
        await invoke(civilOutcomeEstimate, {
          caseId: value.id,
          cause: value.causeOfAction,
          claims: value.claims.map((c) => ({ text: c.text, amount: c.amount })),
          facts: source.text,
          names: partyNames(value),
          ...(withProposed ? { proposed: value.claims.map((_, i) => proposed[i] ?? null) } : {}),
        }),
      );
    });

  let body;
  if (!enabled) body = <AiDisabledNotice feature="outcomeEstimation" />;
  else if (value.claims.length === 0) body = <Alert type="info" showIcon title={t('civilOutlook.noClaims')} />;
  else
    body = (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" loading={action.running} onClick={() => void run(false)} data-testid="civil-outlook-run">
            {t('civilOutlook.run')}
          </Button>
          {estimate ? (
            <Button loading={action.running} onClick={() => void run(true)} data-testid="civil-outlook-rerun">
              {t('civilOutlook.rerun')}
            </Button>
          ) : null}
        </Space>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {estimate ? (
          <Results
            key={estimate.ai.auditSeq}
            value={estimate}
            proposed={proposed}
            onPropose={(i, v) => setProposed((p) => Object.assign([...p], { [i]: v }))}
          />
        ) : null}
      </Space>
    );
  return (
    <Card size="small" title={t('civilOutlook.title')} style={{ marginTop: 16 }} data-testid="civil-outlook">
      {body}
    </Card>
  );
}

function Results({
  value,
  proposed,
  onPropose,
}: {
  value: Estimate;
  proposed: Array<number | null>;
  onPropose: (index: number, value: number | null) => void;
}) {
  const t = useT();
  const { ai } = value;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="civil-outlook-results" data-audit-seq={ai.auditSeq}>
      <AiNotice model={ai.modelId} modelVersion={ai.modelVersion} modelSha256={ai.modelSha256} confidence={ai.confidence} />
      {value.notes.map((note) => (
        <Alert key={note} type="info" showIcon title={note} />
      ))}
      {value.claims.map((c, i) => (
        <ClaimCard key={i} index={i} value={c} proposed={proposed[i] ?? null} onPropose={(v) => onPropose(i, v)} />
      ))}
      <Card size="small" type="inner" title={t('civilOutlook.comparables')} data-testid="civil-outlook-comparables">
        {value.comparables.length === 0 ? (
          <Typography.Text type="secondary">{t('civilOutlook.noComparables')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={value.comparables}
            renderItem={(c) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Space wrap>
                    <Typography.Text strong>{c.caseNumber ?? `#${c.id}`}</Typography.Text>
                    <Typography.Text type="secondary">
                      {[c.court, c.decidedOn, c.causes.join('、')].filter(Boolean).join(' · ')}
                    </Typography.Text>
                    <Tag color={c.outcome ? 'blue' : 'default'}>{c.outcome ?? t('civilOutlook.outcomeUnknown')}</Tag>
                  </Space>
                  <Typography.Text type="secondary">{c.why}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <DecisionButtons testIdPrefix="civil-outlook" outputSeq={ai.auditSeq} summary={ai.summary} />
      {value.limits.length ? (
        <Card size="small" type="inner" title={t('civilOutlook.limits')}>
          <List size="small" dataSource={value.limits} renderItem={(limit) => <List.Item>{limit}</List.Item>} />
        </Card>
      ) : null}
    </Space>
  );
}

function ClaimCard({
  index,
  value,
  proposed,
  onPropose,
}: {
  index: number;
  value: CivilClaimEstimate;
  proposed: number | null;
  onPropose: (value: number | null) => void;
}) {
  const t = useT();
  const { probabilities: p, share } = value;
  return (
    <Card
      size="small"
      type="inner"
      data-testid={`civil-outlook-claim-${index}`}
      title={
        <Space wrap>
          <span>{t('civilOutlook.claim', { n: index + 1 })}</span>
          <Tag>{value.claim.kind}</Tag>
          <Tag color={value.source === 'model' ? 'geekblue' : 'orange'}>{civilEstimateSourceLabels[value.source]}</Tag>
        </Space>
      }
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text>{value.claim.text}</Typography.Text>
        {value.claim.amount !== null ? (
          <Typography.Text type="secondary">{t('civilOutlook.amount', { amount: yuan(value.claim.amount) })}</Typography.Text>
        ) : null}
        <Space wrap>
          <Tag color={outcomeColour[value.likely]} data-testid="civil-outlook-likely">
            {t('civilOutlook.likely', { outcome: civilClaimOutcomeLabels[value.likely] })}
          </Tag>
          <Typography.Text>
            {t('civilOutlook.probabilities', { full: pct(p.full), partial: pct(p.partial), rejected: pct(p.rejected) })}
          </Typography.Text>
        </Space>
        <Typography.Text data-testid="civil-outlook-share">
          {t('civilOutlook.share', {
            median: pct(share.median),
            low: pct(share.interval[0]),
            high: pct(share.interval[1]),
            coverage: pct(share.coverage),
          })}
          {share.measuredCoverage !== null ? t('civilOutlook.measuredCoverage', { measured: pct(share.measuredCoverage) }) : ''}
          {value.expectedAward !== null ? `；${t('civilOutlook.expectedAward', { amount: yuan(value.expectedAward) })}` : ''}
        </Typography.Text>
        <Space wrap size={[4, 4]}>
          <Typography.Text type="secondary">{t('civilOutlook.found')}：</Typography.Text>
          {value.elements.found.length === 0 ? <Typography.Text type="secondary">{t('civilOutlook.none')}</Typography.Text> : null}
          {value.elements.found.map((e, i) => (
            <Tooltip key={`${e.name}-${i}`} title={[e.passage, e.basis].filter(Boolean).join(' — ')}>
              <Tag color="green">{e.name}</Tag>
            </Tooltip>
          ))}
        </Space>
        <Space wrap size={[4, 4]}>
          <Typography.Text type="secondary">{t('civilOutlook.missing')}：</Typography.Text>
          {value.elements.missing.length === 0 ? <Typography.Text type="secondary">{t('civilOutlook.none')}</Typography.Text> : null}
          {value.elements.missing.map((e, i) => (
            <Tooltip key={`${e.name}-${i}`} title={e.basis ?? ''}>
              <Tag color="orange">{e.name}</Tag>
            </Tooltip>
          ))}
        </Space>
        {value.claim.amount !== null ? (
          <Space>
            <Typography.Text type="secondary">{t('civilOutlook.proposed')}</Typography.Text>
            <InputNumber
              min={0}
              value={proposed}
              onChange={(v) => onPropose(typeof v === 'number' ? v : null)}
              data-testid={`civil-outlook-proposed-${index}`}
            />
          </Space>
        ) : null}
        {value.deviation.level !== 'none' ? (
          <Alert
            type={value.deviation.level === 'outside' ? 'warning' : 'success'}
            showIcon
            title={value.deviation.message}
            data-testid={`civil-outlook-deviation-${index}`}
          />
        ) : null}
      </Space>
    </Card>
  );
}
