/** How a key result (draft or published) is measured, in words: "From 20 to 30 leads", "Percent complete". */
import type { I18n } from '@shared/i18n';
import type { MeasureDefinition } from '@contracts/views';

export function measureSummary({ t, format }: Pick<I18n, 't' | 'format'>, measure: MeasureDefinition): string {
  switch (measure.kind) {
    case 'metric': {
      const baseline = format.number(measure.baseline);
      const target = format.number(measure.target);
      return measure.unit ? t('session.kr.metric', { baseline, target, unit: measure.unit }) : t('session.kr.metricNoUnit', { baseline, target });
    }
    case 'percentage':
      return t('krForm.kind.percentage');
    case 'milestone':
      return t('krForm.kind.milestone');
    case 'initiatives':
      return t('session.kr.initiatives');
  }
}
