/**
 * The one rule for text a person typed (titles, names, units, descriptions, notes, comments):
 * stored as Unicode NFC, trimmed, and made of characters, not of controls or broken halves. The
 * same schema runs in the browser before sending, so it uses only what both sides have.
 */
import { z } from 'zod';
import type { FieldIssue } from './envelope';

/** C0 and C1 controls and DEL. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, but line feed and tab, which belong in multi-line text. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair without its other half: not a character, and no encoding takes it. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Overrides, embeddings and isolates: they reorder what is shown and can disguise a title. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** A letter, number, punctuation or symbol: what "required" asks for (not only spaces or zero-width). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/**
 * Characters of those classes that show nothing: default-ignorables (Hangul fillers U+115F,
 * U+1160, U+3164, U+FFA0 are letters by category) and the blank Braille pattern U+2800.
 */
const BLANK = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;

export const TEXT_REASONS = ['text-control-character', 'text-lone-surrogate', 'text-bidi-control'] as const;
export type TextReason = (typeof TEXT_REASONS)[number];

export const hasVisibleText = (value: string): boolean => VISIBLE.test(value.replace(BLANK, ''));

/** Why `value` is no storable text, if it is not. Exposed so the UI can say it as one types. */
export function textProblem(value: string, multiline: boolean): TextReason | undefined {
  if (LONE_SURROGATE.test(value)) return 'text-lone-surrogate';
  if ((multiline ? CONTROL_BUT_LINES : CONTROL).test(value)) return 'text-control-character';
  if (BIDI_CONTROL.test(value)) return 'text-bidi-control';
  return undefined;
}

const MESSAGES: Record<TextReason, string> = {
  'text-control-character': 'Contains a control character',
  'text-lone-surrogate': 'Contains a broken character (half of a surrogate pair)',
  'text-bidi-control': 'Contains a bidirectional override or isolate',
};

type TextCheckContext = z.core.ParsePayload<string>;

const refuse = (ctx: TextCheckContext, message: string, params: Pick<FieldIssue, 'code' | 'reason'>) =>
  ctx.issues.push({ code: 'custom', message, input: ctx.value, params });

/**
 * A user text field of at most `max` UTF-16 units after normalisation. `required`: at least one
 * visible character. `multiline` (descriptions, notes, comments): line feeds and tabs allowed,
 * and CRLF or CR line ends become LF, so text pasted from any system is stored alike.
 */
export function userText(max: number, { required = false, multiline = false }: { required?: boolean; multiline?: boolean } = {}) {
  const base = multiline ? z.string().overwrite((value) => value.replace(/\r\n?/g, '\n')) : z.string();
  return base
    .normalize('NFC')
    .trim()
    .max(max)
    .check((ctx) => {
      if (required && !hasVisibleText(ctx.value)) refuse(ctx, 'This field is required', { code: 'required' });
      const problem = textProblem(ctx.value, multiline);
      if (problem) refuse(ctx, MESSAGES[problem], { code: 'invalid_value', reason: problem });
    });
}

/**
 * A search box's text: anything a person may look for, but no controls and no broken halves,
 * which Jira cannot be asked for (a lone surrogate cannot even be put in a URL).
 */
export function searchText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .check((ctx) => {
      const problem = textProblem(ctx.value, false);
      if (problem && problem !== 'text-bidi-control') refuse(ctx, MESSAGES[problem], { code: 'invalid_value', reason: problem });
    });
}
