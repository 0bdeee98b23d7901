/**
 * Payload generators read off each resolver's zod schema, so a new resolver or field is covered
 * without touching this file. A near-valid payload is a valid-looking one (ids of real and
 * unknown records, versions as read, text in Korean and emoji) with a few mutations applied:
 * wrong types, edge numbers, hostile strings, missing fields, unknown keys (`__proto__` too).
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { ResolverKey } from '../../../src/contracts/resolver-keys';
import { DEMO_ACCOUNTS, Entries, refArb, Ref, type RefKind, UNKNOWN_ACCOUNT } from './pool';
import { RawJson, withOwnKey } from './wire';

// zod 4 keeps a schema's structure in `_zod.def`; the walk below reads only that.
interface Def {
  type: string;
  [key: string]: any;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface StringBounds {
  min: number;
  max: number;
  pattern?: RegExp;
  format?: string;
}

function stringBounds(def: Def): StringBounds {
  const bounds: StringBounds = { min: 0, max: 300, ...(def.format ? { format: def.format as string } : {}) };
  for (const check of (def.checks ?? []) as Array<{ _zod: { def: Record<string, any> } }>) {
    const c = check._zod.def;
    if (c.check === 'min_length') bounds.min = c.minimum;
    if (c.check === 'max_length') bounds.max = c.maximum;
    if (c.check === 'string_format' && c.format === 'regex') bounds.pattern = c.pattern;
  }
  return bounds;
}

function numberBounds(def: Def): { min: number; max: number; int: boolean } {
  const bounds = { min: -1e6, max: 1e6, int: false };
  for (const check of (def.checks ?? []) as Array<{ _zod: { def: Record<string, any> } }>) {
    const c = check._zod.def;
    if (c.check === 'greater_than') bounds.min = c.value;
    if (c.check === 'less_than') bounds.max = c.value;
    if (c.check === 'number_format' && /int/.test(c.format)) bounds.int = true;
  }
  return bounds;
}

/** Every key any object of the schema can hold at its top level (all union options). */
export function topLevelKeys(schema: z.ZodType): Set<string> {
  const def = defOf(schema);
  if (def.type === 'object') return new Set(Object.keys(def.shape));
  if (def.type === 'union') return new Set(def.options.flatMap((o: z.ZodType) => [...topLevelKeys(o)]));
  if (def.type === 'pipe') return topLevelKeys(def.in);
  return new Set();
}

/**
 * Dotted paths of the free-text fields a payload must fill (required strings with no pattern or
 * format: titles, names, candidate texts), in every union option.
 */
export function requiredTextPaths(schema: z.ZodType, prefix: string[] = []): string[][] {
  const def = defOf(schema);
  if (def.type === 'pipe') return requiredTextPaths(def.in, prefix);
  if (def.type === 'union') return (def.options as z.ZodType[]).flatMap((o) => requiredTextPaths(o, prefix));
  if (def.type !== 'object') return [];
  const out: string[][] = [];
  for (const [name, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
    const c = defOf(child);
    if (c.type === 'string') {
      const bounds = stringBounds(c);
      if (!bounds.pattern && !bounds.format) out.push([...prefix, name]);
    } else if (c.type === 'object' || c.type === 'union') {
      out.push(...requiredTextPaths(child, [...prefix, name]));
    }
  }
  return [...new Map(out.map((p) => [p.join('.'), p])).values()];
}

/**
 * Text a person would see as empty: spaces, zero-width and format characters, controls, broken
 * surrogates, and the blank letters (Hangul fillers, the blank Braille pattern).
 */
export const isInvisibleText = (text: string): boolean =>
  /^[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]*$/u.test(text);

// ---- hostile values ------------------------------------------------------------------------

export const EDGE_NUMBERS: unknown[] = [
  -1, 0, 0.5, -0.5, 1.5, 1e-7, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER, 1e12, 1e12 + 1, -1e12 - 1, 1e21, 1.7976931348623157e308, 5e-324,
  new RawJson('1e999'), new RawJson('-1e999'), new RawJson('-0'), new RawJson('1E400'), new RawJson('123456789012345678901234567890'),
];
export const NAN_ISH: unknown[] = [null, 'NaN', 'Infinity', '-Infinity', '1', '', true, false, [], {}, '0x10', '1e3', ' 1 ', [1]];
export const HOSTILE_STRINGS: string[] = [
  '', ' ', '\t\n ', '\u200b', '\u200b\u200c\u200d\ufeff', '\u2060\u200b', '\u0000', '\u0007\u001b\u007f', '\u0000\u0000x',
  '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '\u202eevil\u202c', '\u202e\u202d\u2066', '\u00ad\u034f',
  'x'.repeat(5000), '가'.repeat(201), '목표 달성 🚀', '😀'.repeat(101), '👩‍👩‍👧‍👦', 'é'.normalize('NFD'), 'ﾊﾝｶｸ',
  'GROW-1\u0000', '../../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '${7*7}', '%s%n', 'null', 'undefined',
  '__proto__', 'constructor', `712020:${'a'.repeat(200)}`, 'a'.repeat(65), 'a'.repeat(64), 'A-1', 'grow-1', 'GROW-0', 'GROW-01',
];
export const UNKNOWN_KEYS: string[] = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'accountId',
  'extra', '', ' id', 'ID', 'version ', '$where', 'title\u0000', '0', 'kind',
];

