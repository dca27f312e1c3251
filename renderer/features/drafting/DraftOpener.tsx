import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { casesGet } from '../../../shared/contract/channels/cases';
import { draftingCreate, draftingList, draftingTemplates, type DocumentType } from '../../../shared/contract/channels/drafting';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';

interface CreateForm {
  caseRef: string;
  type: DocumentType;
  /** YYYY-MM-DD, or '' for today */
  date?: string;
}

/** Picks the case (the header case, or a typed 案号) and the document type; lists earlier drafts. */
export function DraftOpener({ onOpen }: { onOpen: (id: string) => void }) {
  const { currentCase } = useAppState();
  const { t, locale } = useI18n();
  const [form] = Form.useForm<CreateForm>();
  const [caseRef, setCaseRef] = useState(currentCase?.caseNumber ?? '');
  const templates = useInvoke(draftingTemplates, {});
  const drafts = useInvoke(draftingList, {}, 'all');
  const action = useAction();

  const create = async (values: CreateForm) => {
    const draft = await action.run(async () => {
      const ref = values.caseRef.trim();
      const found = await invoke(casesGet, { id: ref }).catch(() => invoke(casesGet, { caseNumber: ref }));
      return invoke(draftingCreate, { caseId: found.id, type: values.type, ...(values.date ? { date: values.date } : {}) });
    });
    if (draft) onOpen(draft.id);
  };

  const ref = caseRef.trim();
  const items = (drafts.data?.items ?? []).filter(
    (d) => !ref || d.caseNumber.includes(ref.replace(/\(/g, '（').replace(/\)/g, '）')) || d.caseId === ref,
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title={t('drafting.title')} />
      <Card title={t('drafting.new')}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ caseRef: currentCase?.caseNumber ?? '', type: 'civil-judgment' }}
          onFinish={create}
          onValuesChange={(changed: Partial<CreateForm>) => changed.caseRef !== undefined && setCaseRef(changed.caseRef)}
        >
          <Form.Item name="caseRef" label={t('drafting.case')} rules={[{ required: true, message: t('drafting.caseRequired') }]}>
            <Input placeholder={t('drafting.casePlaceholder')} style={{ width: 300 }} data-testid="draft-case" />
          </Form.Item>
          <Form.Item name="type" label={t('drafting.type')}>
            <Select
              style={{ width: 220 }}
              data-testid="draft-type"
              options={(templates.data?.templates ?? []).map((tpl) => ({
                value: tpl.id,
                label: t('drafting.typeOption', { name: tpl.name, variant: tpl.variant }),
              }))}
            />
          </Form.Item>
          <Form.Item name="date" label={t('drafting.date')}>
            <DateField placeholder={t('drafting.dateDefault')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={action.running} data-testid="draft-create">
            {t('drafting.create')}
          </Button>
        </Form>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('drafting.howItWorks')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('drafting.existing')}>
        {drafts.error ? <ApiErrorAlert error={drafts.error} onRetry={drafts.reload} /> : null}
        <List
          data-testid="draft-list"
          loading={drafts.loading}
          dataSource={items}
          locale={{ emptyText: t('drafting.none') }}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="open" onClick={() => onOpen(d.id)}>
                  {t('drafting.open')}
                </Button>,
              ]}
            >
              <Space>
                <Tag color="blue">{d.typeName}</Tag>
                <Typography.Text>{d.caseNumber}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('drafting.versionBy', { version: d.version, user: d.updatedBy, at: new Date(d.updatedAt).toLocaleString(locale) })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
