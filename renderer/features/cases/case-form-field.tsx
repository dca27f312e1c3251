import { Form } from 'antd';
import type { ReactNode } from 'react';

/** Renders one labelled control of the case form with its error, if the draft has one at `path`. */
export type FieldRenderer = (path: string, label: string, control: ReactNode, extra?: ReactNode) => ReactNode;

/** Field errors come from the contract's own schema, keyed by path ('parties.0.idNumber'). */
export function fieldWithError(errors: Readonly<Record<string, string>>): FieldRenderer {
  return function field(path, label, control, extra) {
    return (
      <Form.Item
        label={label}
        validateStatus={errors[path] ? 'error' : undefined}
        help={errors[path] ? <span data-testid={`error-${path}`}>{errors[path]}</span> : extra}
      >
        {control}
      </Form.Item>
    );
  };
}
