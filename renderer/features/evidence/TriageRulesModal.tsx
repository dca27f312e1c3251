import { Alert, Button, Col, Form, InputNumber, Modal, Row, Select, Space, Spin } from 'antd';
import type { TriageConfig } from '../../../shared/contract/channels/triage';
import { triageConfigGet, triageConfigSet } from '../../../shared/contract/channels/triage';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const points = (label: string, name: (string | number)[]) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: '请填写分值' }]}>
    <InputNumber min={0} max={50} style={{ width: '100%' }} />
  </Form.Item>
);

/** 繁简分流计分规则: the court administrator's settings; saving is refused (权限) for other roles and audited. */
export function TriageRulesModal({ open, onClose, onSaved }: Props) {
  const current = useInvoke(triageConfigGet, {}, String(open));
  const [form] = Form.useForm<TriageConfig>();
  const { running, error, run } = useAction();

  const save = async () => {
    const values = await form.validateFields();
    const saved = await run(() => invoke(triageConfigSet, { config: values }));
    if (saved) {
      onSaved();
      onClose();
    }
  };

  return (
    <Modal
      title="繁简分流计分规则（管理员）"
      open={open}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={running} onClick={() => void save()} data-testid="triage-rules-save">
            保存规则
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="规则由本院管理员设定，修改会记入审计日志；当事人的姓名、性别、民族、籍贯不参与计分。" />
      {error ? <ApiErrorAlert error={error} /> : null}
      {!current.data ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" initialValues={current.data} data-testid="triage-rules-form">
          <Row gutter={12}>
            <Col span={6}>{points('繁案门槛（总分≥）', ['threshold'])}</Col>
            <Col span={6}>{points('当事人超过（人）', ['parties', 'above'])}</Col>
            <Col span={6}>{points('每多1人加分', ['parties', 'points'])}</Col>
            <Col span={6}>{points('人数最多加分', ['parties', 'maxPoints'])}</Col>
            <Col span={6}>{points('反诉加分', ['counterclaimPoints'])}</Col>
            <Col span={6}>{points('事实争议加分', ['contestedPoints'])}</Col>
            <Col span={6}>{points('涉外因素加分', ['foreignPoints'])}</Col>
            <Col span={6}>{points('公告送达加分', ['unknownWhereaboutsPoints'])}</Col>
            <Col span={6}>{points('证据材料超过（份）', ['evidence', 'above'])}</Col>
            <Col span={6}>{points('证据多加分', ['evidence', 'points'])}</Col>
            <Col span={6}>{points('复杂案由加分', ['causePoints'])}</Col>
          </Row>
          <Form.List name="claimAmount">
            {(fields) => (
              <Row gutter={12}>
                {fields.map((f, i) => (
                  <Col span={12} key={f.key}>
                    <Space>
                      <Form.Item label={`标的额档次${i + 1}：满（元）`} name={[f.name, 'atLeast']}>
                        <InputNumber min={0} style={{ width: 180 }} />
                      </Form.Item>
                      <Form.Item label="加分" name={[f.name, 'points']}>
                        <InputNumber min={0} max={50} />
                      </Form.Item>
                    </Space>
                  </Col>
                ))}
              </Row>
            )}
          </Form.List>
          <Form.Item label="复杂案由" name="complexCauses">
            <Select mode="tags" tokenSeparators={['，', ',', '、']} />
          </Form.Item>
          <Form.Item label="常见简单案由" name="simpleCauses">
            <Select mode="tags" tokenSeparators={['，', ',', '、']} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
