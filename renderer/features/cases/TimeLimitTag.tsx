import { Tag, Tooltip } from 'antd';
import { timeLimitLevel } from '../../../shared/domain/case-procedures';
import { useT } from '../../i18n';

const colors = { red: 'red', orange: 'orange', green: 'green' } as const;

/** 审限 days left: red when overdue or within 7 days, orange within 30, green beyond. */
export function TimeLimitTag({ daysLeft, deadline }: { daysLeft: number | null; deadline: string | null }) {
  const t = useT();
  if (daysLeft === null || deadline === null) return <span>{t('cases.noLimit')}</span>;
  const level = timeLimitLevel(daysLeft);
  const text =
    daysLeft > 0 ? t('cases.daysLeft', { days: daysLeft }) : daysLeft === 0 ? t('cases.dueToday') : t('cases.overdue', { days: -daysLeft });
  return (
    <Tooltip title={t('cases.deadline', { date: deadline })}>
      <Tag color={colors[level]} data-testid="time-limit-tag" data-level={level}>
        {text}
      </Tag>
    </Tooltip>
  );
}
