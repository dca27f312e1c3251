import { Alert, Button, Checkbox, Drawer, Empty, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import type { SourceSpan } from '../../../shared/contract/channels/backfill';
import { backfillPropose } from '../../../shared/contract/channels/backfill';
import type { PartyKind } from '../../../shared/contract/channels/cases';
import { auditRecordDecision } from '../../../shared/contract/channels/audit';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { allKeys, claimKey, dateKey, defaultSelection, partyKey } from './backfill-apply';

type Proposed = ResponseOf<typeof backfillPropose>;

/** The value's place in its document, highlighted, so the user checks it against the source. */
function Source({ source }: { source: SourceSpan }) {
  const { context, contextStart, contextEnd } = source;
  return (
    <div style={{ fontSize: 12, color: '#666' }} data-testid="backfill-source">
      {source.fileName}：…{context.slice(0, contextStart)}
      <mark data-testid="backfill-highlight">{context.slice(contextStart, contextEnd)}</mark>
      {context.slice(contextEnd)}…
    </div>
  );
}

interface Props {
  open: boolean;
  /** The case being edited: read its dossier. Absent for a new case: the user pastes the complaint. */
  caseId?: string;
  onClose: () => void;
  /** Applies the ticked values to the form (not saved); returns how many were applied. */
  onApply: (proposed: Proposed['proposals'], selected: Set<string>) => number;
}

/** 案件信息回填: the proposals with their sources; the user ticks what goes into the form. */
export function BackfillDrawer({ open, caseId, onClose, onApply }: Props) {
  const t = useT();
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<Proposed | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [decided, setDecided] = useState(false);
  const { running, error, run } = useAction();

  const propose = async (request: Parameters<typeof invoke<typeof backfillPropose>>[1]) => {
    const value = await run(() => invoke(backfillPropose, request));
    if (value) {
      setResult(value);
      setSelected(defaultSelection(value.proposals));
      setDecided(false);
    }
  };

  const record = (decision: 'accepted' | 'edited' | 'rejected', note: string) => {
    if (!result || decided) return;
    setDecided(true);
    void invoke(auditRecordDecision, { outputSeq: result.ai.auditSeq, decision, note }).catch(() => undefined);
  };

  const apply = (keys: Set<string>) => {
    if (!result) return;
    const applied = onApply(result.proposals, keys);
    const total = allKeys(result.proposals).size;
    // Audit notes stay Chinese whatever the UI language: the audit trail is read in Chinese.
    record(applied >= total ? 'accepted' : 'edited', `回填采纳 ${applied}/${total} 项（未保存，待用户在表单中保存）`);
    onClose();
  };

  const close = () => {
    if (result && !decided) record('rejected', '关闭回填，未采纳');
    onClose();
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };

  const row = (key: string | null, label: string, value: string, source: SourceSpan, problem: string | null) => (
    <div key={key ?? label} style={{ marginBottom: 6 }} data-testid={key ? `backfill-${key}` : undefined}>
      <Space align="start">
        {key ? (
          <Checkbox checked={selected.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
        ) : (
          <span style={{ width: 16, display: 'inline-block' }} />
        )}
        <div>
          <Typography.Text type="secondary">{label}：</Typography.Text>
          <Typography.Text strong>{value}</Typography.Text>
          {problem ? (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {problem}
            </Tag>
          ) : null}
          {!key ? <Tag style={{ marginInlineStart: 6 }}>{t('backfill.notInForm')}</Tag> : null}
          <Source source={source} />
        </div>
      </Space>
    </div>
  );

  const p = result?.proposals;
  return (
    <Drawer
      title={t('backfill.title')}
      open={open}
      onClose={close}
      // Reading the dossier starts when the drawer opens (an event, so no effect sets state).
      afterOpenChange={(visible) => {
        if (visible && caseId && !result && !running) void propose({ caseId });
      }}
      size="large"
      data-testid="backfill-drawer"
      extra={
        result ? (
          <Space>
            <Button onClick={() => apply(selected)} data-testid="backfill-apply-selected">
              {t('backfill.applySelected', { count: selected.size })}
            </Button>
            <Button type="primary" onClick={() => apply(allKeys(result.proposals))} data-testid="backfill-apply-all">
              {t('backfill.applyAll')}
            </Button>
          </Space>
        ) : null
      }
    >
      {!caseId ? (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Input.TextArea
            rows={6}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder={t('backfill.paste')}
            data-testid="backfill-paste"
          />
          <Button
            loading={running}
            disabled={!pasted.trim()}
            onClick={() => void propose({ documents: [{ id: 'pasted', fileName: '粘贴的文书', category: null, text: pasted }] })}
            data-testid="backfill-read"
          >
            {t('backfill.read')}
          </Button>
        </Space>
      ) : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {running && !result ? <Spin /> : null}
      {result && p ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('backfill.notice')}
            description={p.read.map((r) => `${r.fileName}：${r.reason}`).join('；')}
          />
          <AiNotice
            model={result.ai.modelId}
            modelVersion={result.ai.modelVersion}
            modelSha256={result.ai.modelSha256}
            confidence={result.ai.confidence}
          />
          {p.parties.length === 0 && p.claims.length === 0 ? <Empty description={t('backfill.empty')} /> : null}
          {p.parties.map((party, i) => (
            <div key={i} style={{ border: '1px solid #eee', borderRadius: 6, padding: 8, margin: '12px 0' }} data-testid="backfill-party">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {party.role.value}：{party.name.value}
              </Typography.Title>
              {(['role', 'name', 'kind', 'idNumber', 'phone', 'address', 'agent'] as const).map((f) => {
                const v = party[f];
                if (!v) return null;
                const shown = f === 'kind' ? t(`cases.partyKind.${v.value as PartyKind}`) : String(v.value);
                return row(partyKey(i, f), t(`backfill.field.${f}`), shown, v.source, v.problem);
              })}
              {party.gender ? row(null, t('backfill.field.gender'), party.gender.value, party.gender.source, null) : null}
              {party.birthDate ? row(null, t('backfill.field.birthDate'), party.birthDate.value, party.birthDate.source, null) : null}
            </div>
          ))}
          {p.claims.length ? <Typography.Title level={5}>{t('backfill.claims')}</Typography.Title> : null}
          {p.claims.map((c, i) =>
            row(
              claimKey(i),
              `${t('backfill.claim', { n: i + 1 })}${c.amount ? t('backfill.claimAmount', { amount: c.amount.value.toLocaleString('zh-CN') }) : ''}`,
              c.text.value,
              c.text.source,
              null,
            ),
          )}
          {p.dates.map((d, i) =>
            row(d.field === 'filedOn' ? dateKey(i) : null, t(`backfill.field.${d.field}`), d.value.value, d.value.source, null),
          )}
        </>
      ) : null}
    </Drawer>
  );
}
