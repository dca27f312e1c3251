import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { transcriptsPhrasesSet, type QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

/**
 * The clerk's own 常用语 / 缩写, saved to the workspace for this user. The first nine are also
 * Ctrl+Shift+1…9 in the editor.
 */
export function PhrasesDrawer(props: {
  open: boolean;
  phrases: readonly QuickPhrase[];
  isDefault: boolean;
  onClose: () => void;
  onSaved: (phrases: QuickPhrase[]) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ phrases: QuickPhrase[] }>();
  const save = useAction();

  useEffect(() => {
    if (props.open) form.setFieldsValue({ phrases: props.phrases.map((p) => ({ ...p })) });
  }, [props.open, props.phrases, form]);

  const submit = async (values: { phrases?: QuickPhrase[] }) => {
    const phrases = (values.phrases ?? []).map((p) => ({ abbreviation: (p.abbreviation ?? '').trim(), text: (p.text ?? '').trim() }));
    const reply = await save.run(() => invoke(transcriptsPhrasesSet, { phrases }));
    if (reply) {
      message.success(t('transcripts.phrases.saved', { count: reply.phrases.length }));
      props.onSaved(reply.phrases);
    }
  };

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={560}
      title={t('transcripts.phrases.title')}
      data-testid="transcript-phrases-drawer"
    >
      <Typography.Paragraph type="secondary">{t('transcripts.phrases.help')}</Typography.Paragraph>
      {props.isDefault ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('transcripts.phrases.starter')} /> : null}
      <Form form={form} onFinish={(v) => void submit(v)} data-testid="transcript-phrases-form">
        <Form.List name="phrases">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              {fields.map((field, i) => (
                <Space.Compact key={field.key} style={{ width: '100%' }}>
                  <Input disabled style={{ width: 44, textAlign: 'center' }} value={i < 9 ? String(i + 1) : ''} aria-label="Ctrl+Shift" />
                  <Form.Item name={[field.name, 'abbreviation']} noStyle>
                    <Input
                      style={{ width: 110 }}
                      placeholder={t('transcripts.phrases.abbreviation')}
                      data-testid="transcript-phrase-abbreviation"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} noStyle>
                    <Input placeholder={t('transcripts.phrases.text')} data-testid="transcript-phrase-text" />
                  </Form.Item>
                  <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('transcripts.phrases.remove')} />
                </Space.Compact>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ abbreviation: '', text: '' })}
                data-testid="transcript-phrase-add"
              >
                {t('transcripts.phrases.add')}
              </Button>
            </Space>
          )}
        </Form.List>
        {save.error ? <ApiErrorAlert error={save.error} /> : null}
        <Button type="primary" htmlType="submit" loading={save.running} style={{ marginTop: 12 }} data-testid="transcript-phrases-save">
          {t('transcripts.phrases.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
