import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../../i18n';
import type { FieldRenderer } from './case-form-field';

/** What a row's renderer gets: `cell` lays out one field, `set` changes the row. */
export interface RowTools<T> {
  /** One field in a column of `span`, its error read at `<listPath>.<i>.<path>`; the label shows on the first row only. */
  cell: (span: number, path: string, label: string, control: ReactNode) => ReactNode;
  set: (patch: Partial<T>) => void;
}

/**
 * A card of rows edited in place (当事人, 诉讼请求): an add button in the title bar, a hint while
 * there are none, and a delete button closing each row.
 */
export function EditableRowsCard<T>({
  title,
  style,
  testId,
  listPath,
  rows,
  field,
  addLabel,
  emptyText,
  newRow,
  merge = (row, patch) => ({ ...row, ...patch }),
  onChange,
  renderRow,
  children,
}: {
  title: string;
  style?: CSSProperties;
  /** data-testid of each row; the add button is `<testId>-add`. */
  testId: string;
  listPath: string;
  rows: T[];
  field: FieldRenderer;
  addLabel: string;
  emptyText: string;
  newRow: () => T;
  /** How a patch from `set` applies to a row. */
  merge?: (row: T, patch: Partial<T>) => T;
  onChange: (rows: T[]) => void;
  renderRow: (row: T, i: number, tools: RowTools<T>) => ReactNode;
  /** Shown under the rows. */
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Card
      title={title}
      size="small"
      style={style}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...rows, newRow()])} data-testid={`${testId}-add`}>
          {addLabel}
        </Button>
      }
    >
      {rows.length === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null}
      {rows.map((row, i) => (
        <Row gutter={8} key={i} data-testid={testId} align="top">
          {renderRow(row, i, {
            cell: (span, path, label, control) => <Col span={span}>{field(`${listPath}.${i}.${path}`, i === 0 ? label : '', control)}</Col>,
            set: (patch) => onChange(rows.map((r, j) => (j === i ? merge(r, patch) : r))),
          })}
          <Col span={1} style={{ paddingTop: i === 0 ? 30 : 0 }}>
            <Button
              type="text"
              danger
              aria-label={t('cases.delete')}
              icon={<DeleteOutlined />}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            />
          </Col>
        </Row>
      ))}
      {children}
    </Card>
  );
}
