export { I18nProvider, createI18n, useI18n, type I18n } from './i18n-context';
export type { Language, MessageKey } from './catalogue-types';
export type { Translate } from './translate';
export type { Formatters } from './format';
