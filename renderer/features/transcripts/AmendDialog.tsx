import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { Turn } from '../../../shared/contract/channels/transcripts';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useT } from '../../i18n';

/** 更正: the corrected text and the reason; recorded beside the signed text, never replacing it. */
export function AmendDialog(props: {
  turn: Turn | null;
  current: string;
  onAmend: (after: string, reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ after: string; reason: string }>();
  const { running, error, run } = useAction();
  const submit = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is missing
    if (!values) return;
    const done = await run(async () => {
      await props.onAmend(values.after, values.reason.trim());
      return true;
    });
    if (done) props.onClose();
  };
  return (
    <Modal
      open={props.turn !== null}
      title={t('transcripts.amendTitle')}
      okText={t('transcripts.amendSubmit')}
      okButtonProps={{ loading: running, 'data-testid': 'transcript-amend-submit' }}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.turn ? (
        <Typography.Paragraph type="secondary">
          {props.turn.role} {props.turn.name}：{props.current}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ after: props.current, reason: '' }} preserve={false}>
        <Form.Item name="after" label={t('transcripts.amendAfter')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="transcript-amend-after" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('transcripts.amendReason')}
          rules={[{ required: true, whitespace: true, message: t('transcripts.amendReasonRequired') }]}
        >
          <Input data-testid="transcript-amend-reason" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
    </Modal>
  );
}
