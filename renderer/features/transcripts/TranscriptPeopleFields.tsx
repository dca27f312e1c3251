import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useT } from '../../i18n';

/** 合议庭 or 到庭人员 in the new-transcript form: a role and a name a row; an empty name is someone absent. */
export function PersonListField({ name, label, testId }: { name: 'panel' | 'attendees'; label: string; testId: string }) {
  const t = useT();
  return (
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
                <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('transcripts.removeRow')} />
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
}

/** 争议焦点, numbered: the case record has none, so the clerk (or judge) lists them here. */
export function FocusListField() {
  const t = useT();
  return (
    <Form.Item label={t('transcripts.focuses')} extra={t('transcripts.focusesHelp')}>
      <Form.List name="disputeFocuses">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={4} data-testid="transcript-focuses">
            {fields.map((field, i) => (
              <Space.Compact key={field.key} style={{ width: '100%' }}>
                <Input
                  disabled
                  style={{ width: 44, textAlign: 'center' }}
                  value={String(i + 1)}
                  aria-label={t('transcripts.focusNumber')}
                />
                <Form.Item name={[field.name, 'text']} noStyle>
                  <Input placeholder={t('transcripts.focusPlaceholder')} data-testid="transcript-focus" />
                </Form.Item>
                <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('transcripts.removeRow')} />
              </Space.Compact>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ text: '' })} data-testid="transcript-focus-add">
              {t('transcripts.addFocus')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
