/**
 * "Add key result" under an objective's list, opening the form in its place; once the objective
 * holds as many key results as it can (LIMITS), the cap is said instead.
 */
import { LIMITS } from '@contracts/limits';
import { Button } from '@shared/components/button';
import { CapHint } from '@shared/components/cap-hint';
import { PlusIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { KeyResultForm } from './key-result-form';

export function AddKeyResult({ objectiveId, count }: { objectiveId: string; count: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const focusKey = `add-key-result-${objectiveId}`;
  if (count >= LIMITS.keyResultsPerObjective) {
    return <CapHint text={t('kr.capReached', { limit: LIMITS.keyResultsPerObjective })} testId="key-result-cap" />;
  }
  if (open) return <KeyResultForm objectiveId={objectiveId} onDone={() => setOpen(false)} returnFocusKey={focusKey} />;
  return (
    <div>
      <Button appearance="subtle" compact icon={<PlusIcon />} onClick={() => setOpen(true)} data-return-focus={focusKey} testId="add-key-result">
        {t('kr.add')}
      </Button>
    </div>
  );
}
