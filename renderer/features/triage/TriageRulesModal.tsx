import { Alert, Button, Col, Form, InputNumber, Modal, Row, Select, Space, Spin } from 'antd';
import type { TriageConfig } from '../../../shared/contract/channels/triage';
import { triageConfigGet, triageConfigSet } from '../../../shared/contract/channels/triage';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT, type Translate } from '../../i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const points = (t: Translate, label: string, name: (string | number)[]) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: t('triage.rules.required') }]}>
    <InputNumber min={0} max={50} style={{ width: '100%' }} />
  </Form.Item>
);

/** 繁简分流计分规则: the court administrator's settings; saving is refused (权限) for other roles and audited. */
export function TriageRulesModal({ open, onClose, onSaved }: Props) {
  const t = useT();
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
      title={t('triage.rules.title')}
      open={open}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('triage.cancel')}</Button>
          <Button type="primary" loading={running} onClick={() => void save()} data-testid="triage-rules-save">
            {t('triage.rules.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('triage.rules.notice')} />
      {error ? <ApiErrorAlert error={error} /> : null}
      {!current.data ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" initialValues={current.data} data-testid="triage-rules-form">
          <Row gutter={12}>
            <Col span={6}>{points(t, t('triage.rules.threshold'), ['threshold'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.partiesAbove'), ['parties', 'above'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.partiesPoints'), ['parties', 'points'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.partiesMax'), ['parties', 'maxPoints'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.counterclaim'), ['counterclaimPoints'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.contested'), ['contestedPoints'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.foreign'), ['foreignPoints'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.unknownWhereabouts'), ['unknownWhereaboutsPoints'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.evidenceAbove'), ['evidence', 'above'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.evidencePoints'), ['evidence', 'points'])}</Col>
            <Col span={6}>{points(t, t('triage.rules.cause'), ['causePoints'])}</Col>
          </Row>
          <Form.List name="claimAmount">
            {(fields) => (
              <Row gutter={12}>
                {fields.map((f, i) => (
                  <Col span={12} key={f.key}>
                    <Space>
                      <Form.Item label={t('triage.rules.amountTier', { tier: i + 1 })} name={[f.name, 'atLeast']}>
                        <InputNumber min={0} style={{ width: 180 }} />
                      </Form.Item>
                      <Form.Item label={t('triage.rules.amountPoints')} name={[f.name, 'points']}>
                        <InputNumber min={0} max={50} />
                      </Form.Item>
                    </Space>
                  </Col>
                ))}
              </Row>
            )}
          </Form.List>
          <Form.Item label={t('triage.rules.complexCauses')} name="complexCauses">
            <Select mode="tags" tokenSeparators={['，', ',', '、']} />
          </Form.Item>
          <Form.Item label={t('triage.rules.simpleCauses')} name="simpleCauses">
            <Select mode="tags" tokenSeparators={['，', ',', '、']} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