export const weirdValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.constantFrom(...NAN_ISH),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

// ---- valid-looking values ------------------------------------------------------------------

/** Text that looks filled to a length check but shows nothing, or hides something. */
const INVISIBLE_TEXTS = ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff', '\u0001\u0002\u0003', '\u00a0\u3000', '\u202e', '\u180e', '\u3164', '\u115f\u1160', '\uffa0', '\u2800', '\u034f\u00ad'];
const SNEAKY_TEXTS = ['\u202eevil.exe', 'a\u0000b', 'title\ud800', '\udfffx', '\u200bvisible', '\u0007bell', 'é'.normalize('NFD'), '😀'.repeat(60)];
const KOREAN_AND_EMOJI = ['신규 고객 온보딩을 즐겁게', '활성화율 30%에서 45%로', 'Make onboarding 훨씬 쉽게 🚀', '🎯 목표', '분기 매출 ₩1,000,000,000', 'Ship it ✅'];

function textArb(bounds: StringBounds): fc.Arbitrary<string> {
  // Non-empty even where the schema allows '': a required title may be checked by a refinement.
  const min = Math.max(bounds.min, 1);
  const max = Math.min(bounds.max, 120);
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(...KOREAN_AND_EMOJI) },
      { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE_TEXTS, ...SNEAKY_TEXTS) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
      { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max }) },
      { weight: 1, arbitrary: fc.constant('x'.repeat(bounds.max)) },
    )
    .map((s) => (s.length >= min ? s : `${s}목표`.slice(0, Math.max(bounds.max, 1))));
}

const isoDateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDateTimeArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const freshIdArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));

/** Which record kind a resolver's own `id` and `version` name. */
function recordOf(key: ResolverKey, variant: string | undefined): RefKind | undefined {
  switch (key) {
    case 'saveCycle':
      return 'cycle';
    case 'saveTeam':
      return 'team';
    case 'saveObjective':
    case 'deleteObjective':
      return 'objective';
    case 'saveKeyResult':
    case 'deleteKeyResult':
      return 'keyResult';
    case 'saveInitiative':
    case 'deleteInitiative':
      return 'initiative';
    case 'saveSessionItem':
      return variant === 'meeting' ? 'session' : variant === 'candidate' ? 'candidate' : variant === 'objective' ? 'objectiveItem' : variant === 'key-result' ? 'keyResultItem' : 'sessionItem';
    case 'deleteSessionItem':
      return 'sessionItem';
    case 'advanceSession':
      return 'session';
    case 'saveSettings':
      return 'settings';
    default:
      return undefined;
  }
}

