/**
 * The "from X to Y" inputs of a metric key result (and the direction when X equals Y). Shared by
 * the OKR panel's key-result form and the session's; `testIdPrefix` keeps each surface's test ids
 * (`kr-baseline-input`, `session-kr-baseline-input`).
 */
import { LIMITS } from '@contracts/limits';
import { Select } from '../components/select';
import { TextField } from '../components/text-field';
import { useI18n } from '../i18n';
import { needsDirection, type MeasureDraft } from './measure-draft';

export function MetricFields({
  draft,
  onChange,
  errors,
  testIdPrefix = 'kr',
}: {
  draft: MeasureDraft;
  /** Called with the fields that changed. */
  onChange: (patch: Partial<MeasureDraft>) => void;
  /** Messages by contract path (`measure.target`). */
  errors: Record<string, string>;
  testIdPrefix?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="okr-form-row">
        <TextField
          label={t('krForm.baseline')}
          required
          type="number"
          value={draft.baseline}
          onChange={(value) => onChange({ baseline: value })}
          error={errors['measure.baseline']}
          testId={`${testIdPrefix}-baseline-input`}
        />
        <TextField
          label={t('krForm.target')}
          required
          type="number"
          value={draft.target}
          onChange={(value) => onChange({ target: value })}
          error={errors['measure.target']}
          testId={`${testIdPrefix}-target-input`}
        />
        <TextField
          label={t('krForm.unit')}
          optionalText={t('common.optional')}
          value={draft.unit}
          onChange={(value) => onChange({ unit: value })}
          maxLength={LIMITS.unitMax}
          placeholder={t('krForm.unit.placeholder')}
          error={errors['measure.unit']}
          testId={`${testIdPrefix}-unit-input`}
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
          onChange={(value) => onChange({ direction: value })}
          error={errors['measure.direction']}
          testId={`${testIdPrefix}-direction-select`}
        />
      ) : null}
    </>
  );
}
