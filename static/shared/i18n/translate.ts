/** `t(key, params)`: looks a message up in the user's catalogue and fills its `{placeholders}`. */
import type { Catalogue, Language, MessageKey, MessageParams, PlaceholdersOf } from './catalogue-types';
import type { en as English } from './en';
import { en } from './en';
import { ko } from './ko';

const catalogues: Record<Language, Catalogue> = { en, ko };

/** Keys whose message has no placeholder may omit params; the others must pass every one. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [PlaceholdersOf<(typeof English)[K]>] extends [never] ? [] : [MessageParams<K>]
) => string;

export function createTranslator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, ...rest) => {
    const message: string = catalogue[key] ?? en[key];
    const params = rest[0] as Record<string, string | number> | undefined;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
