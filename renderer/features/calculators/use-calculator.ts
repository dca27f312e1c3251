import { Form } from 'antd';
import { useState } from 'react';
import { useAction } from '../../api/useAction';

/**
 * A calculator tab's state: its form, the last answer, and the call that computes it. `layout` is
 * what CalculatorLayout takes; `setAnswer(null)` clears a stale answer when the question changes.
 */
export function useCalculator<Values, Answer>(calculate: (values: Values) => Promise<Answer>) {
  const [form] = Form.useForm<Values>();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { running, error, run } = useAction();
  const onCompute = async (values: Values) => {
    const value = await run(() => calculate(values));
    setAnswer(value ?? null);
  };
  return { answer, setAnswer, layout: { form, onCompute, running, error } };
}
