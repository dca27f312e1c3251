import { Alert, Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { isAiFeatureEnabled } from '../../../shared/contract';
import type { Case } from '../../../shared/contract/channels/cases';
import { judgmentAssist } from '../../../shared/contract/channels/judgment';
import { similarCasesSearch, type SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { AssistResults } from '../judgment/AssistResults';
import type { AssistResult } from '../judgment/assist-result';
import { CompareView } from '../similar-cases/CompareView';
import { SimilarResultCard } from '../similar-cases/SimilarResultCard';
import { isCriminal, loadCaseFacts, partyNames, type CaseFacts } from './case-facts';

type SimilarResult = Awaited<ReturnType<typeof invoke<typeof similarCasesSearch>>>;
/** Enough to judge whether the push is useful here; the 类案推送 page shows more, with filters. */
const panelResults = 5;

function FactsSource({ facts }: { facts: CaseFacts | null }) {
  const t = useT();
  if (!facts) return null;
  return (
    <Typography.Text type="secondary" data-testid="case-assist-source">
      {facts.fileName ? t('caseAssist.sourceFile', { file: facts.fileName }) : t('caseAssist.sourceRecord')}
    </Typography.Text>
  );
}

/**
 * 类案推送 and 裁判辅助 for the open case, in the case view. Each runs when the judge asks (every
 * run is an audited AI output, so nothing runs just because the page opened); the results reuse
 * the pages' components, which carry 仅供参考, the reasons and the feedback/accept buttons.
 */
export function CaseAssistPanel({ value }: { value: Case }) {
  const t = useT();
  const { aiSwitches } = useAppState();
  const similarOn = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'similarCases') : false;
  const assistOn = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'deviationWarning') : false;
  const [facts, setFacts] = useState<CaseFacts | null>(null);
  const [similar, setSimilar] = useState<SimilarResult | null>(null);
  const [assist, setAssist] = useState<AssistResult | null>(null);
  const [comparing, setComparing] = useState<SimilarCase | null>(null);
  const similarAction = useAction();
  const assistAction = useAction();
  const names = partyNames(value);

  const findSimilar = () =>
    similarAction.run(async () => {
      const source = await loadCaseFacts(value);
      setFacts(source);
      setSimilar(await invoke(similarCasesSearch, { query: source.text, k: panelResults, caseId: value.id, names }));
    });
  const runAssist = () =>
    assistAction.run(async () => {
      const source = await loadCaseFacts(value);
      setFacts(source);
      setAssist(await invoke(judgmentAssist, { facts: source.text, names, caseId: value.id }));
    });

  const similarTab = similarOn ? (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" loading={similarAction.running} onClick={() => void findSimilar()} data-testid="case-assist-similar-run">
          {t('caseAssist.similarRun')}
        </Button>
        <Button href="#/similar" data-testid="case-assist-similar-page">
          {t('caseAssist.similarPage')}
        </Button>
        <FactsSource facts={facts} />
      </Space>
      {similarAction.error ? <ApiErrorAlert error={similarAction.error} /> : null}
      {similar ? (
        <AiNotice
          model={similar.ai.modelId}
          modelVersion={similar.ai.modelVersion}
          modelSha256={similar.ai.modelSha256}
          confidence={similar.ai.confidence}
        />
      ) : null}
      {similar && similar.results.length === 0 ? <Alert type="info" showIcon title={t('caseAssist.similarNone')} /> : null}
      {similar?.results.map((hit, i) => (
        <SimilarResultCard key={hit.case.id} rank={i + 1} hit={hit} auditSeq={similar.ai.auditSeq} onCompare={() => setComparing(hit)} />
      ))}
      <CompareView queryText={similar?.queryText ?? ''} hit={comparing} onClose={() => setComparing(null)} />
    </Space>
  ) : (
    <AiDisabledNotice feature="similarCases" />
  );

  const assistTab = assistOn ? (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" loading={assistAction.running} onClick={() => void runAssist()} data-testid="case-assist-judgment-run">
          {t('caseAssist.assistRun')}
        </Button>
        <Button href="#/deviation" data-testid="case-assist-deviation-page">
          {t('caseAssist.assistPage')}
        </Button>
        <FactsSource facts={facts} />
      </Space>
      {assistAction.error ? <ApiErrorAlert error={assistAction.error} /> : null}
      {assist && facts ? <AssistResults key={assist.ai.auditSeq} facts={facts.text} value={assist} /> : null}
    </Space>
  ) : (
    <AiDisabledNotice feature="deviationWarning" />
  );

  const tabs = [{ key: 'similar', label: t('caseAssist.similarTab'), children: similarTab }];
  if (isCriminal(value)) tabs.push({ key: 'assist', label: t('caseAssist.assistTab'), children: assistTab });
  return (
    <Card size="small" title={t('caseAssist.title')} style={{ marginTop: 16 }} data-testid="case-assist-panel">
      <Tabs size="small" items={tabs} />
    </Card>
  );
}
