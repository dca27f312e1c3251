export { I18nProvider, useI18n, useT } from './I18nProvider';
export { locales, type Locale, type MessageKey, type Translate } from './translate';