const REFERENCE_FIELDS: Record<string, RefKind> = {
  cycleId: 'cycle',
  parentCycleId: 'cycle',
  teamId: 'team',
  parentTeamId: 'team',
  objectiveId: 'objective',
  parentObjectiveId: 'objective',
  keyResultId: 'keyResult',
  candidateId: 'candidate',
  objectiveItemId: 'objectiveItem',
};

interface Where {
  key: ResolverKey;
  field: string;
  variant?: string;
}

/** A plausible value for one field: by its name first (ids, versions, keys), then by its type. */
function fieldArb(node: z.ZodType, where: Where): fc.Arbitrary<unknown> {
  const def = defOf(node);
  const { field } = where;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return fieldArb(def.innerType, where);
  if (def.type === 'pipe') return fieldArb(def.in, where);
  if (def.type === 'object') return objectArb(node, where);
  if (def.type === 'union') return fc.oneof(...(def.options as z.ZodType[]).map((o) => fieldArb(o, where)));
  if (def.type === 'array') {
    const max = Math.min(stringBoundsOfArray(def), 4);
    return fc.array(fieldArb(def.element, { ...where, field: field.replace(/s$/, '') }), { maxLength: max });
  }
  if (def.type === 'record') {
    // Keys drawn as Refs too (a record keyed by draft item ids), resolved with the values.
    const keyArb = fc.oneof(refArb('sessionItem'), fieldArb(def.keyType, { ...where, field: 'recordKey' }));
    return fc.array(fc.tuple(keyArb, fieldArb(def.valueType, { ...where, field: 'recordValue' })), { maxLength: 3 }).map((pairs) => new Entries(pairs));
  }
  if (def.type === 'enum') return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
  if (def.type === 'literal') return fc.constantFrom(...(def.values as unknown[]));
  if (def.type === 'boolean') return fc.boolean();
  if (def.type === 'number') {
    const own = recordOf(where.key, where.variant);
    const bounds = numberBounds(def);
    if (field === 'version') {
      const small = fc.integer({ min: Math.max(bounds.min, 0), max: 5 });
      // Versions past what a 32-bit entity attribute holds, or right at its edge.
      const edge = fc.constantFrom(2 ** 31 - 2, 2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER);
      return own
        ? fc.oneof({ weight: 4, arbitrary: refArb(own, 'version') }, { weight: 1, arbitrary: small }, { weight: 2, arbitrary: edge })
        : fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: edge });
    }
    const lo = Math.max(bounds.min, -1e6);
    const hi = Math.min(bounds.max, 1e6);
    const edges = fc.constantFrom(...[bounds.min, bounds.max, 0].filter((n) => Number.isFinite(n) && (!bounds.int || Number.isInteger(n))));
    const inRange = bounds.int ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }), fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }));
    return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: edges });
  }
  if (def.type === 'string') {
    const bounds = stringBounds(def);
    if (field === 'id') {
      const own = recordOf(where.key, where.variant);
      return own ? fc.oneof({ weight: 3, arbitrary: refArb(own) }, { weight: 1, arbitrary: freshIdArb }) : freshIdArb;
    }
    if (field === 'keyResultId' && (where.key === 'saveInitiative' || where.key === 'deleteInitiative')) {
      return fc.oneof(refArb('initiative', 'keyResultId'), refArb('keyResult'), freshIdArb);
    }
    const reference = REFERENCE_FIELDS[field];
    if (reference) return fc.oneof({ weight: 3, arbitrary: refArb(reference) }, { weight: 1, arbitrary: freshIdArb });
    if (/accountId$/i.test(field)) return fc.oneof(fc.constantFrom(...DEMO_ACCOUNTS), fc.constant(UNKNOWN_ACCOUNT));
    if (field === 'epicKey' || field === 'issueKey') return fc.oneof({ weight: 3, arbitrary: refArb('epicKey') }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2,5}-[1-9][0-9]{0,3}$/) });
    if (field === 'projectKey') return fc.constantFrom('GROW', 'PLAT', 'SEC', 'NOPE', 'G');
    if (field === 'cursor') return fc.oneof(refArb('cursor'), fc.base64String({ maxLength: 60 }), fc.string({ maxLength: 30 }));
    if (bounds.format === 'date' || /Date$/.test(field)) return isoDateArb;
    if (bounds.format === 'datetime' || field === 'at') return isoDateTimeArb;
    if (bounds.pattern) return fc.stringMatching(bounds.pattern).filter((s) => s.length >= bounds.min && s.length <= bounds.max);
    return textArb(bounds);
  }
  return fc.jsonValue({ maxDepth: 2 });
}

