/**
 * How many key results an objective and initiatives a key result may have: well above the 3 to 5
 * of each the method advises, and inside one objective's storage budget
 * (docs/decisions/0007-storage-size-budget.md: 10 x 7 with every text at its maximum length is
 * 148,638 bytes stored, 73% of a 200 KiB shard). The contract's LIMITS say the same numbers.
 */
export const KEY_RESULTS_PER_OBJECTIVE = 10;
export const INITIATIVES_PER_KEY_RESULT = 7;

/** Whether a key result with `initiatives` may take one more; only growing past the cap is refused. */
export const mayAddInitiative = (keyResult: { initiatives?: readonly unknown[] | undefined }): boolean =>
  (keyResult.initiatives ?? []).length < INITIATIVES_PER_KEY_RESULT;
