/**
 * One objective as a card: score and traffic light, title, status, commitment, owner and what it
 * aligns to, then its key results. Read-only by itself; the editable panel passes `actions` and
 * an `editor` that takes the summary's place while the objective is being edited.
 */
import type { ObjectiveView } from '@contracts/views';
import { useId, type ReactNode } from 'react';
import { UserName } from '../components/avatar';
import { AlignIcon, LockIcon } from '../components/icons';
import { Lozenge } from '../components/lozenge';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { border, color, elevation, font, radius, space } from '../styles/tokens';
import { ScoreBadge } from './score-badge';
import { useChangeHistory } from './change-history-dialog';
import { CommitmentLozenge, StatusLozenge } from './status-lozenge';

defineStyles(
  'objective-card',
  `
.okr-objective { display: flex; flex-direction: column; background: ${elevation.surfaceRaised};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; box-shadow: ${elevation.shadowRaised}; }
.okr-objective__head { display: grid; grid-template-columns: auto 1fr auto; gap: ${space.s100} ${space.s150}; padding: ${space.s200}; align-items: start; }
.okr-objective__main { display: flex; flex-direction: column; gap: ${space.s075}; min-width: 0; }
.okr-objective__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-objective__tags { display: flex; flex-wrap: wrap; gap: ${space.s050}; align-items: center; }
.okr-objective__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s200}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-objective__aligned { display: inline-flex; gap: ${space.s050}; align-items: center; min-width: 0; }
.okr-objective__aligned svg { flex: none; color: ${color.iconSubtle}; }
.okr-objective__aligned b { font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-objective__description { color: ${color.textSubtle}; white-space: pre-line; }
.okr-objective__actions { display: flex; gap: ${space.s025}; }
.okr-objective__editor { padding: ${space.s150}; }
.okr-objective__body { border-top: ${border.width} solid ${color.border}; padding: ${space.s050} ${space.s200} ${space.s150}; display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-objective__krs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-objective__empty { padding: ${space.s150} 0 ${space.s050}; color: ${color.textSubtlest}; font: ${font.bodySmall}; }
@container surface (max-width: 480px) {
  .okr-objective__head { padding: ${space.s150}; gap: ${space.s100}; }
  .okr-objective__body { padding: ${space.s050} ${space.s150} ${space.s150}; }
}
`,
);

export function ObjectiveCard({
  objective,
  teamName,
  actions,
  editor,
  children,
  empty,
  footer,
}: {
  objective: ObjectiveView;
  /** The objective's team, for "only Growth's members can see this" on a private one. */
  teamName?: string | undefined;
  actions?: ReactNode;
  /** Replaces the summary while the objective is edited or its deletion confirmed. */
  editor?: ReactNode;
  /** The key result rows (`<li>`s). */
  children?: ReactNode;
  /** Shown instead of the list when there are no key results. */
  empty?: ReactNode;
  /** Under the list: "Add key result" or its form. */
  footer?: ReactNode;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const hasKeyResults = objective.keyResults.length > 0;
  const history = useChangeHistory(objective);
  return (
    <article className="okr-objective" data-testid="objective-card" data-objective-id={objective.id} aria-labelledby={titleId}>
      {editor ? (
        <div className="okr-objective__editor">
          <span id={titleId} className="okr-visually-hidden">
            {objective.title}
          </span>
          {editor}
        </div>
      ) : (
        <div className="okr-objective__head">
          <ScoreBadge score={objective.score} band={objective.band} testId="objective-score" />
          <div className="okr-objective__main">
            <h3 className="okr-objective__title" id={titleId} data-testid="objective-title">
              {objective.title}
            </h3>
            <div className="okr-objective__tags">
              <StatusLozenge status={objective.status} testId="objective-status" />
              <CommitmentLozenge commitment={objective.commitment} />
              {objective.visibility === 'private' ? <PrivateLozenge teamName={teamName} /> : null}
            </div>
            <div className="okr-objective__meta">
              {objective.ownerAccountId ? <UserName accountId={objective.ownerAccountId} size={16} /> : null}
              {objective.parent ? (
                <span className="okr-objective__aligned" data-testid="objective-parent">
                  <AlignIcon size={14} />
                  <span>
                    {t('objective.alignedTo')}: <b>{objective.parent.title}</b>
                  </span>
                </span>
              ) : null}
              {objective.privateAlignedCount ? (
                <span className="okr-objective__aligned" data-testid="objective-private-aligned">
                  <LockIcon size={14} />
                  <span>{t('roles.privateAligned', { count: objective.privateAlignedCount })}</span>
                </span>
              ) : null}
            </div>
            {objective.description ? <p className="okr-objective__description">{objective.description}</p> : null}
          </div>
          <div className="okr-objective__actions">{history.button}{actions}</div>
        </div>
      )}
      {editor ? null : history.dialog}
      <section className="okr-objective__body" aria-label={t('objective.keyResults')}>
        {hasKeyResults ? <ul className="okr-objective__krs">{children}</ul> : <div className="okr-objective__empty">{empty ?? t('objective.noKeyResults')}</div>}
        {footer}
      </section>
    </article>
  );
}

/** "Private", saying on hover who can see it. */
function PrivateLozenge({ teamName }: { teamName: string | undefined }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance="moved" title={t('roles.privateHint', { team: teamName ?? '' })} testId="objective-private">
      {t('roles.private')}
    </Lozenge>
  );
}
