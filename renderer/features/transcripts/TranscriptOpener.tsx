import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Form, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
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
import { clockTime } from './editor-keys';
import { headerFromCase } from './header-from-case';

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
    const doc = await creation.run(() => invoke(transcriptsCreate, { caseId: caseId || header.caseNumber, procedure: values.procedure, header, disputeFocuses }));
    if (doc) onOpen(doc.id);
  };

  const items = list && list.forCase === caseId ? list.items : [];
  const personList = (name: 'panel' | 'attendees', label: string, testId: string) => (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={4} data-testid={testId}>
            {fields.map((field) => (
              <Space.Compact key={field.key} style={{ width: '100%' }}>
                <Form.Item name={[field.name, 'role']} noStyle rules={[{ required: true, message: t('transcripts.role') }]}>
                  <Input style={{ width: '45%' }} placeholder={t('transcripts.role')} />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} noStyle>
                  <Input style={{ width: '45%' }} placeholder={t('transcripts.name')} data-testid={`${testId}-name`} />
                </Form.Item>
                <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
              </Space.Compact>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ role: '', name: '' })}>
              {t('transcripts.addPerson')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );

  return (
    <>
      <PageHeader title={t('transcripts.title')} />
      <Row gutter={24}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('transcripts.existing')}>
            {currentCase ? (
              <Typography.Paragraph>
                {t('transcripts.case')}：<Typography.Text strong>{currentCase.caseNumber}</Typography.Text>
              </Typography.Paragraph>
            ) : (
              <>
                <Input
                  data-testid="transcript-case-input"
                  value={typedCase}
                  placeholder={t('transcripts.casePlaceholder')}
                  onChange={(e) => {
                    setTypedCase(e.target.value);
                    form.setFieldValue('caseNumber', e.target.value);
                  }}
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('transcripts.caseHint')}
                </Typography.Paragraph>
              </>
            )}
            {listError ? <ApiErrorAlert error={listError} /> : null}
            {items.length ? (
              <List
                data-testid="transcript-list"
                dataSource={items}
                renderItem={(item) => (
                  <List.Item
                    actions={[
                      <Button key="open" type="link" onClick={() => onOpen(item.id)} data-testid="transcript-open">
                        {t('transcripts.open')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <Space>
                          {item.caseNumber}
                          <Tag color={item.status === 'locked' ? 'default' : 'processing'}>{t(`transcripts.status.${item.status}`)}</Tag>
                        </Space>
                      }
                      description={`${item.createdAt.slice(0, 10)} ${clockTime(item.createdAt)} · ${t('transcripts.turns', { count: item.turnCount })}`}
                    />
                  </List.Item>
                )}
              />
            ) : caseId ? (
              <Empty description={t('transcripts.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('transcripts.new')}>
            {record ? (
              <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="transcript-from-case" title={t('transcripts.fromCase', { caseNumber: record.caseNumber })} />
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
                <Col span={12}>{personList('panel', t('transcripts.panel'), 'transcript-panel')}</Col>
                <Col span={12}>{personList('attendees', t('transcripts.attendees'), 'transcript-attendees')}</Col>
                <Col span={24}>
                  <Form.Item label={t('transcripts.focuses')} extra={t('transcripts.focusesHelp')}>
                    <Form.List name="disputeFocuses">
                      {(fields, { add, remove }) => (
                        <Space orientation="vertical" style={{ width: '100%' }} size={4} data-testid="transcript-focuses">
                          {fields.map((field, i) => (
                            <Space.Compact key={field.key} style={{ width: '100%' }}>
                              <Input disabled style={{ width: 44, textAlign: 'center' }} value={String(i + 1)} aria-label="序号" />
                              <Form.Item name={[field.name, 'text']} noStyle>
                                <Input placeholder={t('transcripts.focusPlaceholder')} data-testid="transcript-focus" />
                              </Form.Item>
                              <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
                            </Space.Compact>
                          ))}
                          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ text: '' })} data-testid="transcript-focus-add">
                            {t('transcripts.addFocus')}
                          </Button>
                        </Space>
                      )}
                    </Form.List>
                  </Form.Item>
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
