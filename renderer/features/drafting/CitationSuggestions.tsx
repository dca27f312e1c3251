import { Alert, Button, Card, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { auditRecordDecision } from '../../../shared/contract/channels/audit';
import { draftingSuggestCitations } from '../../../shared/contract/channels/drafting';
import type { ResponseOf } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

type Suggestion = ResponseOf<typeof draftingSuggestCitations>;

interface Props {
  draftId: string;
  /** Saves pending edits first: the suggestion reads 本院认为 as stored. */
  beforeSuggest: () => Promise<boolean>;
  sectionTitle: (key: string) => string;
  onApply: (key: string, text: string) => void;
}

/**
 * 法律依据: the articles cited in 本院认为 resolved against the statute store, offered as the 主文
 * lead and the appendix with exact text. Each suggestion is taken or refused by the judge, and
 * that decision goes to the audit trail with the output's seq.
 */
export function CitationSuggestions({ draftId, beforeSuggest, sectionTitle, onApply }: Props) {
  const t = useT();
  const [extra, setExtra] = useState('');
  const [result, setResult] = useState<Suggestion | null>(null);
  const [decided, setDecided] = useState<Record<string, 'accepted' | 'rejected'>>({});
  const action = useAction();

  const suggest = async () => {
    if (!(await beforeSuggest())) return;
    const value = await action.run(() => invoke(draftingSuggestCitations, { id: draftId, citations: extra.trim() ? [extra.trim()] : [] }));
    if (value) {
      setResult(value);
      setDecided({});
    }
  };
  const decide = async (key: string, text: string, decision: 'accepted' | 'rejected') => {
    if (!result) return;
    if (decision === 'accepted') onApply(key, text);
    setDecided((d) => ({ ...d, [key]: decision }));
    await invoke(auditRecordDecision, { outputSeq: result.ai.auditSeq, decision, note: sectionTitle(key) }).catch(() => undefined);
  };

  return (
    <Card size="small" title={t('drafting.citations.title')} data-testid="draft-citations">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
          placeholder={t('drafting.citations.extra')}
          data-testid="draft-citations-extra"
        />
        <Button onClick={suggest} loading={action.running} data-testid="draft-citations-suggest">
          {t('drafting.citations.suggest')}
        </Button>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {result ? (
          <>
            <AiNotice
              model={result.ai.modelId}
              modelVersion={result.ai.modelVersion}
              modelSha256={result.ai.modelSha256}
              confidence={result.ai.confidence}
            />
            <List
              size="small"
              header={t('drafting.citations.cited')}
              dataSource={result.articles}
              renderItem={(a) => (
                <List.Item>
                  <Typography.Text type={a.text ? undefined : 'danger'}>
                    {a.problems.length
                      ? t('drafting.citations.problems', { citation: a.citation, problems: a.problems.join('；') })
                      : a.citation}
                  </Typography.Text>
                </List.Item>
              )}
            />
            {result.suggestions.length === 0 ? <Alert type="warning" showIcon title={t('drafting.citations.none')} /> : null}
            {result.suggestions.map((s) => (
              <Card
                key={s.sectionKey}
                size="small"
                type="inner"
                title={t('drafting.citations.suggestion', { section: sectionTitle(s.sectionKey) })}
                data-testid={`draft-suggestion-${s.sectionKey}`}
              >
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto' }}>{s.text}</Typography.Paragraph>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {t('drafting.citations.reason', { reason: s.reason })}
                </Typography.Paragraph>
                {decided[s.sectionKey] ? (
                  <Typography.Text type="secondary">
                    {t(decided[s.sectionKey] === 'accepted' ? 'drafting.citations.accepted' : 'drafting.citations.rejected')}
                  </Typography.Text>
                ) : (
                  <Space>
                    <Button
                      type="primary"
                      size="small"
                      onClick={() => decide(s.sectionKey, s.text, 'accepted')}
                      data-testid="draft-suggestion-accept"
                    >
                      {t('drafting.citations.accept')}
                    </Button>
                    <Button size="small" onClick={() => decide(s.sectionKey, s.text, 'rejected')}>
                      {t('drafting.citations.reject')}
                    </Button>
                  </Space>
                )}
              </Card>
            ))}
          </>
        ) : null}
      </Space>
    </Card>
  );
}
