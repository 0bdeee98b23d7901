import { LIMITS } from '../../contracts/limits';
import { accountIdSchema, issueKeySchema, saveObjectivePayload } from '../../contracts/schemas';
import { textProblem } from '../../contracts/text';
import { serializedBytes, worstCaseObjective, worstCaseShardBytes, type SizeLimits } from './objective-size';
import { MAX_SHARD_BYTES } from './okr-shard-store';

describe('the storage budget of one objective', () => {
  it('keeps the largest objective the limits allow at no more than 75% of a shard', () => {
    const bytes = worstCaseShardBytes(LIMITS);
    expect(bytes).toBeLessThanOrEqual(0.75 * MAX_SHARD_BYTES);
    // The figure docs/decisions/0007 and LIMITS' comment quote.
    expect(bytes).toBe(148_638);
  });

  it('counts every cap: one more key result or initiative costs bytes', () => {
    const more = (change: Partial<SizeLimits>) => worstCaseShardBytes({ ...LIMITS, ...change });
    expect(more({ keyResultsPerObjective: LIMITS.keyResultsPerObjective + 1 })).toBeGreaterThan(worstCaseShardBytes(LIMITS));
    expect(more({ initiativesPerKeyResult: LIMITS.initiativesPerKeyResult + 1 })).toBeGreaterThan(worstCaseShardBytes(LIMITS));
    const objective = worstCaseObjective(LIMITS);
    expect(objective.keyResults).toHaveLength(LIMITS.keyResultsPerObjective);
    expect(objective.keyResults[0]!.initiatives).toHaveLength(LIMITS.initiativesPerKeyResult);
  });

  it('would not fit at the caps the app had before (20 x 20)', () => {
    expect(worstCaseShardBytes({ ...LIMITS, keyResultsPerObjective: 20, initiativesPerKeyResult: 20 })).toBeGreaterThan(240 * 1024);
  });

  it('uses the lengths the payload schemas allow, no less', () => {
    const { title, description, ownerAccountId } = worstCaseObjective(LIMITS);
    expect(saveObjectivePayload.safeParse({ cycleId: 'c', teamId: 't', title, description }).success).toBe(true);
    expect(saveObjectivePayload.safeParse({ cycleId: 'c', teamId: 't', title: `${title}가` }).success).toBe(false);
    expect(accountIdSchema.safeParse(ownerAccountId).success).toBe(true);
    expect(accountIdSchema.safeParse(`${ownerAccountId}x`).success).toBe(false);
    const longestKey = `A${'B'.repeat(19)}-1${'0'.repeat(9)}`;
    expect(longestKey).toHaveLength(LIMITS.issueKeyMax);
    expect(issueKeySchema.safeParse(longestKey).success).toBe(true);
    expect(issueKeySchema.safeParse(`${longestKey}0`).success).toBe(false);
  });

  it('rests on text costing at most 3 bytes a UTF-16 unit once the text rule holds', () => {
    let widest = 0;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (textProblem(char, true)) continue;
      widest = Math.max(widest, serializedBytes(char) - 2);
    }
    expect(widest).toBe(3);
    expect(serializedBytes('🚀') - 2).toBe(4); // two units
  });
});
