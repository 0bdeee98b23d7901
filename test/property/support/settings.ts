/**
 * How hard the property suite runs. `npm test` uses the defaults (a fixed seed, modest counts, so
 * CI is reproducible and quick); `npm run soak` sets SOAK=1 for many more runs. Environment:
 *   PROPERTY_SEED   the fast-check seed (default fixed); printed by every property
 *   PROPERTY_RUNS   runs per property, overriding both the default and the soak count
 *   SOAK=1          the soak counts
 */
export const SOAK = process.env.SOAK === '1' || process.env.SOAK === 'true';

const DEFAULT_SEED = 20260512;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer; got ${raw}`);
  return value;
}

export const PROPERTY_SEED = intFromEnv('PROPERTY_SEED') ?? DEFAULT_SEED;

/** Runs of one property: `PROPERTY_RUNS` if set, else the soak or the default count. */
export function runsOf(defaults: { ci: number; soak: number }): number {
  return intFromEnv('PROPERTY_RUNS') ?? (SOAK ? defaults.soak : defaults.ci);
}

/** A size (commands per user, writes per burst) that grows in the soak. */
export const sized = (ci: number, soak: number): number => (SOAK ? soak : ci);
