import { Tag } from 'antd';
import type { ValidityStatus } from '../../../shared/contract/channels/laws';
import { useT } from '../../i18n';
import { validityColors } from './law-view-model';

/** 有效 green, 已废止 red, 尚未生效 orange, 已修改 grey. */
export function ValidityBadge({ status }: { status: ValidityStatus }) {
  const t = useT();
  return (
    <Tag color={validityColors[status]} data-testid="validity-badge" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`laws.status.${status}`)}
    </Tag>
  );
}
