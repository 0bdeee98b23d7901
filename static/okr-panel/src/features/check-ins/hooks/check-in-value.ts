/** The value a new check-in starts from: the key result's current reading, ready to adjust. */
import type { Measure } from '@shared/okr/okr-labels';

export function checkInStartValue(measure: Measure): string {
  switch (measure.kind) {
    case 'metric':
    case 'percentage':
      return String(measure.current);
    case 'milestone':
      return measure.done ? '1' : '0';
    // Never asked: an initiative-driven key result has no check-in form.
    case 'initiatives':
      return '';
  }
}
