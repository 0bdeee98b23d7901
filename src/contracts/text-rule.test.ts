/**
 * The text rule as the payload schemas apply it: every title, name, text, unit, description,
 * note and comment, and the search queries. Run against the schemas themselves (they also run
 * in the browser), so no field can be left out of the rule unnoticed.
 */
import { fieldIssues } from './field-issues';
import {
  addCheckInPayload,
  saveCyclePayload,
  saveInitiativePayload,
  saveKeyResultPayload,
  saveObjectivePayload,
  saveSessionItemPayload,
  saveTeamPayload,
  searchEpicsPayload,
  searchUsersPayload,
} from './schemas';
import type { z } from 'zod';

type Field = { name: string; schema: z.ZodType; base: Record<string, unknown>; path: string[]; multiline: boolean; required: boolean };

const metric = { kind: 'metric', baseline: 1, target: 2 };
const FIELDS: Field[] = [
  { name: 'cycle name', schema: saveCyclePayload, base: { kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' }, path: ['name'], multiline: false, required: true },
  { name: 'team name', schema: saveTeamPayload, base: { level: 'team' }, path: ['name'], multiline: false, required: true },
  { name: 'objective title', schema: saveObjectivePayload, base: { cycleId: 'c', teamId: 't' }, path: ['title'], multiline: false, required: true },
  { name: 'objective description', schema: saveObjectivePayload, base: { cycleId: 'c', teamId: 't', title: 'T' }, path: ['description'], multiline: true, required: false },
  { name: 'key result title', schema: saveKeyResultPayload, base: { objectiveId: 'o', measure: metric }, path: ['title'], multiline: false, required: true },
  { name: 'metric unit', schema: saveKeyResultPayload, base: { objectiveId: 'o', title: 'T', measure: metric }, path: ['measure', 'unit'], multiline: false, required: false },
  { name: 'check-in comment', schema: addCheckInPayload, base: { keyResultId: 'k', value: 1, confidence: 'high' }, path: ['comment'], multiline: true, required: false },
  { name: 'initiative title', schema: saveInitiativePayload, base: { keyResultId: 'k', link: { kind: 'epic', epicKey: 'GROW-1' } }, path: ['title'], multiline: false, required: false },
  { name: 'meeting notes', schema: saveSessionItemPayload, base: { kind: 'meeting', version: 0 }, path: ['notes'], multiline: true, required: false },
  { name: 'candidate text', schema: saveSessionItemPayload, base: { kind: 'candidate' }, path: ['text'], multiline: false, required: true },
  { name: 'draft objective title', schema: saveSessionItemPayload, base: { kind: 'objective' }, path: ['title'], multiline: false, required: true },
  { name: 'draft objective description', schema: saveSessionItemPayload, base: { kind: 'objective', title: 'T' }, path: ['description'], multiline: true, required: false },
  { name: 'draft key result title', schema: saveSessionItemPayload, base: { kind: 'key-result', objectiveItemId: 'o', measure: metric }, path: ['title'], multiline: false, required: true },
];

function withValue(field: Field, value: string): Record<string, unknown> {
  const payload = structuredClone(field.base);
  let at: Record<string, unknown> = payload;
  for (const key of field.path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[field.path.at(-1)!] = value;
  return payload;
}

function parse(field: Field, value: string) {
  const payload = withValue(field, value);
  const parsed = field.schema.safeParse(payload);
  const path = field.path.join('.');
  if (parsed.success) {
    let out: unknown = parsed.data;
    for (const key of field.path) out = (out as Record<string, unknown>)[key];
    return { ok: true as const, value: out as string };
  }
  return { ok: false as const, issue: fieldIssues(parsed.error.issues, payload)[path] };
}

describe.each(FIELDS)('the $name', (field) => {
  it('is stored in NFC, trimmed', () => {
    // "é" typed as e + combining acute becomes the one precomposed character.
    expect(parse(field, '  Cafe\u0301  ')).toEqual({ ok: true, value: 'Caf\u00e9' });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a C1 control', 'a\u0085b'],
    ['DEL', 'a\u007Fb'],
    ['carriage-return-free escape', 'a\u001Bb'],
  ])('refuses %s', (_label, value) => {
    expect(parse(field, value)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid_value', reason: 'text-control-character' }) });
  });

  it.each([
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
  ])('refuses %s', (_label, value) => {
    expect(parse(field, value)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid_value', reason: 'text-lone-surrogate' }) });
  });

  it('keeps a character outside the BMP (a surrogate pair)', () => {
    expect(parse(field, 'Ship 🚀')).toEqual({ ok: true, value: 'Ship 🚀' });
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidirectional control U+%s',
    (control) => {
      expect(parse(field, `abc${control}def`)).toEqual({ ok: false, issue: expect.objectContaining({ reason: 'text-bidi-control' }) });
    },
  );

  if (field.multiline) {
    it('keeps line feeds and tabs, and stores CRLF as LF', () => {
      expect(parse(field, 'one\r\ntwo\n\tthree\rfour')).toEqual({ ok: true, value: 'one\ntwo\n\tthree\nfour' });
    });
  } else {
    it.each([
      ['a line feed', 'a\nb'],
      ['a tab', 'a\tb'],
    ])('refuses %s inside a one-line field', (_label, value) => {
      expect(parse(field, value)).toEqual({ ok: false, issue: expect.objectContaining({ reason: 'text-control-character' }) });
    });
  }

  if (field.required) {
    it.each([
      ['zero-width spaces', '\u200B\u200C\u200D'],
      ['a word joiner and a BOM', '\u2060\uFEFF'],
      ['Hangul fillers (letters that show nothing)', '\u3164\u115F\u1160\uFFA0'],
      ['the blank Braille pattern', '\u2800'],
      ['spaces', '   '],
      ['a control character', '\u0001'],
      ['nothing', ''],
    ])('is required: %s is not a visible character', (_label, value) => {
      expect(parse(field, value)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'required' }) });
    });

    it.each(['가', '7', '!', '€'])('accepts the single visible character %s', (value) => {
      expect(parse(field, value).ok).toBe(true);
    });
  }
});

describe('length limits', () => {
  it('count after normalisation', () => {
    // 200 decomposed "é" are 400 units as sent, 200 once normalised: within the title limit.
    const decomposed = 'e\u0301'.repeat(200);
    expect(saveObjectivePayload.safeParse({ cycleId: 'c', teamId: 't', title: decomposed }).success).toBe(true);
    expect(saveObjectivePayload.safeParse({ cycleId: 'c', teamId: 't', title: `${decomposed}x` }).success).toBe(false);
  });
});

describe('a manual initiative', () => {
  it('needs a visible name, not only zero-width characters', () => {
    const parsed = saveInitiativePayload.safeParse({ keyResultId: 'k', title: '\u200B', link: { kind: 'manual', progress: 0 } });
    expect(parsed.success).toBe(false);
  });
});

describe('search queries', () => {
  it.each([
    ['people', searchUsersPayload, {}],
    ['epics', searchEpicsPayload, { projectKey: 'GROW' }],
  ] as const)('refuse lone surrogates and control characters in a %s search', (_label, schema, base) => {
    for (const query of ['x\ud800y', 'x\u0000y', '\udfff']) {
      const payload = { ...base, query };
      const parsed = schema.safeParse(payload);
      expect(parsed.success).toBe(false);
      expect(fieldIssues(parsed.error!.issues, payload).query).toMatchObject({ code: 'invalid_value' });
    }
    expect(schema.safeParse({ ...base, query: '김지수' }).success).toBe(true);
  });
});
