import { Button, Card, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { casesGet } from '../../../shared/contract/channels/cases';
import { draftingCreate, draftingList, draftingTemplates, type DocumentType } from '../../../shared/contract/channels/drafting';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';

interface CreateForm {
  caseRef: string;
  type: DocumentType;
  date?: Dayjs;
}

/** Picks the case (the header case, or a typed 案号) and the document type; lists earlier drafts. */
export function DraftOpener({ onOpen }: { onOpen: (id: string) => void }) {
  const { currentCase } = useAppState();
  const [form] = Form.useForm<CreateForm>();
  const [caseRef, setCaseRef] = useState(currentCase?.caseNumber ?? '');
  const templates = useInvoke(draftingTemplates, {});
  const drafts = useInvoke(draftingList, {}, 'all');
  const action = useAction();

  const create = async (values: CreateForm) => {
    const draft = await action.run(async () => {
      const ref = values.caseRef.trim();
      const found = await invoke(casesGet, { id: ref }).catch(() => invoke(casesGet, { caseNumber: ref }));
      return invoke(draftingCreate, { caseId: found.id, type: values.type, ...(values.date ? { date: values.date.format('YYYY-MM-DD') } : {}) });
    });
    if (draft) onOpen(draft.id);
  };

  const ref = caseRef.trim();
  const items = (drafts.data?.items ?? []).filter((d) => !ref || d.caseNumber.includes(ref.replace(/\(/g, '（').replace(/\)/g, '）')) || d.caseId === ref);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title="文书起草" />
      <Card title="新建文书草稿">
        <Form
          form={form}
          layout="inline"
          initialValues={{ caseRef: currentCase?.caseNumber ?? '', type: 'civil-judgment' }}
          onFinish={create}
          onValuesChange={(changed: Partial<CreateForm>) => changed.caseRef !== undefined && setCaseRef(changed.caseRef)}
        >
          <Form.Item name="caseRef" label="案件" rules={[{ required: true, message: '请输入案号或选择案件' }]}>
            <Input placeholder="案号，如（2026）京0108民初123号" style={{ width: 300 }} data-testid="draft-case" />
          </Form.Item>
          <Form.Item name="type" label="文书类型">
            <Select
              style={{ width: 220 }}
              data-testid="draft-type"
              options={(templates.data?.templates ?? []).map((t) => ({ value: t.id, label: `${t.name}（${t.variant}）` }))}
            />
          </Form.Item>
          <Form.Item name="date" label="落款日期">
            <DatePicker placeholder="默认今天" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={action.running} data-testid="draft-create">
            起草
          </Button>
        </Form>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          草稿按文书样式分部分生成：首部、当事人与落款取自案件信息，〔 〕处需法官填写。
        </Typography.Paragraph>
      </Card>
      <Card title="已有草稿">
        {drafts.error ? <ApiErrorAlert error={drafts.error} onRetry={drafts.reload} /> : null}
        <List
          data-testid="draft-list"
          loading={drafts.loading}
          dataSource={items}
          locale={{ emptyText: '暂无草稿' }}
          renderItem={(d) => (
            <List.Item actions={[<Button key="open" onClick={() => onOpen(d.id)}>打开</Button>]}>
              <Space>
                <Tag color="blue">{d.typeName}</Tag>
                <Typography.Text>{d.caseNumber}</Typography.Text>
                <Typography.Text type="secondary">
                  第{d.version}版 · {d.updatedBy} · {new Date(d.updatedAt).toLocaleString('zh-CN')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
