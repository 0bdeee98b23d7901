/**
 * An objective's title and description inputs, as every objective form shows them (the panel's
 * and the session's), with the contract's limits and the writing help.
 */
import { LIMITS } from '@contracts/limits';
import { TextField } from '../components/text-field';
import { useI18n } from '../i18n';

export function ObjectiveTextFields({
  title,
  description,
  onTitle,
  onDescription,
  errors,
  testIdPrefix = '',
}: {
  title: string;
  description: string;
  onTitle: (value: string) => void;
  onDescription: (value: string) => void;
  errors: Partial<Record<'title' | 'description', string>>;
  /** Prepended to `objective-title-input` and `objective-description-input`. */
  testIdPrefix?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('objectiveForm.title')}
        required
        value={title}
        onChange={onTitle}
        maxLength={LIMITS.titleMax}
        placeholder={t('objectiveForm.title.placeholder')}
        help={t('objectiveForm.title.help')}
        error={errors.title}
        testId={`${testIdPrefix}objective-title-input`}
      />
      <TextField
        label={t('objectiveForm.description')}
        optionalText={t('common.optional')}
        multiline
        value={description}
        onChange={onDescription}
        maxLength={LIMITS.descriptionMax}
        error={errors.description}
        testId={`${testIdPrefix}objective-description-input`}
      />
    </>
  );
}
