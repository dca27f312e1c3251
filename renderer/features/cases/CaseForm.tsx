import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Case, CauseCatalogue } from '../../../shared/contract/channels/cases';
import { casesCauses, casesCreate, casesUpdate } from '../../../shared/contract/channels/cases';
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
import { fieldWithError } from './case-form-field';
import type { CaseDraft } from './case-form-model';
import { catalogueFor, causeNames, draftFromCase, emptyDraft, sameDraft, validateDraft } from './case-form-model';
import { CaseClaimsCard } from './CaseClaimsCard';
import { CasePartiesCard } from './CasePartiesCard';
import { DateField } from '../../components/DateField';

interface Props {
  /** The case being edited; absent for a new one. */
  editing?: Case;
  onSaved: (saved: Case) => void;
  onCancel: () => void;
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

  const field = fieldWithError(errors);

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
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.invalid', { count: errorCount })}
          data-testid="case-form-invalid"
        />
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
                  {field(
                    'filedOn',
                    t('cases.field.filedOn'),
                    <DateField
                      value={draft.filedOn}
                      onChange={(filedOn) => update({ filedOn })}
                      style={{ width: '100%' }}
                      data-testid="case-field-filedOn"
                    />,
                  )}
                </Col>
                <Col span={12}>
                  {field(
                    'hearingOn',
                    t('cases.field.hearingOn'),
                    <DateField
                      value={draft.hearingOn}
                      onChange={(hearingOn) => update({ hearingOn })}
                      style={{ width: '100%' }}
                      data-testid="case-field-hearingOn"
                    />,
                  )}
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
                  {field(
                    'closedOn',
                    t('cases.field.closedOn'),
                    <DateField
                      value={draft.closedOn}
                      onChange={(closedOn) => update({ closedOn })}
                      style={{ width: '100%' }}
                      data-testid="case-field-closedOn"
                    />,
                  )}
                </Col>
              </Row>
            </Card>
          </Col>
          <Col span={12}>
            <Card title={t('cases.section.panel')} size="small" style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col span={12}>
                  {field(
                    'panel.presidingJudge',
                    t('cases.field.presidingJudge'),
                    <Input
                      value={draft.presidingJudge}
                      onChange={(e) => update({ presidingJudge: e.target.value })}
                      data-testid="case-field-presidingJudge"
                    />,
                  )}
                </Col>
                <Col span={12}>
                  {field(
                    'panel.clerk',
                    t('cases.field.clerk'),
                    <Input value={draft.clerk} onChange={(e) => update({ clerk: e.target.value })} data-testid="case-field-clerk" />,
                  )}
                </Col>
                <Col span={12}>
                  {field(
                    'panel.judges',
                    t('cases.field.judges'),
                    <Input value={draft.judges} onChange={(e) => update({ judges: e.target.value })} />,
                    t('cases.field.namesHelp'),
                  )}
                </Col>
                <Col span={12}>
                  {field(
                    'panel.assessors',
                    t('cases.field.assessors'),
                    <Input value={draft.assessors} onChange={(e) => update({ assessors: e.target.value })} />,
                    t('cases.field.namesHelp'),
                  )}
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>

        <CasePartiesCard parties={draft.parties} field={field} onChange={(parties) => update({ parties })} />
        <CaseClaimsCard claims={draft.claims} field={field} onChange={(claims) => update({ claims })} />
      </Form>
    </div>
  );
}
