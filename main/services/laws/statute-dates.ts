import type { HistoryEntry } from './types';

/** The day the history says the text took effect (…施行 / …生效), if it says so. */
export function effectiveFromHistory(history: readonly HistoryEntry[]): string | null {
  const entry = [...history].reverse().find((h) => h.date !== null && /^(施行|起施行|生效)|施行$|起施行/.test(h.event));
  return entry?.date ?? null;
}

/** The last adoption/amendment date in the history (not a 施行 line). */
export function adoptedFromHistory(history: readonly HistoryEntry[]): string | null {
  const entry = [...history].reverse().find((h) => h.date !== null && !/^施行$|^起施行$|^生效$/.test(h.event.trim()));
  return entry?.date ?? null;
}

/** The first date in the history: when the law was first adopted. */
export function firstHistoryDate(history: readonly HistoryEntry[]): string | null {
  return history.find((h) => h.date !== null)?.date ?? null;
}

/** 本法自2021年1月1日起施行 → 2021-01-01; 自公布之日起施行 → 'publish'; otherwise null. */
export function commencementIn(text: string): string | 'publish' | null {
  const dated = /自(\d{4})年(\d{1,2})月(\d{1,2})日起?(?:施行|生效)/.exec(text);
  if (dated) return `${dated[1]}-${(dated[2] ?? '').padStart(2, '0')}-${(dated[3] ?? '').padStart(2, '0')}`;
  if (/自(?:公布|发布)(?:之日)?起施行|公布施行/.test(text)) return 'publish';
  return null;
}

/** Who made the law, as far as the title and history say. */
export function issuerOf(title: string, history: readonly HistoryEntry[]): string | null {
  const joint = /^(最高人民法院、最高人民检察院|最高人民法院|最高人民检察院)/.exec(title);
  if (joint) return joint[1] ?? null;
  const events = history.map((h) => h.event).join('\n');
  for (const organ of ['全国人民代表大会常务委员会', '全国人民代表大会', '国务院', '最高人民法院', '最高人民检察院']) {
    if (events.includes(organ)) return organ;
  }
  return null;
}
