/**
 * Runs a property until it has found every distinct failure it can (up to a bound), each one
 * shrunk by fast-check: after a failure is shrunk its signature counts as known, and the
 * property runs again (from the next seed, so new values) looking only for other signatures.
 */
import fc from 'fast-check';
import { PROPERTY_SEED } from './settings';

export interface Failure {
  signature: string;
  /** Everything needed to read the failure: what was sent, what came back. */
  report: string;
}

export interface FoundFailure extends Failure {
  counterexample: string;
  seed: number;
  path: string | undefined;
  shrinks: number;
}

export interface HuntResult {
  failures: FoundFailure[];
  /** Runs fast-check made, shrinking included, over every round. */
  runs: number;
}

export async function huntFailures<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<Failure | undefined>,
  options: { numRuns: number; maxFailures?: number; seed?: number },
): Promise<HuntResult> {
  const known = new Set<string>();
  const failures: FoundFailure[] = [];
  const seed = options.seed ?? PROPERTY_SEED;
  let runs = 0;
  for (let round = 0; round < (options.maxFailures ?? 4); round++) {
    let last: Failure | undefined;
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        runs += 1;
        const failure = await check(value);
        if (!failure || known.has(failure.signature)) return true;
        // The last failing run is the shrunk counterexample fast-check reports.
        last = failure;
        return false;
      }),
      { numRuns: options.numRuns, seed: seed + round },
    );
    if (!details.failed) break;
    // The check itself threw (a fixture refused, the host died): that fails the test as it is.
    if (!last) {
      const error = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
      error.message = `The property threw on ${fc.stringify(details.counterexample)} (seed ${details.seed}, path ${details.counterexamplePath}): ${error.message}`;
      throw error;
    }
    const found: Failure = last;
    known.add(found.signature);
    failures.push({
      ...found,
      counterexample: fc.stringify(details.counterexample),
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      shrinks: details.numShrinks,
    });
  }
  return { failures, runs };
}

export function describeFailures(title: string, failures: readonly FoundFailure[]): string {
  const parts = failures.map(
    (f, i) =>
      `${i + 1}. ${f.signature}\n${f.report}\n   shrunk counterexample (${f.shrinks} shrinks; replay with PROPERTY_SEED=${f.seed}, path ${f.path}):\n   ${f.counterexample}`,
  );
  return `${title}: ${failures.length} distinct failure(s)\n${parts.join('\n')}`;
}
