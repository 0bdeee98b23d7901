/**
 * One brainstormed candidate: the vote toggle with its count (pressed when it is the user's vote),
 * the text and who added it, quality hints, and, while the step is open, edit and delete.
 */
import { deleteSessionItemPayload, saveSessionItemPayload } from '@contracts/schemas';
import { LIMITS } from '@contracts/limits';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { ConfirmDelete } from '@shared/components/confirm-delete';
import { PencilIcon, TrashIcon, VoteIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { TextField } from '@shared/components/text-field';
import { useI18n } from '@shared/i18n';
import { QualityHints } from '@shared/okr/quality-hints';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, radius, space } from '@shared/styles/tokens';
import { useState } from 'react';
import { deleteSessionItem, saveSessionItem } from '../../../api/invokes';
import { DraftFeedback, useDraftFieldMessages } from '../../../app-state/draft-feedback';
import { useSession } from '../../../app-state/session-context';
import { qualityOf, type CandidateView } from '../../../app-state/session-model';
import { useItemDraft } from '../../../app-state/use-item-draft';
import { useVote } from '../hooks/use-vote';

defineStyles(
  'session-candidate',
  `
.okr-candidate { display: grid; grid-template-columns: auto 1fr auto; gap: ${space.s100} ${space.s150}; padding: ${space.s150} 0; align-items: start; }
.okr-candidate__main { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-candidate__text { font: ${font.body}; font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-candidate__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-candidate__actions { display: flex; gap: ${space.s025}; }
.okr-candidate__editor { grid-column: 2 / -1; display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-vote { display: inline-flex; flex-direction: column; align-items: center; justify-content: center; min-width: 2.75rem; padding: ${space.s050};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.medium}; background: ${color.bgInput}; color: ${color.textSubtle};
  font: ${font.headingXsmall}; font-variant-numeric: tabular-nums; cursor: pointer; }
.okr-vote:hover { background: ${color.bgNeutralSubtleHovered}; }
.okr-vote:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: ${space.s025}; }
.okr-vote[aria-pressed="true"] { background: ${color.bgSelected}; border-color: ${color.borderSelected}; color: ${color.textSelected}; }
.okr-vote[aria-disabled="true"] { cursor: default; }
.okr-vote[aria-disabled="true"]:hover { background: ${color.bgInput}; }
.okr-vote--static { cursor: default; }
.okr-candidate__error { grid-column: 1 / -1; font: ${font.bodySmall}; color: ${color.textDanger}; }
@container surface (max-width: 480px) { .okr-candidate { grid-template-columns: auto 1fr; } .okr-candidate__actions { grid-column: 2; } }
`,
);