function stringBoundsOfArray(def: Def): number {
  let max = 10;
  for (const check of (def.checks ?? []) as Array<{ _zod: { def: Record<string, any> } }>) {
    if (check._zod.def.check === 'max_length') max = check._zod.def.maximum;
  }
  return max;
}

const ABSENT = Symbol('absent');

function objectArb(schema: z.ZodType, where: Where): fc.Arbitrary<Record<string, unknown>> {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  const kind = shape.kind && defOf(shape.kind).type === 'literal' ? String(defOf(shape.kind).values[0]) : where.variant;
  // Optional fields are left out two times in three, so most payloads create rather than update.
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, child] of Object.entries(shape)) {
    const value = fieldArb(child, { key: where.key, field: name, ...(kind !== undefined ? { variant: kind } : {}) });
    const t = defOf(child).type;
    model[name] = t === 'optional' || t === 'default' ? fc.oneof({ weight: 2, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: value }) : value;
  }
  return fc.record(model).map((fields) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) if (value !== ABSENT) out[name] = value;
    return out;
  });
}

/** A payload that would pass the schema (mostly: refinements across fields may still refuse it). */
export function validPayloadArb(key: ResolverKey, schema: z.ZodType): fc.Arbitrary<unknown> {
  return fieldArb(schema, { key, field: '(payload)' });
}

// ---- mutations -----------------------------------------------------------------------------

export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'editString'; at: number; edit: StringEdit };

type StringEdit = 'zero-width-prefix' | 'emoji-suffix' | 'only-zero-width' | 'only-controls' | 'lone-surrogate' | 'rtl-override' | 'pad-long' | 'korean-long' | 'spaces-around' | 'upper' | 'lower';

const STRING_EDITS: Record<StringEdit, (s: string) => string> = {
  'zero-width-prefix': (s) => `\u200b${s}`,
  'emoji-suffix': (s) => `${s}🚀`,
  'only-zero-width': (s) => '\u200b'.repeat(Math.max(1, Math.min(s.length, 5))),
  'only-controls': () => '\u0001\u0002\u0003',
  'lone-surrogate': (s) => `${s}\ud83d`,
  'rtl-override': (s) => `\u202e${s}`,
  'pad-long': (s) => s.padEnd(2001, 'x'),
  'korean-long': (s) => `${s}${'한'.repeat(2001)}`,
  'spaces-around': (s) => `  ${s}  `,
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
};

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: weirdValueArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string({ maxLength: 8 })), value: weirdValueArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('editString' as const), at: fc.nat(), edit: fc.constantFrom(...(Object.keys(STRING_EDITS) as StringEdit[])) }) },
);

type Slot = { parent: Record<string, unknown> | unknown[] | undefined; key: string | number | undefined; value: unknown };

function slotsOf(value: unknown, parent?: Slot['parent'], key?: Slot['key'], out: Slot[] = []): Slot[] {
  out.push({ parent, key, value });
  if (Array.isArray(value)) value.forEach((v, i) => slotsOf(v, value, i, out));
  else if (isPlainObject(value)) for (const k of Object.keys(value)) slotsOf(value[k], value, k, out);
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawJson) && !(v instanceof Ref);

function setSlot(root: { value: unknown }, slot: Slot, value: unknown): void {
  if (slot.parent === undefined) root.value = value;
  else if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else withOwnKey(slot.parent, slot.key as string, value);
}

