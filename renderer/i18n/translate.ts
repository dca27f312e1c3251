import { enUS } from './en-US';
import { zhCN, type Dictionary, type MessageKey } from './zh-CN';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';
export const localeStorageKey = 'judgedesk.locale';

export const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, 'en-US': enUS };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function translate(dictionary: Dictionary, key: MessageKey, params?: TranslateParams): string {
  const template = dictionary[key] ?? zhCN[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Whether a key built at run time (from data) has a catalogue entry. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

export function parseLocale(stored: string | null | undefined): Locale {
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : defaultLocale;
}

export type { Dictionary, MessageKey };
