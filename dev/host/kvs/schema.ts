/**
 * The manifest's entity declarations, resolved once into what writes and queries need: attribute
 * types to validate values against, and indexes by name (plus Forge's implicit `by-key`).
 */
import { KvsError } from './errors';
import type { AttributeType, EntityDeclaration } from './manifest-entities';
import { isRecord } from './validation';

/** `range` undefined means the index orders by key (e.g. a partition-only index). */
export interface ResolvedIndex {
  name: string;
  partition: string[];
  range?: string;
}

export interface EntitySchema {
  name: string;
  attributes: Record<string, AttributeType>;
  indexes: Map<string, ResolvedIndex>;
}

export const BY_KEY_INDEX = 'by-key';
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export function resolveSchemas(declarations: EntityDeclaration[]): Map<string, EntitySchema> {
  const schemas = new Map<string, EntitySchema>();
  for (const decl of declarations) {
    const attributes: Record<string, AttributeType> = {};
    for (const [name, a] of Object.entries(decl.attributes)) attributes[name] = a.type;
    const indexes = new Map<string, ResolvedIndex>([[BY_KEY_INDEX, { name: BY_KEY_INDEX, partition: [] }]]);
    for (const ix of decl.indexes ?? []) {
      const resolved: ResolvedIndex =
        typeof ix === 'string' ? { name: ix, partition: [], range: ix } : resolveNamed(decl.name, ix);
      indexes.set(resolved.name, resolved);
    }
    schemas.set(decl.name, { name: decl.name, attributes, indexes });
  }
  return schemas;
}

function resolveNamed(entity: string, ix: { name: string; partition?: string[]; range?: string[] }): ResolvedIndex {
  if ((ix.range?.length ?? 0) > 1) throw new Error(`entity ${entity}, index ${ix.name}: at most one range attribute`);
  const range = ix.range?.[0];
  return { name: ix.name, partition: ix.partition ?? [], ...(range !== undefined ? { range } : {}) };
}

export function schemaFor(schemas: Map<string, EntitySchema>, entityName: unknown): EntitySchema {
  const schema = typeof entityName === 'string' ? schemas.get(entityName) : undefined;
  if (!schema) {
    const known = [...schemas.keys()].join(', ') || 'none';
    throw new KvsError('UNKNOWN_ENTITY', `Entity "${String(entityName)}" is not declared in the manifest (declared: ${known})`);
  }
  return schema;
}

/**
 * Every attribute present must be declared and of its declared type. Undeclared attributes and
 * `null` on typed attributes are rejected rather than dropped, so a mismatch shows up locally.
 */
export function validateEntityValue(schema: EntitySchema, value: unknown): void {
  if (!isRecord(value)) throw new KvsError('INVALID_ENTITY_VALUE', `Entity "${schema.name}" values must be objects`);
  for (const [attr, v] of Object.entries(value)) {
    const type = schema.attributes[attr];
    if (type === undefined) {
      throw new KvsError('UNKNOWN_ATTRIBUTE', `Entity "${schema.name}" has no attribute "${attr}"`, { attribute: attr });
    }
    if (v !== undefined && !matchesType(type, v)) {
      throw new KvsError(
        'INVALID_ATTRIBUTE_TYPE',
        `Entity "${schema.name}" attribute "${attr}" must be ${describe(type)}, got ${JSON.stringify(v)}`,
        { attribute: attr, expected: type },
      );
    }
  }
}

function matchesType(type: AttributeType, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'float':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;
    case 'any':
      return true;
  }
}

function describe(type: AttributeType): string {
  return type === 'integer' ? 'a 32-bit signed integer' : type === 'float' ? 'a finite number' : `a ${type}`;
}
