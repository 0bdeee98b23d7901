/**
 * A key result's stored measure from what a person entered (the panel's form or a session
 * draft): the one rule both use. A current value left out keeps the one recorded by check-ins
 * (editing a title must not reset progress); a new metric starts at its baseline; a metric's
 * direction follows from its baseline and target, the stated one only for "hold at X".
 */
import { impliedDirection } from './scoring';
import type { KeyResultMeasure, MetricDirection } from './types';

/** A measure as entered: current values optional. */
export type MeasureEntry =
  | { kind: 'metric'; baseline: number; target: number; current?: number | undefined; unit: string; direction?: MetricDirection | undefined }
  | { kind: 'percentage'; current?: number | undefined }
  | { kind: 'milestone'; done?: boolean | undefined }
  | { kind: 'initiatives' };

export function measureFrom(entry: MeasureEntry, previous?: KeyResultMeasure): KeyResultMeasure {
  switch (entry.kind) {
    case 'metric':
      return {
        kind: 'metric',
        baseline: entry.baseline,
        target: entry.target,
        current: entry.current ?? (previous?.kind === 'metric' ? previous.current : entry.baseline),
        unit: entry.unit,
        direction: impliedDirection(entry.baseline, entry.target, entry.direction),
      };
    case 'percentage':
      return { kind: 'percentage', current: entry.current ?? (previous?.kind === 'percentage' ? previous.current : 0) };
    case 'milestone':
      return { kind: 'milestone', done: entry.done ?? (previous?.kind === 'milestone' ? previous.done : false) };
    case 'initiatives':
      return { kind: 'initiatives' };
  }
}
