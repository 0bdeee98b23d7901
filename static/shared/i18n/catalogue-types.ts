/**
 * Types that make the catalogues check each other at compile time: a key missing from `ko`,
 * a `{placeholder}` that the Korean text forgot, or a `t()` call without its params, is a
 * type error rather than a blank or a literal `{name}` on screen.
 */
import type { en } from './en';

export type MessageKey = keyof typeof en;

/** `'Hi {name}, {count} left'` -> `'name' | 'count'`. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | PlaceholdersOf<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholdersOf<(typeof en)[K]>, string | number>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** A translation of `S`: any string that still contains each of S's placeholders, in any order. */
type TranslationOf<S extends string> = [PlaceholdersOf<S>] extends [never]
  ? string
  : UnionToIntersection<PlaceholdersOf<S> extends infer P extends string ? `${string}{${P}}${string}` : never>;

/** What a second language must provide: every English key, with the same placeholders. */
export type Catalogue = { readonly [K in MessageKey]: TranslationOf<(typeof en)[K]> };

export type Language = 'en' | 'ko';
