import { INITIATIVES_PER_KEY_RESULT, mayAddInitiative } from './caps';

describe('the caps of an objective', () => {
  it('lets a key result take initiatives up to the cap, and no more', () => {
    const initiatives = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(mayAddInitiative({})).toBe(true);
    expect(mayAddInitiative({ initiatives: initiatives(INITIATIVES_PER_KEY_RESULT - 1) })).toBe(true);
    expect(mayAddInitiative({ initiatives: initiatives(INITIATIVES_PER_KEY_RESULT) })).toBe(false);
  });
});
