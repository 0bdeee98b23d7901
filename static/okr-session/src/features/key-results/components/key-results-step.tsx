/**
 * Step 3, set key results: pick one to three objectives from the brainstorm (or add one
 * directly), then write for each the measurable results that will show it was achieved.
 */
import { Button } from '@shared/components/button';
import { EmptyState } from '@shared/components/empty-state';
import { PlusIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { useSession } from '../../../app-state/session-context';
import { byOrder } from '../../../app-state/session-model';
import { CandidatePicker } from './candidate-picker';
import { ObjectiveEditor } from './objective-editor';
import { SessionObjective } from './session-objective';

export function KeyResultsStep() {
  const { t, format } = useI18n();
  const { view, editable } = useSession();
  const [adding, setAdding] = useState(false);
  const objectives = byOrder(view.objectives);
  const addButton = editable ? (
    <Button icon={<PlusIcon />} onClick={() => setAdding(true)} data-return-focus="add-session-objective" testId="add-session-objective">
      {t('session.objective.addDirectly')}
    </Button>
  ) : null;

  return (
    <div className="okr-session-section" style={{ gap: 16 }}>
      <CandidatePicker />
      <section className="okr-session-section" aria-labelledby="session-objectives-title" data-testid="session-objectives">
        <h3 className="okr-session-section__title" id="session-objectives-title">
          {t('session.objective.listTitle', { count: format.number(objectives.length) })}
        </h3>
        {objectives.length === 0 && !adding ? (
          <EmptyState title={t('session.objective.emptyTitle')} body={editable ? t('session.objective.emptyBody') : t('session.objective.emptyLater')} actions={addButton} testId="session-objectives-empty" />
        ) : (
          <>
            {objectives.map((objective, index) => (
              <SessionObjective key={objective.id} item={objective} number={index + 1} />
            ))}
            {adding ? <ObjectiveEditor onDone={() => setAdding(false)} returnFocusKey="add-session-objective" /> : <div>{addButton}</div>}
          </>
        )}
      </section>
    </div>
  );
}
