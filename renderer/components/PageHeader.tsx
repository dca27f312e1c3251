import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
      <Typography.Title level={3} style={{ margin: '0 0 16px' }}>
        {title}
      </Typography.Title>
      {extra}
    </div>
  );
}
