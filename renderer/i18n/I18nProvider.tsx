import { ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, localeStorageKey, parseLocale, translate, type Locale, type Translate } from './translate';

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLocale(): Locale {
  try {
    return parseLocale(globalThis.localStorage?.getItem(localeStorageKey));
  } catch {
    return parseLocale(null);
  }
}

/** Holds the UI language (persisted in localStorage) and feeds antd the matching locale. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(localeStorageKey, next);
    } catch {
      // Storage may be unavailable (private profile); the choice then lasts for this session.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const dictionary = dictionaries[locale];
    return { locale, setLocale, t: (key, params) => translate(dictionary, key, params) };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? antdZhCN : antdEnUS}
        theme={{
          token: {
            fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif",
          },
        }}
      >
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
