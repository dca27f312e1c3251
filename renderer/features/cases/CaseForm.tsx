import { DeleteOutlined, FileSearchOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Case, CauseCatalogue } from '../../../shared/contract/channels/cases';
import { casesCauses, casesCreate, casesUpdate, partyKinds, partyRoles } from '../../../shared/contract/channels/cases';
import { procedureInfo, procedures } from '../../../shared/domain/case-procedures';
import type { Procedure } from '../../../shared/domain/case-procedures';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedGuard } from '../../components/useUnsavedGuard';
import { useT } from '../../i18n';
import { applyProposals } from './backfill-apply';
import { BackfillDrawer } from './BackfillDrawer';
import type { CaseDraft, PartyDraft } from './case-form-model';
import { catalogueFor, causeNames, draftFromCase, emptyDraft, emptyParty, looksLikeEntity, sameDraft, validateDraft } from './case-form-model';
import { DateField } from '../../components/DateField';

interface Props {
  /** The case being edited; absent for a new one. */
  editing?: Case;
  onSaved: (saved: Case) => void;
  onCancel: () => void;
}

/** A name like 某某有限公司 typed for a party still marked 自然人 is almost surely a 法人. */
function withKindGuess(party: PartyDraft, patch: Partial<PartyDraft>): PartyDraft {
  const next = { ...party, ...patch };
  if (patch.name !== undefined && party.kind === 'person' && !party.idNumber && looksLikeEntity(patch.name)) next.kind = 'legal_person';
  return next;
}

