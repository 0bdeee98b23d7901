/** The "from X to Y" inputs of a metric key result, and the direction when X equals Y. */
import { LIMITS } from '@contracts/limits';
import { Select } from '@shared/components/select';
import { TextField } from '@shared/components/text-field';
import { useI18n } from '@shared/i18n';
import { needsDirection, type KeyResultDraft } from '../hooks/key-result-draft';

export function MetricFields({
  draft,
  set,
  errors,
}: {
  draft: KeyResultDraft;
  set: <K extends keyof KeyResultDraft>(key: K) => (value: KeyResultDraft[K]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="okr-form-row">
        <TextField label={t('krForm.baseline')} required type="number" value={draft.baseline} onChange={set('baseline')} error={errors['measure.baseline']} testId="kr-baseline-input" />
        <TextField label={t('krForm.target')} required type="number" value={draft.target} onChange={set('target')} error={errors['measure.target']} testId="kr-target-input" />
        <TextField
          label={t('krForm.unit')}
          optionalText={t('common.optional')}
          value={draft.unit}
          onChange={set('unit')}
          maxLength={LIMITS.unitMax}
          placeholder={t('krForm.unit.placeholder')}
          error={errors['measure.unit']}
          testId="kr-unit-input"
        />
      </div>
      {needsDirection(draft) ? (
        <Select
          label={t('krForm.direction')}
          value={draft.direction}
          options={[
            { value: 'increase', label: t('krForm.direction.increase') },
            { value: 'decrease', label: t('krForm.direction.decrease') },
          ]}
          onChange={set('direction')}
          error={errors['measure.direction']}
          testId="kr-direction-select"
        />
      ) : null}
    </>
  );
}
