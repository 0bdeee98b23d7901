import { measureFrom } from './measures';
import type { KeyResultMeasure } from './types';

describe('measureFrom: the stored measure from what a person entered', () => {
  it('starts a new metric at its baseline and infers its direction', () => {
    expect(measureFrom({ kind: 'metric', baseline: 30, target: 10, unit: '%' })).toEqual({ kind: 'metric', baseline: 30, target: 10, current: 30, unit: '%', direction: 'decrease' });
  });

  it('keeps the current value check-ins recorded when an edit leaves it out', () => {
    const previous: KeyResultMeasure = { kind: 'metric', baseline: 30, target: 50, current: 41, unit: '%', direction: 'increase' };
    expect(measureFrom({ kind: 'metric', baseline: 30, target: 60, unit: '%' }, previous)).toMatchObject({ current: 41, target: 60 });
    expect(measureFrom({ kind: 'percentage' }, { kind: 'percentage', current: 55 })).toEqual({ kind: 'percentage', current: 55 });
    expect(measureFrom({ kind: 'milestone' }, { kind: 'milestone', done: true })).toEqual({ kind: 'milestone', done: true });
  });

  it('starts a changed kind from scratch, and keeps a stated direction only for "hold at X"', () => {
    expect(measureFrom({ kind: 'percentage' }, { kind: 'milestone', done: true })).toEqual({ kind: 'percentage', current: 0 });
    expect(measureFrom({ kind: 'metric', baseline: 5, target: 5, unit: 'h', direction: 'decrease' })).toMatchObject({ direction: 'decrease' });
    expect(measureFrom({ kind: 'initiatives' }, { kind: 'percentage', current: 20 })).toEqual({ kind: 'initiatives' });
  });
});