/** 新建 / 编辑案件: errors from the contract's own schema on each field; Ctrl+S saves, Esc cancels. */
export function CaseForm({ editing, onSaved, onCancel }: Props) {
  const t = useT();
  const initial = useMemo(() => (editing ? draftFromCase(editing) : emptyDraft()), [editing]);
  const [draft, setDraft] = useState<CaseDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);
  const { running: saving, error: serverError, run } = useAction();
  const causes = useInvoke(casesCauses, {});
  const [backfillOpen, setBackfillOpen] = useState(false);
  const dirty = !sameDraft(draft, initial);

  const update = (patch: Partial<CaseDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // After the first save attempt, errors follow the user's typing so fixed fields clear at once.
    if (attempted) setErrors(validateDraft(next).errors);
  };

  const save = useCallback(async () => {
    setAttempted(true);
    const { errors: found, input } = validateDraft(draft);
    setErrors(found);
    if (!input) return;
    const saved = await run(() =>
      editing ? invoke(casesUpdate, { id: editing.id, expectedVersion: editing.version, case: input }) : invoke(casesCreate, input),
    );
    if (saved) onSaved(saved);
  }, [draft, editing, onSaved, run]);

  const { confirmLeave } = useUnsavedGuard(dirty, 'case');
  const cancel = useCallback(() => confirmLeave(onCancel), [confirmLeave, onCancel]);

  const keys = useRef({ save, cancel });
  useEffect(() => {
    keys.current = { save, cancel };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void keys.current.save();
      } else if (e.key === 'Escape' && !document.querySelector('.ant-modal-wrap, .ant-select-dropdown:not(.ant-select-dropdown-hidden)')) {
        keys.current.cancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const catalogue: CauseCatalogue | null = catalogueFor(draft.caseNumber, draft.procedure, causes.data);
  const names = useMemo(() => causeNames(catalogue), [catalogue]);
  const causeOptions = useMemo(() => {
    const typed = draft.causeOfAction.trim();
    const matches = typed ? names.filter((n) => n.includes(typed)) : names;
    return matches.slice(0, 50).map((n) => ({ value: n }));
  }, [names, draft.causeOfAction]);
  const causeWarning =
    draft.causeOfAction.trim() && names.length && !names.includes(draft.causeOfAction.trim())
      ? t('cases.field.causeNotListed', { cause: draft.causeOfAction.trim() })
      : null;
  const defaultDays = draft.procedure ? procedureInfo[draft.procedure] : null;
  const errorCount = Object.keys(errors).length;

  const field = (path: string, label: string, control: ReactNode, extra?: ReactNode) => (
    <Form.Item
      label={label}
      validateStatus={errors[path] ? 'error' : undefined}
      help={errors[path] ? <span data-testid={`error-${path}`}>{errors[path]}</span> : extra}
    >
      {control}
    </Form.Item>
  );

  const setParty = (i: number, patch: Partial<PartyDraft>) =>
    update({ parties: draft.parties.map((p, j) => (j === i ? withKindGuess(p, patch) : p)) });
  const setClaim = (i: number, patch: Partial<CaseDraft['claims'][number]>) =>
    update({ claims: draft.claims.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const claimTotal = draft.claims.reduce((sum, c) => sum + (Number(c.amount) || 0), 0);

  return (
    <div data-testid="case-form" data-dirty={String(dirty)}>
      <PageHeader
        title={editing ? t('cases.formEdit', { caseNumber: editing.caseNumber }) : t('cases.formNew')}
        extra={
          <Space>
            <Typography.Text type="secondary">{t('cases.saveHint')}</Typography.Text>
            <Button icon={<FileSearchOutlined />} onClick={() => setBackfillOpen(true)} data-testid="case-backfill">
              {t('cases.backfillOpen')}
            </Button>
            <Button onClick={cancel} data-testid="case-cancel">
              {t('cases.cancel')}
            </Button>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="case-save">
              {t('cases.save')}
            </Button>
          </Space>
        }
      />
      {errorCount > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('cases.invalid', { count: errorCount })} data-testid="case-form-invalid" />
      ) : null}
      {serverError ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(serverError)} data-testid="case-form-server-error" />
      ) : null}
      <BackfillDrawer
        open={backfillOpen}
        {...(editing ? { caseId: editing.id } : {})}
        onClose={() => setBackfillOpen(false)}
        onApply={(proposals, selected) => {
          const { draft: next, applied } = applyProposals(draft, proposals, selected);
          update(next);
          return applied;
        }}
      />
      <Form layout="vertical" component="div">
        <Card title={t('cases.section.basic')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col span={8}>
              {field(
                'caseNumber',
                t('cases.field.caseNumber'),
                <Input
                  autoFocus
                  value={draft.caseNumber}
                  placeholder="（2024）京0105民初1234号"
                  onChange={(e) => update({ caseNumber: e.target.value })}
                  data-testid="case-field-caseNumber"
                />,
                t('cases.field.caseNumberHelp'),
              )}
            </Col>
            <Col span={8}>
              {field(
                'causeOfAction',
                t('cases.field.cause'),
                <AutoComplete
                  value={draft.causeOfAction}
                  options={causeOptions}
                  onChange={(value: string) => update({ causeOfAction: value })}
                  placeholder={catalogue?.title}
                  data-testid="case-field-cause"
                />,
                causeWarning ?? t('cases.field.causeHelp'),
              )}
            </Col>
            <Col span={8}>
              {field(
                'procedure',
                t('cases.field.procedure'),
                <Select
                  value={draft.procedure}
                  onChange={(procedure: Procedure) => update({ procedure })}
                  options={procedures.map((p) => ({ value: p, label: t(`cases.procedure.${p}`) }))}
                  data-testid="case-field-procedure"
                />,
              )}
            </Col>
            <Col span={12}>
              {field(
                'court',
                t('cases.field.court'),
                <Input value={draft.court} onChange={(e) => update({ court: e.target.value })} data-testid="case-field-court" />,
              )}
            </Col>
            <Col span={6}>
              {field(
                'status',
                t('cases.field.status'),
                <Select
                  value={draft.status}
                  onChange={(status: 'open' | 'closed') => update({ status })}
                  options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
                  data-testid="case-field-status"
                />,
              )}
            </Col>
          </Row>
        </Card>

        <Row gutter={16}>
          <Col span={12}>
            <Card title={t('cases.section.dates')} size="small" style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col span={12}>
                  {field('filedOn', t('cases.field.filedOn'), <DateField value={draft.filedOn} onChange={(filedOn) => update({ filedOn })} style={{ width: '100%' }} data-testid="case-field-filedOn" />)}
                </Col>
                <Col span={12}>
                  {field('hearingOn', t('cases.field.hearingOn'), <DateField value={draft.hearingOn} onChange={(hearingOn) => update({ hearingOn })} style={{ width: '100%' }} data-testid="case-field-hearingOn" />)}
                </Col>
                <Col span={12}>
                  {field(
                    'timeLimitDays',
                    t('cases.field.timeLimitDays'),
                    <Input
                      inputMode="numeric"
                      value={draft.timeLimitDays}
                      placeholder={defaultDays?.timeLimitDays ? String(defaultDays.timeLimitDays) : ''}
                      onChange={(e) => update({ timeLimitDays: e.target.value })}
                      data-testid="case-field-timeLimitDays"
                    />,
                    defaultDays?.timeLimitDays
                      ? t('cases.field.timeLimitDefault', { days: defaultDays.timeLimitDays, basis: defaultDays.basis })
                      : defaultDays?.basis,
                  )}
                </Col>
                <Col span={12}>
                  {field('closedOn', t('cases.field.closedOn'), <DateField value={draft.closedOn} onChange={(closedOn) => update({ closedOn })} style={{ width: '100%' }} data-testid="case-field-closedOn" />)}
                </Col>
              </Row>
            </Card>
          </Col>
          <Col span={12}>
            <Card title={t('cases.section.panel')} size="small" style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col span={12}>
                  {field('panel.presidingJudge', t('cases.field.presidingJudge'), <Input value={draft.presidingJudge} onChange={(e) => update({ presidingJudge: e.target.value })} data-testid="case-field-presidingJudge" />)}
                </Col>
                <Col span={12}>
                  {field('panel.clerk', t('cases.field.clerk'), <Input value={draft.clerk} onChange={(e) => update({ clerk: e.target.value })} data-testid="case-field-clerk" />)}
                </Col>
                <Col span={12}>
                  {field('panel.judges', t('cases.field.judges'), <Input value={draft.judges} onChange={(e) => update({ judges: e.target.value })} />, t('cases.field.namesHelp'))}
                </Col>
                <Col span={12}>
                  {field('panel.assessors', t('cases.field.assessors'), <Input value={draft.assessors} onChange={(e) => update({ assessors: e.target.value })} />, t('cases.field.namesHelp'))}
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>

        <Card
          title={t('cases.section.parties')}
          size="small"
          style={{ marginBottom: 16 }}
          extra={
            <Button size="small" icon={<PlusOutlined />} onClick={() => update({ parties: [...draft.parties, emptyParty('第三人')] })} data-testid="case-party-add">
              {t('cases.party.add')}
            </Button>
          }
        >
          {draft.parties.length === 0 ? <Typography.Text type="secondary">{t('cases.party.none')}</Typography.Text> : null}
          {draft.parties.map((p, i) => (
            <Row gutter={8} key={i} data-testid="case-party" align="top">
              <Col span={3}>
                {field(`parties.${i}.role`, i === 0 ? t('cases.party.role') : '', <Select value={p.role} onChange={(role: PartyDraft['role']) => setParty(i, { role })} options={partyRoles.map((r) => ({ value: r, label: r }))} />)}
              </Col>
              <Col span={4}>
                {field(`parties.${i}.name`, i === 0 ? t('cases.party.name') : '', <Input value={p.name} onChange={(e) => setParty(i, { name: e.target.value })} data-testid={`case-party-${i}-name`} />)}
              </Col>
              <Col span={3}>
                {field(`parties.${i}.kind`, i === 0 ? t('cases.party.kind') : '', <Select value={p.kind} onChange={(kind: PartyDraft['kind']) => setParty(i, { kind })} options={partyKinds.map((k) => ({ value: k, label: t(`cases.partyKind.${k}`) }))} />)}
              </Col>
              <Col span={4}>
                {field(`parties.${i}.idNumber`, i === 0 ? t('cases.party.idNumber') : '', <Input value={p.idNumber} onChange={(e) => setParty(i, { idNumber: e.target.value })} data-testid={`case-party-${i}-idNumber`} />)}
              </Col>
              <Col span={3}>
                {field(`parties.${i}.phone`, i === 0 ? t('cases.party.phone') : '', <Input value={p.phone} onChange={(e) => setParty(i, { phone: e.target.value })} />)}
              </Col>
              <Col span={4}>
                {field(`parties.${i}.address`, i === 0 ? t('cases.party.address') : '', <Input value={p.address} onChange={(e) => setParty(i, { address: e.target.value })} />)}
              </Col>
              <Col span={2}>
                {field(`parties.${i}.agent`, i === 0 ? t('cases.party.agent') : '', <Input value={p.agent} onChange={(e) => setParty(i, { agent: e.target.value })} />)}
              </Col>
              <Col span={1} style={{ paddingTop: i === 0 ? 30 : 0 }}>
                <Button type="text" danger aria-label={t('cases.delete')} icon={<DeleteOutlined />} onClick={() => update({ parties: draft.parties.filter((_, j) => j !== i) })} />
              </Col>
            </Row>
          ))}
        </Card>

        <Card
          title={t('cases.section.claims')}
          size="small"
          extra={
            <Button size="small" icon={<PlusOutlined />} onClick={() => update({ claims: [...draft.claims, { text: '', amount: '' }] })} data-testid="case-claim-add">
              {t('cases.claim.add')}
            </Button>
          }
        >
          {draft.claims.length === 0 ? <Typography.Text type="secondary">{t('cases.claim.none')}</Typography.Text> : null}
          {draft.claims.map((c, i) => (
            <Row gutter={8} key={i} data-testid="case-claim" align="top">
              <Col span={17}>
                {field(`claims.${i}.text`, i === 0 ? t('cases.claim.text') : '', <Input.TextArea autoSize value={c.text} onChange={(e) => setClaim(i, { text: e.target.value })} data-testid={`case-claim-${i}-text`} />)}
              </Col>
              <Col span={6}>
                {field(`claims.${i}.amount`, i === 0 ? t('cases.claim.amount') : '', <Input inputMode="decimal" value={c.amount} onChange={(e) => setClaim(i, { amount: e.target.value })} data-testid={`case-claim-${i}-amount`} />)}
              </Col>
              <Col span={1} style={{ paddingTop: i === 0 ? 30 : 0 }}>
                <Button type="text" danger aria-label={t('cases.delete')} icon={<DeleteOutlined />} onClick={() => update({ claims: draft.claims.filter((_, j) => j !== i) })} />
              </Col>
            </Row>
          ))}
          {claimTotal > 0 ? (
            <Typography.Text type="secondary">{t('cases.claim.total', { amount: claimTotal.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}</Typography.Text>
          ) : null}
        </Card>
      </Form>
    </div>
  );
}
