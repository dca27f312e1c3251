import { Alert, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { casesGet, type Case } from '../../../shared/contract/channels/cases';
import {
  transcriptsCreate,
  transcriptsList,
  transcriptsTemplates,
  type TranscriptHeader,
  type TranscriptProcedure,
  type TranscriptSummary,
} from '../../../shared/contract/channels/transcripts';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { headerFromCase } from './header-from-case';
import { FocusListField, PersonListField } from './TranscriptPeopleFields';
import { TranscriptListCard } from './TranscriptListCard';

interface CreateForm {
  procedure: TranscriptProcedure;
  court: string;
  caseNumber: string;
  causeOfAction: string;
  startedAt: string;
  place: string;
  panel: Array<{ role: string; name?: string }>;
  clerk: string;
  attendees: Array<{ role: string; name?: string }>;
  /** 争议焦点: the case record has none, so the clerk (or judge) lists them here. */
  disputeFocuses?: Array<{ text?: string }>;
}

function nowText(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Lists a case's transcripts and starts a new one from a procedure template. */
export function TranscriptOpener({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const { currentCase } = useAppState();
  const [typedCase, setTypedCase] = useState(currentCase?.caseNumber ?? '');
  const caseId = currentCase?.caseId ?? typedCase.trim();
  const [list, setList] = useState<{ forCase: string; items: TranscriptSummary[] } | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const creation = useAction();
  const templates = useInvoke(transcriptsTemplates, {});
  const [form] = Form.useForm<CreateForm>();
  const [record, setRecord] = useState<Case | null>(null);

  // The header comes from the case record when a case is open (案件 page → header case).
  useEffect(() => {
    if (!currentCase) return;
    let live = true;
    invoke(casesGet, { id: currentCase.caseId }).then(
      (found) => live && setRecord(found),
      () => live && setRecord(null), // a typed or removed case: the clerk fills the header in
    );
    return () => {
      live = false;
    };
  }, [currentCase]);

  useEffect(() => {
    if (!caseId) return;
    let live = true;
    const timer = setTimeout(() => {
      invoke(transcriptsList, { caseId }).then(
        (reply) => live && (setList({ forCase: caseId, items: reply.transcripts }), setListError(null)),
        (error: unknown) => live && setListError(error),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [caseId]);

  const applyTemplate = (procedure: TranscriptProcedure) => {
    const template = templates.data?.templates.find((x) => x.id === procedure);
    if (!template) return;
    if (record) {
      form.setFieldsValue(headerFromCase(record, template));
      return;
    }
    form.setFieldsValue({
      panel: template.panelRoles.map((role) => ({ role, name: '' })),
      attendees: template.attendeeRoles.map((role) => ({ role, name: '' })),
    });
  };

  useEffect(() => {
    if (templates.data) applyTemplate((form.getFieldValue('procedure') as TranscriptProcedure | undefined) ?? 'civil-first-ordinary');
    // Runs once the templates or the case record arrive; applyTemplate only reads them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templates.data, record]);

  const create = async (values: CreateForm) => {
    // A role left without a name is someone not in the room: not listed, not a speaker.
    const people = (rows: CreateForm['panel']) =>
      rows.map((p) => ({ role: (p.role ?? '').trim(), name: (p.name ?? '').trim() })).filter((p) => p.role && p.name);
    const header: TranscriptHeader = {
      court: values.court.trim(),
      caseNumber: values.caseNumber.trim(),
      causeOfAction: values.causeOfAction.trim(),
      startedAt: values.startedAt.trim(),
      place: values.place.trim(),
      panel: people(values.panel ?? []),
      clerk: values.clerk.trim(),
      attendees: people(values.attendees ?? []),
    };
    const disputeFocuses = (values.disputeFocuses ?? []).map((f) => (f.text ?? '').trim()).filter(Boolean);
    const doc = await creation.run(() =>
      invoke(transcriptsCreate, { caseId: caseId || header.caseNumber, procedure: values.procedure, header, disputeFocuses }),
    );
    if (doc) onOpen(doc.id);
  };

  const items = list && list.forCase === caseId ? list.items : [];
  return (
    <>
      <PageHeader title={t('transcripts.title')} />
      <Row gutter={24}>
        <Col xs={24} xl={10}>
          <TranscriptListCard
            caseNumber={currentCase?.caseNumber ?? null}
            typedCase={typedCase}
            onTypedCase={(typed) => {
              setTypedCase(typed);
              form.setFieldValue('caseNumber', typed);
            }}
            items={caseId ? items : null}
            error={listError}
            onOpen={onOpen}
          />
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('transcripts.new')}>
            {record ? (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="transcript-from-case"
                title={t('transcripts.fromCase', { caseNumber: record.caseNumber })}
              />
            ) : null}
            {templates.error ? <ApiErrorAlert error={templates.error} onRetry={templates.reload} /> : null}
            <Form<CreateForm>
              form={form}
              layout="vertical"
              data-testid="transcript-create-form"
              initialValues={{
                procedure: 'civil-first-ordinary',
                caseNumber: currentCase?.caseNumber ?? '',
                causeOfAction: currentCase?.causeOfAction ?? '',
                startedAt: nowText(),
                court: '',
                place: '',
                clerk: '',
              }}
              onFinish={(values) => void create(values)}
            >
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="procedure" label={t('transcripts.template')}>
                    <Select
                      data-testid="transcript-template"
                      options={(templates.data?.templates ?? []).map((x) => ({ value: x.id, label: x.name }))}
                      onChange={(value: TranscriptProcedure) => applyTemplate(value)}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="court" label={t('transcripts.court')}>
                    <Input data-testid="transcript-court" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="caseNumber" label={t('transcripts.caseNumber')} rules={[{ required: true, whitespace: true }]}>
                    <Input data-testid="transcript-case-number" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="causeOfAction" label={t('transcripts.cause')}>
                    <Input data-testid="transcript-cause" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="startedAt" label={t('transcripts.startedAt')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="place" label={t('transcripts.place')}>
                    <Input data-testid="transcript-place" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="clerk" label={t('transcripts.clerk')}>
                    <Input data-testid="transcript-clerk" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <PersonListField name="panel" label={t('transcripts.panel')} testId="transcript-panel" />
                </Col>
                <Col span={12}>
                  <PersonListField name="attendees" label={t('transcripts.attendees')} testId="transcript-attendees" />
                </Col>
                <Col span={24}>
                  <FocusListField />
                </Col>
              </Row>
              {creation.error ? <ApiErrorAlert error={creation.error} /> : null}
              <Button type="primary" htmlType="submit" loading={creation.running} data-testid="transcript-create">
                {t('transcripts.create')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
