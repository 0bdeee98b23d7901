/**
 * An objective the team picked, being shaped into an OKR: its title, commitment, what it aligns
 * to, quality hints, and its key results with "Add key result". Edited in place while the step is open.
 */
import { deleteSessionItemPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { ConfirmDelete } from '@shared/components/confirm-delete';
import { AlignIcon, PencilIcon, PlusIcon, TrashIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { QualityHints } from '@shared/okr/quality-hints';
import { CommitmentLozenge } from '@shared/okr/status-lozenge';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, elevation, font, radius, space } from '@shared/styles/tokens';
import { useId, useState } from 'react';
import { deleteSessionItem } from '../../../api/invokes';
import { useSession } from '../../../app-state/session-context';
import { keyResultsOf, qualityOf, type ObjectiveItemView } from '../../../app-state/session-model';
import { KeyResultEditor } from './key-result-editor';
import { ObjectiveEditor } from './objective-editor';
import { SessionKeyResult } from './session-key-result';

defineStyles(
  'session-objective',
  `
.okr-session-objective { display: flex; flex-direction: column; background: ${elevation.surfaceRaised};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; }
.okr-session-objective__head { display: grid; grid-template-columns: auto 1fr auto; gap: ${space.s100} ${space.s150}; padding: ${space.s200}; align-items: start; }
.okr-session-objective__number { display: inline-flex; align-items: center; justify-content: center; width: 1.75rem; height: 1.75rem;
  border-radius: ${radius.full}; background: ${color.bgSelected}; color: ${color.textSelected}; font: ${font.headingXsmall}; }
.okr-session-objective__main { display: flex; flex-direction: column; gap: ${space.s075}; min-width: 0; }
.okr-session-objective__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-session-objective__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-session-objective__aligned { display: inline-flex; gap: ${space.s050}; align-items: center; min-width: 0; }
.okr-session-objective__aligned svg { flex: none; color: ${color.iconSubtle}; }
.okr-session-objective__description { color: ${color.textSubtle}; white-space: pre-line; }
.okr-session-objective__actions { display: flex; gap: ${space.s025}; }
.okr-session-objective__editor { padding: ${space.s150}; }
.okr-session-objective__body { border-top: ${border.width} solid ${color.border}; padding: ${space.s050} ${space.s200} ${space.s150}; display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-session-objective__krs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-session-objective__empty { padding: ${space.s150} 0 ${space.s050}; color: ${color.textSubtlest}; font: ${font.bodySmall}; }
@container surface (max-width: 480px) {
  .okr-session-objective__head { grid-template-columns: 1fr auto; padding: ${space.s150}; }
  .okr-session-objective__number { display: none; }
  .okr-session-objective__body { padding: ${space.s050} ${space.s150} ${space.s150}; }
}
`,
);

export function SessionObjective({ item, number }: { item: ObjectiveItemView; number: number }) {
  const { t, format } = useI18n();
  const { view, editable, reload } = useSession();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [addingKr, setAddingKr] = useState(false);
  const titleId = useId();
  const keyResults = keyResultsOf(view, item.id);
  const parent = view.context.parentObjectives.find((p) => p.id === item.parentObjectiveId);
  const editKey = `edit-session-objective-${item.id}`;
  const deleteKey = `delete-session-objective-${item.id}`;
  const addKrKey = `add-session-kr-${item.id}`;

  return (
    <article className="okr-session-objective" data-testid="session-objective" data-item-id={item.id} aria-labelledby={titleId}>
      {mode === 'edit' ? (
        <div className="okr-session-objective__editor">
          <span id={titleId} className="okr-visually-hidden">
            {item.title}
          </span>
          <ObjectiveEditor item={item} onDone={() => setMode('view')} returnFocusKey={editKey} />
        </div>
      ) : (
        <div className="okr-session-objective__head">
          <span className="okr-session-objective__number" aria-hidden="true">
            {format.number(number)}
          </span>
          <div className="okr-session-objective__main">
            <h3 className="okr-session-objective__title" id={titleId} data-testid="session-objective-title">
              {item.title}
            </h3>
            <div className="okr-session-objective__meta">
              <CommitmentLozenge commitment={item.commitment} />
              {parent ? (
                <span className="okr-session-objective__aligned" data-testid="session-objective-parent">
                  <AlignIcon size={14} />
                  <span>
                    {t('objective.alignedTo')}: <b>{parent.title}</b>
                  </span>
                </span>
              ) : null}
            </div>
            {item.description ? <p className="okr-session-objective__description">{item.description}</p> : null}
            <QualityHints issues={qualityOf(view, item)} testId="session-objective-quality" />
          </div>
          {editable ? (
            <div className="okr-session-objective__actions">
              <Button appearance="subtle" icon={<PencilIcon />} iconOnlyLabel={t('objective.edit')} onClick={() => setMode('edit')} data-return-focus={editKey} testId="edit-session-objective" />
              <Button appearance="subtle" icon={<TrashIcon />} iconOnlyLabel={t('objective.delete')} onClick={() => setMode('delete')} data-return-focus={deleteKey} testId="delete-session-objective" />
            </div>
          ) : null}
        </div>
      )}
      {mode === 'delete' ? (
        <div className="okr-session-objective__editor">
          <ConfirmDelete
            title={t('objective.deleteTitle')}
            body={item.publishedObjectiveId ? t('session.objective.deletePublishedBody', { title: item.title }) : t('session.objective.deleteBody', { title: item.title })}
            id={item.id}
            latestVersion={item.version}
            schema={deleteSessionItemPayload}
            remove={deleteSessionItem}
            reload={reload}
            onDeleted={() => void reload()}
            onCancel={() => setMode('view')}
            returnFocusKey={[deleteKey, 'add-session-objective']}
            testId="delete-session-objective-dialog"
          />
        </div>
      ) : null}
      <section className="okr-session-objective__body" aria-label={t('objective.keyResults')}>
        {keyResults.length ? (
          <ul className="okr-session-objective__krs">
            {keyResults.map((kr) => (
              <SessionKeyResult key={kr.id} item={kr} />
            ))}
          </ul>
        ) : (
          <div className="okr-session-objective__empty">{t('objective.noKeyResults')}</div>
        )}
        {editable ? (
          addingKr ? (
            <KeyResultEditor objectiveItemId={item.id} onDone={() => setAddingKr(false)} returnFocusKey={addKrKey} />
          ) : (
            <div>
              <Button appearance="subtle" compact icon={<PlusIcon />} onClick={() => setAddingKr(true)} data-return-focus={addKrKey} testId="add-session-kr">
                {t('kr.add')}
              </Button>
            </div>
          )
        ) : null}
      </section>
    </article>
  );
}
