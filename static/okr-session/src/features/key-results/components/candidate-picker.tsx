/**
 * The brainstorm's candidates, most votes first: the team picks one to three of them as
 * objectives (each becomes an objective draft with the candidate's text as its title).
 */
import type { ErrorBody } from '@contracts/envelope';
import { saveSessionItemPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { CheckIcon, VoteIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { checkPayload } from '@shared/field-errors';
import { useI18n } from '@shared/i18n';
import { QualityHints } from '@shared/okr/quality-hints';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useState } from 'react';
import { saveSessionItem } from '../../../api/invokes';
import { useSession } from '../../../app-state/session-context';
import { candidatesByVotes, qualityOf, type CandidateView } from '../../../app-state/session-model';

defineStyles(
  'session-candidate-picker',
  `
.okr-pick { display: grid; grid-template-columns: auto 1fr auto; gap: ${space.s050} ${space.s150}; padding: ${space.s100} 0; align-items: center; }
.okr-pick__votes { display: inline-flex; gap: ${space.s025}; align-items: center; min-width: 2.5rem; font: ${font.headingXsmall}; color: ${color.textSubtle}; font-variant-numeric: tabular-nums; }
.okr-pick__text { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-pick__error { grid-column: 2 / -1; font: ${font.bodySmall}; color: ${color.textDanger}; }
@container surface (max-width: 480px) { .okr-pick { grid-template-columns: auto 1fr; } .okr-pick > :last-child { grid-column: 2; } }
`,
);

export function CandidatePicker() {
  const { t, format } = useI18n();
  const { view } = useSession();
  const candidates = candidatesByVotes(view.candidates);
  if (candidates.length === 0) return null;
  return (
    <section className="okr-session-card" aria-labelledby="pick-title" data-testid="candidate-picker">
      <div className="okr-session-section">
        <h3 className="okr-session-section__title" id="pick-title">
          {t('session.pick.title', { count: format.number(candidates.length) })}
        </h3>
        <p className="okr-session-section__about">{t('session.pick.about')}</p>
      </div>
      <ul className="okr-session-list">
        {candidates.map((candidate) => (
          <PickRow key={candidate.id} candidate={candidate} />
        ))}
      </ul>
    </section>
  );
}

function PickRow({ candidate }: { candidate: CandidateView }) {
  const { t } = useI18n();
  const { view, editable, reload } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const picked = view.objectives.some((o) => o.candidateId === candidate.id);

  const pick = async () => {
    const checked = checkPayload(saveSessionItemPayload, { kind: 'objective', candidateId: candidate.id, title: candidate.text });
    if (!checked.ok) return setError(checked.error);
    setBusy(true);
    setError(null);
    const answer = await saveSessionItem(checked.data);
    if (!answer.ok) setError(answer.error);
    await reload();
    setBusy(false);
  };

  return (
    <li className="okr-pick" data-testid="pick-row" data-candidate-id={candidate.id}>
      <span className="okr-pick__votes" title={t('session.stage.votes', { count: candidate.votes })}>
        <VoteIcon size={14} />
        <span aria-hidden="true">{candidate.votes}</span>
        <span className="okr-visually-hidden">{t('session.stage.votes', { count: candidate.votes })}</span>
      </span>
      <span className="okr-pick__text">
        <span>{candidate.text}</span>
        <QualityHints issues={qualityOf(view, candidate)} />
      </span>
      {picked ? (
        <Lozenge appearance="success">
          <CheckIcon size={12} /> {t('session.pick.picked')}
        </Lozenge>
      ) : editable ? (
        <Button compact loading={busy} onClick={() => void pick()} testId="pick-candidate" aria-label={t('session.pick.buttonFor', { text: candidate.text })}>
          {t('session.pick.button')}
        </Button>
      ) : (
        <span />
      )}
      {error ? (
        <p className="okr-pick__error" role="alert">
          {t(`error.${error.code}`)}
        </p>
      ) : null}
    </li>
  );
}
