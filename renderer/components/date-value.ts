import dayjs, { type Dayjs } from 'dayjs';

/** The one date format of the app: what the contract carries and what the field shows. */
export const dateFormat = 'YYYY-MM-DD';

/** 'YYYY-MM-DD' → a day, or null for an empty or malformed string. */
export function parseDate(value: string | null | undefined): Dayjs | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  // dayjs rolls 2024-02-30 over to March; such a day does not round-trip and is refused.
  const day = dayjs(value);
  return day.isValid() && day.format(dateFormat) === value ? day : null;
}
