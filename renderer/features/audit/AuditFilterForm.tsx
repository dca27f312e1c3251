import { Button, Form, Input, Select, Space } from 'antd';
import { audit } from '../../../shared/contract';
import { useT } from '../../i18n';
import { auditFeatureKey, auditFeatureOptions, type AuditFormValues } from './audit-filter';
import { DateField } from '../../components/DateField';

interface Props {
  onSearch: (values: AuditFormValues) => void;
}

export function AuditFilterForm({ onSearch }: Props) {
  const t = useT();
  const [form] = Form.useForm<AuditFormValues>();

  const featureOptions = auditFeatureOptions.map((value) => {
    const key = auditFeatureKey(value);
    return { value, label: key ? t(key) : value };
  });
  const kindOptions = audit.auditKinds.map((value) => ({ value, label: t(`kind.${value}`) }));

  return (
    <Form form={form} layout="inline" data-testid="audit-filter" onFinish={onSearch} style={{ rowGap: 12 }}>
      <Form.Item name="caseId" label={t('audit.caseId')}>
        <Input allowClear data-testid="audit-filter-case" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="feature" label={t('audit.feature')}>
        <Select
          allowClear
          data-testid="audit-filter-feature"
          placeholder={t('audit.any')}
          options={featureOptions}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input allowClear data-testid="audit-filter-actor" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="kind" label={t('audit.kind')}>
        <Select allowClear data-testid="audit-filter-kind" placeholder={t('audit.any')} options={kindOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="from" label={t('audit.from')}>
        <DateField data-testid="audit-filter-from" />
      </Form.Item>
      <Form.Item name="to" label={t('audit.to')}>
        <DateField data-testid="audit-filter-to" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            {t('audit.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t('audit.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
