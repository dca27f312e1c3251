import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
// Month and weekday names of the Chinese panel; antd's zh_CN locale names this dayjs locale.
import 'dayjs/locale/zh-cn';
import { useState, type CSSProperties } from 'react';
import { dateFormat, parseDate } from './date-value';

interface Props {
  /** 'YYYY-MM-DD', or '' / undefined for no date. */
  value?: string | null;
  /** Gets 'YYYY-MM-DD', or '' when the field is cleared. */
  onChange?: (value: string) => void;
  placeholder?: string;
  style?: CSSProperties;
  allowClear?: boolean;
  disabled?: boolean;
  title?: string;
  'aria-label'?: string;
  /** Lands on the <input>, so a test can type '2026-03-01' into it as a user would. */
  'data-testid'?: string;
}

/**
 * Every date field of the app: antd's picker in the UI's language (the native date input shows
 * mm/dd/yyyy in a Chinese UI), typed or picked, always 'YYYY-MM-DD'. Works as a Form.Item child.
 */
export function DateField({ value, onChange, style, ...rest }: Props) {
  const [open, setOpen] = useState(false);
  const emit = (day: Dayjs | null) => onChange?.(day ? day.format(dateFormat) : '');
  return (
    <DatePicker
      {...rest}
      format={dateFormat}
      onOpenChange={setOpen}
      // Esc with the calendar open closes the calendar only, not the form or dialog around it.
      onKeyDown={(event) => {
        if (open && event.key === 'Escape') event.stopPropagation();
      }}
      style={{ width: 160, ...style }}
      value={parseDate(value)}
      onChange={(day: Dayjs | null) => emit(day)}
      // A complete date typed into the field counts at once, before the panel closes, so a
      // keyboard shortcut pressed right after typing (Ctrl+S, Ctrl+Enter) sees it.
      onCalendarChange={(day) => {
        if (!Array.isArray(day)) emit(day);
      }}
    />
  );
}
