/** Choose the cycle a screen shows; labelled, keyboard-friendly, with each cycle's dates. */
import type { CycleView } from '@contracts/views';
import { Select } from '../components/select';
import { useI18n } from '../i18n';
import { cyclesNewestFirst } from './current-cycle';

export function CycleSwitcher({ cycles, value, onChange }: { cycles: readonly CycleView[]; value: string; onChange: (cycleId: string) => void }) {
  const { t, format } = useI18n();
  const options = cyclesNewestFirst(cycles).map((cycle) => ({
    value: cycle.id,
    label: t('cycle.option', { name: cycle.name, start: format.date(cycle.startDate), end: format.date(cycle.endDate) }),
  }));
  return <Select label={t('cycle.label')} value={value} options={options} onChange={onChange} testId="cycle-switcher" />;
}
