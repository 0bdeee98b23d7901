/** `useI18n()` gives components `t`, the formatters and the language, chosen once at start-up. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from './catalogue-types';
import { createFormatters, type Formatters } from './format';
import { intlLocaleOf, languageOf } from './locale';
import { createTranslator, type Translate } from './translate';

export interface I18n {
  t: Translate;
  format: Formatters;
  language: Language;
  /** The BCP 47 locale Intl uses (`ko-KR`). */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

export function createI18n(forgeLocale: string | undefined): I18n {
  const language = languageOf(forgeLocale);
  const locale = intlLocaleOf(forgeLocale, language);
  return { t: createTranslator(language), format: createFormatters(locale), language, locale };
}

export function I18nProvider({ locale, children }: { locale: string | undefined; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it (see shared/bootstrap).');
  return i18n;
}
