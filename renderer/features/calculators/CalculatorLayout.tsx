import { Button, Col, Form, Row, type FormInstance } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { CalculationView } from './CalculationView';

type ResultProps = Omit<ComponentProps<typeof CalculationView>, 'testId'>;

/**
 * Every calculator tab's frame: its form with 计算 on the left, the call's error and the answer on
 * the right. Test ids are `${testIdPrefix}-form`, `-compute` and `-result` (the e2e tests find them so).
 */
export function CalculatorLayout<Values>({
  form,
  initialValues,
  onCompute,
  running,
  error,
  result,
  testIdPrefix,
  children,
}: {
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  onCompute: (values: Values) => Promise<void>;
  running: boolean;
  error: unknown;
  /** The answer to show, or null before the first computation. */
  result: ResultProps | null;
  testIdPrefix: string;
  /** The form's fields. */
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Row gutter={24}>
      <Col xs={24} xl={9}>
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void onCompute(v)}
          data-testid={`${testIdPrefix}-form`}
        >
          {children}
          <Button type="primary" htmlType="submit" loading={running} data-testid={`${testIdPrefix}-compute`}>
            {t('calculators.compute')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={15}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {result ? <CalculationView testId={`${testIdPrefix}-result`} {...result} /> : null}
      </Col>
    </Row>
  );
}
