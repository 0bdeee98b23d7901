/**
 * Reads the Custom Entity declarations (`app.storage.entities`) from a manifest.yml, so the
 * emulated store validates values and resolves indexes exactly as the deployed app declares them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

/** An index as the manifest writes it: a bare attribute name, or a named partition/range index. */
export type IndexDeclaration = string | { name: string; partition?: string[]; range?: string[] };

export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes?: IndexDeclaration[];
}

/** Forge's rule for attribute names (at most 64 characters). */
const ATTRIBUTE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const TYPES: readonly string[] = ['string', 'boolean', 'float', 'integer', 'any'];

export function readEntityDeclarations(manifestPath: string): EntityDeclaration[] {
  return parseEntityDeclarations(readFileSync(manifestPath, 'utf8'), manifestPath);
}

/** Parses manifest text; throws with the offending entity named, since a typo here breaks every query. */
export function parseEntityDeclarations(manifestText: string, source = 'manifest'): EntityDeclaration[] {
  const doc = parse(manifestText) as { app?: { storage?: { entities?: unknown } } } | null;
  const raw = doc?.app?.storage?.entities;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new Error(`${source}: app.storage.entities must be a list`);
  return raw.map((entry, i) => toDeclaration(entry, `${source}: app.storage.entities[${i}]`));
}

function toDeclaration(entry: unknown, where: string): EntityDeclaration {
  if (!isRecord(entry) || typeof entry.name !== 'string') throw new Error(`${where}: needs a name`);
  const at = `${where} (${entry.name})`;
  if (!isRecord(entry.attributes)) throw new Error(`${at}: needs attributes`);
  const attributes: EntityDeclaration['attributes'] = {};
  for (const [attr, decl] of Object.entries(entry.attributes)) {
    if (!ATTRIBUTE_NAME.test(attr)) throw new Error(`${at}: attribute name ${attr} must match ${ATTRIBUTE_NAME.source}`);
    const type = isRecord(decl) ? decl.type : undefined;
    if (typeof type !== 'string' || !TYPES.includes(type)) {
      throw new Error(`${at}: attribute ${attr} has type ${String(type)}; expected one of ${TYPES.join(', ')}`);
    }
    attributes[attr] = { type: type as AttributeType };
  }
  const indexes = entry.indexes ?? [];
  if (!Array.isArray(indexes)) throw new Error(`${at}: indexes must be a list`);
  return { name: entry.name, attributes, indexes: indexes.map((ix) => toIndex(ix, attributes, at)) };
}

function toIndex(ix: unknown, attributes: EntityDeclaration['attributes'], at: string): IndexDeclaration {
  const known = (attr: unknown): string => {
    if (typeof attr !== 'string' || !(attr in attributes)) {
      throw new Error(`${at}: index refers to undeclared attribute ${String(attr)}`);
    }
    return attr;
  };
  if (typeof ix === 'string') return known(ix);
  if (!isRecord(ix) || typeof ix.name !== 'string') throw new Error(`${at}: an index needs a name`);
  const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : asArray(v).map(known));
  const partition = list(ix.partition);
  const range = list(ix.range);
  return { name: ix.name, ...(partition ? { partition } : {}), ...(range ? { range } : {}) };
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
