/** Which catalogue a Forge locale gets. Korean for any `ko*` locale; English for everything else. */
import type { Language } from './catalogue-types';

export function languageOf(forgeLocale: string | undefined): Language {
  return forgeLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * A BCP 47 tag for Intl: Forge sends `ko-KR` / `en-US` (older hosts `ko_KR`). Falls back to the
 * catalogue's language so formatting still matches the words around it.
 */
export function intlLocaleOf(forgeLocale: string | undefined, language: Language): string {
  const tag = forgeLocale?.replace('_', '-');
  if (!tag) return language;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? language;
  } catch {
    return language;
  }
}
