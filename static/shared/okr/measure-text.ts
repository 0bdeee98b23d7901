/**
 * A key result's reading in words: "25 / 30 leads", "45%", "Done", "From its initiatives", and a
 * check-in's value.
 */
import type { I18n } from '../i18n';
import type { Measure } from './okr-labels';

export function currentVsTarget({ t, format }: I18n, measure: Measure): string {
  switch (measure.kind) {
    case 'metric': {
      const current = format.number(measure.current);
      const target = format.number(measure.target);
      return measure.unit ? t('kr.metric', { current, target, unit: measure.unit }) : t('kr.metricNoUnit', { current, target });
    }
    case 'percentage':
      return format.percent(measure.current / 100);
    case 'milestone':
      return measure.done ? t('kr.milestoneDone') : t('kr.milestoneNotDone');
    case 'initiatives':
      return t('kr.fromInitiatives');
  }
}

/** "from 20": only a metric has a baseline worth showing. */
export function fromBaseline({ t, format }: I18n, measure: Measure): string | undefined {
  return measure.kind === 'metric' ? t('kr.from', { baseline: format.number(measure.baseline) }) : undefined;
}

/** A check-in's `value` read the way its key result is measured (1/0 is done/not done). */
export function checkInValue({ t, format }: I18n, measure: Measure, value: number): string {
  switch (measure.kind) {
    case 'metric':
      return measure.unit ? `${format.number(value)} ${measure.unit}` : format.number(value);
    case 'percentage':
      return format.percent(value / 100);
    case 'milestone':
      return value >= 1 ? t('kr.milestoneDone') : t('kr.milestoneNotDone');
    // Takes no check-ins; one recorded before the key result switched kind reads as a number.
    case 'initiatives':
      return format.number(value);
  }
}

/** Whether a key result takes check-ins: initiative-driven ones get their progress from the work. */
export const takesCheckIns = (measure: Measure): boolean => measure.kind !== 'initiatives';
