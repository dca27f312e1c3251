import { Alert, Button, Card, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { auditRecordDecision } from '../../../shared/contract/channels/audit';
import { draftingSuggestCitations } from '../../../shared/contract/channels/drafting';
import type { ResponseOf } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

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
    <Card size="small" title="法律依据（AI辅助）" data-testid="draft-citations">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
          placeholder="可另输入引用，如《中华人民共和国民法典》第六百七十五条"
          data-testid="draft-citations-extra"
        />
        <Button onClick={suggest} loading={action.running} data-testid="draft-citations-suggest">
          生成法律依据
        </Button>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {result ? (
          <>
            <AiNotice model={result.ai.modelId} modelVersion={result.ai.modelVersion} modelSha256={result.ai.modelSha256} confidence={result.ai.confidence} />
            <List
              size="small"
              header="引用的条文（按今日有效版本）"
              dataSource={result.articles}
              renderItem={(a) => (
                <List.Item>
                  <Typography.Text type={a.text ? undefined : 'danger'}>
                    {a.citation}
                    {a.problems.length ? `：${a.problems.join('；')}` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
            {result.suggestions.length === 0 ? <Alert type="warning" showIcon title="没有可用的条文，请核对引用" /> : null}
            {result.suggestions.map((s) => (
              <Card key={s.sectionKey} size="small" type="inner" title={`建议：${sectionTitle(s.sectionKey)}`} data-testid={`draft-suggestion-${s.sectionKey}`}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto' }}>{s.text}</Typography.Paragraph>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  依据：{s.reason}
                </Typography.Paragraph>
                {decided[s.sectionKey] ? (
                  <Typography.Text type="secondary">{decided[s.sectionKey] === 'accepted' ? '已采纳（保存后生效）' : '未采纳'}</Typography.Text>
                ) : (
                  <Space>
                    <Button type="primary" size="small" onClick={() => decide(s.sectionKey, s.text, 'accepted')} data-testid="draft-suggestion-accept">
                      采纳
                    </Button>
                    <Button size="small" onClick={() => decide(s.sectionKey, s.text, 'rejected')}>
                      不采纳
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
