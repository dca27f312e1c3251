import { Alert, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography, Button } from 'antd';
import { useState } from 'react';
import { isAiFeatureEnabled, judgment } from '../../../shared/contract';
import { termKinds } from '../../../shared/contract/channels/judgment';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { AssistResults } from './AssistResults';
import type { AssistResult } from './assist-result';

interface FormValues {
  facts: string;
  names?: string[];
  /** YYYY-MM-DD, or '' */
  caseDate?: string;
  charges?: string[];
  termKind: (typeof termKinds)[number];
  termMonths?: number | null;
}

/**
 * 裁判辅助 · 偏离预警: the facts in, the model's estimate out with the passages that drove it; the
 * judge's intended sentence, when given, is compared with the estimate. Ctrl+Enter analyses.
 */
export function JudgmentPage() {
  const t = useT();
  const { aiSwitches, currentCase } = useAppState();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'deviationWarning') : false;
  const [form] = Form.useForm<FormValues>();
  const [result, setResult] = useState<{ facts: string; value: AssistResult } | null>(null);
  const { running, error, run } = useAction();

  const analyse = async (values: FormValues) => {
    const proposed =
      (values.charges?.length ?? 0) > 0 || values.termMonths != null || values.termKind !== 'fixed'
        ? {
            charges: values.charges ?? [],
            termKind: values.termKind,
            ...(values.termMonths != null ? { termMonths: values.termMonths } : {}),
          }
        : undefined;
    const request = {
      facts: values.facts,
      names: values.names ?? [],
      ...(values.caseDate ? { caseDate: values.caseDate } : {}),
      ...(currentCase ? { caseId: currentCase.caseId } : {}),
      ...(proposed ? { proposed } : {}),
    };
    const value = await run(() => invoke(judgment.judgmentAssist, request));
    if (value) setResult({ facts: values.facts, value });
  };

  if (!enabled) {
    return (
      <div data-testid="deviation-page">
        <PageHeader title={t('judgment.title')} />
        <AiDisabledNotice feature="deviationWarning" />
      </div>
    );
  }

  return (
    <div data-testid="deviation-page">
      <PageHeader title={t('judgment.title')} />
      <Typography.Paragraph type="secondary">{t('judgment.intro')}</Typography.Paragraph>
      <Row gutter={24} wrap={false}>
        <Col flex="1 1 45%" style={{ minWidth: 0 }}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ termKind: 'fixed' }}
            onFinish={(v) => void analyse(v)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                form.submit();
              }
            }}
            data-testid="deviation-form"
          >
            <Form.Item
              name="facts"
              label={t('judgment.facts')}
              rules={[{ required: true, whitespace: true, min: 10, message: t('judgment.facts') }]}
            >
              <Input.TextArea rows={10} maxLength={20_000} placeholder={t('judgment.factsPlaceholder')} data-testid="deviation-facts" />
            </Form.Item>
            <Form.Item name="names" label={t('judgment.names')}>
              <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} data-testid="deviation-names" />
            </Form.Item>
            <Form.Item name="caseDate" label={t('judgment.caseDate')}>
              <DateField style={{ width: 200 }} />
            </Form.Item>
            <Card size="small" title={t('judgment.proposed')} style={{ marginBottom: 16 }}>
              <Form.Item name="charges" label={t('judgment.proposedCharges')}>
                <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} data-testid="deviation-proposed-charges" />
              </Form.Item>
              <Space align="start" wrap>
                <Form.Item name="termKind" label={t('judgment.termKind')}>
                  <Radio.Group options={termKinds.map((kind) => ({ value: kind, label: t(`judgment.penalty.${kind}`) }))} />
                </Form.Item>
                <Form.Item name="termMonths" label={t('judgment.termMonths')}>
                  <InputNumber min={0} max={600} data-testid="deviation-term-months" />
                </Form.Item>
              </Space>
            </Card>
            <Button type="primary" htmlType="submit" loading={running} data-testid="deviation-run">
              {t('judgment.run')}
            </Button>
          </Form>
        </Col>
        <Col flex="1 1 55%" style={{ minWidth: 0 }}>
          {error ? <ApiErrorAlert error={error} /> : null}
          {result ? <AssistResults key={result.value.ai.auditSeq} facts={result.facts} value={result.value} /> : null}
          {!result && !error ? <Alert type="info" showIcon title={t('judgment.intro')} /> : null}
        </Col>
      </Row>
    </div>
  );
}
