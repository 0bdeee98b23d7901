import { z } from 'zod';
import { fieldIssues } from './field-issues';

const schema = z.strictObject({ title: z.string().min(1) });

describe('fieldIssues', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'names an unknown key called %s as its own field',
    (key) => {
      // Parsed from raw JSON, so the key is an own property, as it arrives from the bridge.
      const payload: unknown = JSON.parse(`{"${key}": 1, "title": "x"}`);
      const parsed = schema.safeParse(payload);
      expect(parsed.success).toBe(false);
      const fields = fieldIssues(parsed.error!.issues, payload);
      expect(Object.keys(fields)).toEqual([key]);
      expect(fields[key]).toEqual({ code: 'unknown_key', message: `"${key}" is not a field of this request` });
      // Still a plain object, which survives JSON on its way to the browser.
      expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
      expect(JSON.parse(JSON.stringify(fields))).toHaveProperty([key]);
    },
  );

  it('keeps the first issue of a field', () => {
    const parsed = z.strictObject({ title: z.string().min(1).max(2) }).safeParse({ title: 7 });
    expect(fieldIssues(parsed.error!.issues, { title: 7 })).toEqual({ title: { code: 'invalid_type', message: 'Expected string' } });
  });

  it('reads the sent value from own properties only', () => {
    const nested = z.strictObject({ measure: z.strictObject({ constructor: z.string() }) });
    const payload = { measure: {} };
    const parsed = nested.safeParse(payload);
    // `measure.constructor` was not sent (the inherited Object is no value of the payload): required.
    expect(fieldIssues(parsed.error!.issues, payload)['measure.constructor']).toMatchObject({ code: 'required' });
  });
});