/** Applies mutations to a resolved (Ref-free) payload; `at` picks a slot modulo their number. */
export function applyMutations(payload: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: structuredCloneKeepingKeys(payload) };
  for (const mutation of mutations) {
    const slots = slotsOf(root.value);
    switch (mutation.op) {
      case 'replace':
        setSlot(root, slots[mutation.at % slots.length]!, mutation.value);
        break;
      case 'delete': {
        const inObjects = slots.filter((s) => s.parent !== undefined && !Array.isArray(s.parent));
        const slot = inObjects[mutation.at % Math.max(inObjects.length, 1)];
        if (slot) delete (slot.parent as Record<string, unknown>)[slot.key as string];
        break;
      }
      case 'addKey': {
        const objects = slots.filter((s) => isPlainObject(s.value));
        const slot = objects[mutation.at % Math.max(objects.length, 1)];
        if (slot) withOwnKey(slot.value as Record<string, unknown>, mutation.key, mutation.value);
        break;
      }
      case 'editString': {
        const strings = slots.filter((s) => typeof s.value === 'string');
        const slot = strings[mutation.at % Math.max(strings.length, 1)];
        if (slot) setSlot(root, slot, STRING_EDITS[mutation.edit](slot.value as string));
        break;
      }
    }
  }
  return root.value;
}

/** A deep copy that keeps own `__proto__` keys and RawJson values as they are. */
function structuredCloneKeepingKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneKeepingKeys);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) withOwnKey(out, k, structuredCloneKeepingKeys(value[k]));
    return out;
  }
  return value;
}

// ---- whole calls ---------------------------------------------------------------------------

export type PayloadSpec =
  | { shape: 'near-valid'; base: unknown; focus: number; mutations: Mutation[] }
  | { shape: 'blank-text'; base: unknown; focus: number; pathIndex: number; text: string }
  | { shape: 'random'; value: unknown };

/** Blank text by kind: zero-width and format characters, controls, spaces, blank letters. */
const BLANK_TEXTS = [
  fc.constantFrom('\u200b', '\u200b\u200c\u200d', '\u2060\ufeff', '\u202e', '\u180e', '\u034f\u00ad'),
  fc.constantFrom('\u0001\u0002\u0003', '\u0000', '\u007f\u0085'),
  fc.constantFrom(' ', '\u00a0\u3000', '\t\n', '\u2028'),
  fc.constantFrom('\u3164', '\u115f\u1160', '\uffa0', '\u2800', '\u3164\u200b'),
];

/**
 * A payload valid but for one required text (a title, a name) made of blank characters only:
 * the app must refuse it rather than store a title nobody can see.
 */
export function blankTextSpecArb(key: ResolverKey, schema: z.ZodType): fc.Arbitrary<PayloadSpec> {
  return fc.record({
    shape: fc.constant('blank-text' as const),
    base: validPayloadArb(key, schema),
    focus: fc.nat({ max: 40 }),
    pathIndex: fc.nat(),
    text: fc.oneof(...BLANK_TEXTS),
  });
}

/** Sets the `pathIndex`-th of `paths` that the payload has (its union variant may lack some). */
export function withBlankText(payload: unknown, paths: readonly string[][], pathIndex: number, text: string): unknown {
  const present = paths.filter((path) => {
    let at: unknown = payload;
    for (const key of path) {
      if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return false;
      at = (at as Record<string, unknown>)[key];
    }
    return typeof at === 'string';
  });
  const path = present[pathIndex % Math.max(present.length, 1)];
  if (!path) return payload;
  let parent = payload as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  withOwnKey(parent, path[path.length - 1]!, text);
  return payload;
}

/** Near-valid payloads (three in four) and fully random JSON, some under the schema's own keys. */
export function payloadSpecArb(key: ResolverKey, schema: z.ZodType): fc.Arbitrary<PayloadSpec> {
  const keys = [...topLevelKeys(schema)];
  const randomObject = fc.dictionary(keys.length ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })) : fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        shape: fc.constant('near-valid' as const),
        base: validPayloadArb(key, schema),
        focus: fc.nat({ max: 40 }),
        mutations: fc.oneof({ weight: 2, arbitrary: fc.constant([] as Mutation[]) }, { weight: 3, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ shape: fc.constant('random' as const), value: fc.oneof(fc.jsonValue(), randomObject) }) },
  );
}