export function CandidateRow({ candidate }: { candidate: CandidateView }) {
  const { t } = useI18n();
  const { view, editable, reload } = useSession();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const vote = useVote(candidate);
  const picked = view.objectives.some((o) => o.candidateId === candidate.id);
  const editKey = `edit-candidate-${candidate.id}`;
  const deleteKey = `delete-candidate-${candidate.id}`;

  return (
    <li className="okr-candidate" data-testid="candidate" data-candidate-id={candidate.id}>
      {view.can.takePart ? (
        <button
          type="button"
          className="okr-vote"
          aria-pressed={vote.votedByMe}
          aria-disabled={!editable || vote.busy || undefined}
          aria-label={vote.votedByMe ? t('session.stage.unvote', { text: candidate.text }) : t('session.stage.vote', { text: candidate.text })}
          title={editable ? undefined : t('session.stage.votingClosed')}
          onClick={() => (editable ? void vote.toggle() : undefined)}
          data-testid="candidate-vote"
        >
          <VoteIcon size={16} />
          <span data-testid="candidate-votes" aria-hidden="true">
            {vote.votes}
          </span>
          <span className="okr-visually-hidden">{t('session.stage.votes', { count: vote.votes })}</span>
        </button>
      ) : (
        // Someone who follows the session sees the tally, with nothing to press.
        <span className="okr-vote okr-vote--static" data-testid="candidate-tally">
          <VoteIcon size={16} />
          <span data-testid="candidate-votes" aria-hidden="true">
            {vote.votes}
          </span>
          <span className="okr-visually-hidden">{t('session.stage.votes', { count: vote.votes })}</span>
        </span>
      )}
      {mode === 'edit' ? (
        <div className="okr-candidate__editor">
          <CandidateEditor candidate={candidate} onDone={() => setMode('view')} returnFocusKey={editKey} />
        </div>
      ) : (
        <>
          <div className="okr-candidate__main">
            <span className="okr-candidate__text" data-testid="candidate-text">
              {candidate.text}
            </span>
            <div className="okr-candidate__meta">
              <UserName accountId={candidate.authorAccountId} size={16} />
              {picked ? <Lozenge appearance="success">{t('session.stage.picked')}</Lozenge> : null}
            </div>
            <QualityHints issues={qualityOf(view, candidate)} testId="candidate-quality" />
          </div>
          {editable ? (
            <div className="okr-candidate__actions">
              <Button appearance="subtle" compact icon={<PencilIcon />} iconOnlyLabel={t('session.stage.edit')} onClick={() => setMode('edit')} data-return-focus={editKey} testId="edit-candidate" />
              <Button appearance="subtle" compact icon={<TrashIcon />} iconOnlyLabel={t('session.stage.delete')} onClick={() => setMode('delete')} data-return-focus={deleteKey} testId="delete-candidate" />
            </div>
          ) : null}
        </>
      )}
      {vote.error ? (
        <p className="okr-candidate__error" role="alert">
          {t(`error.${vote.error.code}`)}
        </p>
      ) : null}
      {mode === 'delete' ? (
        <div style={{ gridColumn: '1 / -1' }}>
          <ConfirmDelete
            title={t('session.stage.deleteTitle')}
            body={t('session.stage.deleteBody', { text: candidate.text })}
            id={candidate.id}
            latestVersion={candidate.version}
            schema={deleteSessionItemPayload}
            remove={deleteSessionItem}
            reload={reload}
            onDeleted={() => void reload()}
            onCancel={() => setMode('view')}
            returnFocusKey={[deleteKey, 'candidate-input']}
            testId="delete-candidate-dialog"
          />
        </div>
      ) : null}
    </li>
  );
}

function CandidateEditor({ candidate, onDone, returnFocusKey }: { candidate: CandidateView; onDone: () => void; returnFocusKey: string }) {
  const { t } = useI18n();
  const { view } = useSession();
  const form = useItemDraft({
    key: `candidate:${candidate.id}`,
    server: { text: candidate.text },
    version: candidate.version,
    schema: saveSessionItemPayload,
    payload: (draft, version) => ({ kind: 'candidate', id: candidate.id, version, text: draft.text }),
    send: saveSessionItem,
    onSaved: () => close(),
  });
  const { byField, unplaced } = useDraftFieldMessages(form, ['text']);
  const stillThere = view.candidates.find((c) => c.id === candidate.id);
  const close = () => {
    form.takeTheirs();
    onDone();
    window.setTimeout(() => document.querySelector<HTMLElement>(`[data-return-focus="${returnFocusKey}"]`)?.focus(), 0);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <TextField
        label={t('session.stage.candidate')}
        required
        value={form.draft.text}
        onChange={(text) => form.set('text', text)}
        maxLength={LIMITS.titleMax}
        error={byField.text}
        autoFocus
        testId="candidate-edit-input"
      />
      <DraftFeedback draft={form} theirs={stillThere?.text} unplaced={unplaced} />
      <div className="okr-session-actions">
        <Button type="submit" appearance="primary" compact loading={form.status === 'saving'} testId="save-candidate">
          {t('common.save')}
        </Button>
        <Button compact onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
