/**
 * What each property tried, as one summary line per property: printed when its file ends (so a
 * closing note can quote the counts) and appended as JSON to PROPERTY_REPORT_FILE when set.
 */
import { appendFileSync } from 'node:fs';
import { PROPERTY_SEED, SOAK } from './settings';

export type Counts = Record<string, number>;

export class PropertyReport {
  private readonly counts = new Map<string, Counts>();
  private readonly notes = new Map<string, string[]>();
  private readonly started = Date.now();

  constructor(private readonly suite: string) {}

  add(property: string, name: string, by = 1): void {
    const counts = this.counts.get(property) ?? {};
    counts[name] = (counts[name] ?? 0) + by;
    this.counts.set(property, counts);
  }

  note(property: string, text: string): void {
    this.notes.set(property, [...(this.notes.get(property) ?? []), text]);
  }

  lines(): string[] {
    const mode = SOAK ? 'soak' : 'default';
    const out = [`[property] ${this.suite}: seed ${PROPERTY_SEED} (${mode}), ${((Date.now() - this.started) / 1000).toFixed(1)} s`];
    for (const [property, counts] of this.counts) {
      const figures = Object.entries(counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      out.push(`[property]   ${property}: ${figures}`);
      for (const note of this.notes.get(property) ?? []) out.push(`[property]     ${note}`);
    }
    return out;
  }

  print(): void {
    const lines = this.lines();
    console.log(lines.join('\n'));
    const file = process.env.PROPERTY_REPORT_FILE;
    if (file) {
      const record = { suite: this.suite, seed: PROPERTY_SEED, soak: SOAK, seconds: (Date.now() - this.started) / 1000, counts: Object.fromEntries(this.counts), notes: Object.fromEntries(this.notes) };
      appendFileSync(file, `${JSON.stringify(record)}\n`);
    }
  }
}
