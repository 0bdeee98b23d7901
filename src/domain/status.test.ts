import { expectationFor, progressStatus } from './status';

describe('progressStatus', () => {
  it("is 'done' at full progress, or when marked complete", () => {
    expect(progressStatus({ progress: 1, expected: 0.1, commitment: 'committed' })).toBe('done');
    expect(progressStatus({ progress: 1, expected: 0, commitment: 'aspirational' })).toBe('done');
    expect(progressStatus({ progress: 0.2, expected: 0.9, commitment: 'committed', complete: true })).toBe('done');
  });

  it("is 'not-started' before the cycle begins with no progress", () => {
    expect(progressStatus({ progress: 0, expected: 0, commitment: 'committed' })).toBe('not-started');
    expect(progressStatus({ progress: 0, expected: 0, commitment: 'aspirational' })).toBe('not-started');
    // Early progress before the start is on track, not "not started".
    expect(progressStatus({ progress: 0.05, expected: 0, commitment: 'committed' })).toBe('on-track');
  });

  it('measures a committed OKR against the full time elapsed', () => {
    expect(expectationFor(0.5, 'committed')).toBe(0.5);
    // Half the cycle gone: within 10 points on track, within 25 at risk, beyond off track.
    expect(progressStatus({ progress: 0.5, expected: 0.5, commitment: 'committed' })).toBe('on-track');
    expect(progressStatus({ progress: 0.4, expected: 0.5, commitment: 'committed' })).toBe('on-track');
    expect(progressStatus({ progress: 0.39, expected: 0.5, commitment: 'committed' })).toBe('at-risk');
    expect(progressStatus({ progress: 0.25, expected: 0.5, commitment: 'committed' })).toBe('at-risk');
    expect(progressStatus({ progress: 0.24, expected: 0.5, commitment: 'committed' })).toBe('off-track');
    expect(progressStatus({ progress: 0, expected: 0.5, commitment: 'committed' })).toBe('off-track');
  });

  it('expects 0.7 of the time elapsed from an aspirational OKR', () => {
    expect(expectationFor(0.5, 'aspirational')).toBeCloseTo(0.35, 12);
    expect(progressStatus({ progress: 0.25, expected: 0.5, commitment: 'aspirational' })).toBe('on-track');
    expect(progressStatus({ progress: 0.24, expected: 0.5, commitment: 'aspirational' })).toBe('at-risk');
    expect(progressStatus({ progress: 0.1, expected: 0.5, commitment: 'aspirational' })).toBe('at-risk');
    expect(progressStatus({ progress: 0.09, expected: 0.5, commitment: 'aspirational' })).toBe('off-track');
  });

  it('tells committed and aspirational apart at the end of the cycle', () => {
    // 0.6 at the end: a stretch goal within 10 points of 0.7; a commitment 40 points short.
    expect(progressStatus({ progress: 0.6, expected: 1, commitment: 'aspirational' })).toBe('on-track');
    expect(progressStatus({ progress: 0.6, expected: 1, commitment: 'committed' })).toBe('off-track');
    expect(progressStatus({ progress: 0.8, expected: 1, commitment: 'committed' })).toBe('at-risk');
    expect(progressStatus({ progress: 0.9, expected: 1, commitment: 'committed' })).toBe('on-track');
  });

  it('keeps the first days on track: no progress is fine while within 10 points', () => {
    expect(progressStatus({ progress: 0, expected: 5 / 92, commitment: 'committed' })).toBe('on-track');
    expect(progressStatus({ progress: 0, expected: 0.1, commitment: 'committed' })).toBe('on-track');
    expect(progressStatus({ progress: 0, expected: 0.11, commitment: 'committed' })).toBe('at-risk');
    // Aspirational: 0.14 x 0.7 = 0.098 short, 0.15 x 0.7 = 0.105 short, 0.36 x 0.7 = 0.252 short.
    expect(progressStatus({ progress: 0, expected: 0.14, commitment: 'aspirational' })).toBe('on-track');
    expect(progressStatus({ progress: 0, expected: 0.15, commitment: 'aspirational' })).toBe('at-risk');
    expect(progressStatus({ progress: 0, expected: 0.36, commitment: 'aspirational' })).toBe('off-track');
  });

  it('is not fooled by float noise on the edges, and treats non-finite input as 0', () => {
    // 0.7 x 1 - 0.6 is 0.09999999999999998 and 0.7 - 0.45 is 0.24999999999999994 in floats.
    expect(progressStatus({ progress: 0.45, expected: 1, commitment: 'aspirational' })).toBe('at-risk');
    expect(progressStatus({ progress: Number.NaN, expected: 0, commitment: 'committed' })).toBe('not-started');
    expect(progressStatus({ progress: 0.5, expected: Number.NaN, commitment: 'committed' })).toBe('on-track');
    expect(progressStatus({ progress: 0.5, expected: 7, commitment: 'committed' })).toBe('off-track');
  });
});
