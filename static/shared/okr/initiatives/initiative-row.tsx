/**
 * One initiative under a key result, compact: what it is (epic key as a link, summary, Jira
 * status; or the title of work tracked by hand), a slim progress bar, and the work behind the
 * number ("7 / 12 issues"). A restricted epic shows only "Restricted epic" and its last known
 * progress; an epic Jira could not be read shows "Last known 45% · 2 hours ago".
 */
import type { ReactNode } from 'react';
import { Lozenge } from '../../components/lozenge';
import { EpicIcon, LockIcon, TaskIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { useI18n, type I18n } from '../../i18n';
import { defineStyles } from '../../styles/define-styles';
import { border, color, font, radius, space } from '../../styles/tokens';
import { EpicLink } from './epic-link';
import { EpicStatusLozenge } from './epic-status-lozenge';
import { epicKeyOf, epicOf, initiativeName, workCount, workTone, type InitiativeView } from './initiative-facts';

defineStyles(
  'initiative-row',
  `
.okr-ini { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: ${space.s050} ${space.s100}; padding: ${space.s100} 0; align-items: center; }
.okr-ini + .okr-ini { border-top: ${border.width} solid ${color.border}; }
.okr-ini__icon { display: inline-flex; align-items: center; justify-content: center; width: 1.25rem; height: 1.25rem; border-radius: ${radius.small}; }
.okr-ini__icon--epic { background: ${color.bgDiscovery}; color: ${color.iconDiscovery}; }
.okr-ini__icon--manual { background: ${color.bgInformation}; color: ${color.iconInformation}; }
.okr-ini__icon--restricted { background: ${color.bgNeutral}; color: ${color.iconSubtle}; }
.okr-ini__head { display: flex; flex-wrap: wrap; gap: ${space.s025} ${space.s100}; align-items: center; min-width: 0; }
.okr-ini__name { flex: 1 1 8rem; min-width: 0; color: ${color.text}; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.okr-ini__name--muted { color: ${color.textSubtle}; font-style: italic; }
.okr-ini__actions { display: flex; gap: ${space.s025}; align-items: center; }
.okr-ini__measure { grid-column: 2 / -1; display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-ini__bar { flex: 1 1 6rem; max-width: 14rem; min-width: 4rem; }
.okr-ini__percent { font-weight: ${font.weightSemibold}; color: ${color.text}; font-variant-numeric: tabular-nums; min-width: 2.5rem; }
.okr-ini__facts { display: flex; flex-wrap: wrap; gap: ${space.s025} ${space.s100}; color: ${color.textSubtlest}; font-variant-numeric: tabular-nums; }
.okr-ini__facts > span + span::before { content: "·"; margin-right: ${space.s100}; }
.okr-ini__editor { grid-column: 1 / -1; }
@container surface (max-width: 480px) {
  .okr-ini__measure { grid-column: 1 / -1; }
  .okr-ini__bar { max-width: none; }
}
`,
);

export function InitiativeRow({
  initiative,
  share,
  actions,
  editor,
}: {
  initiative: InitiativeView;
  /** Its share of an initiative-driven key result's progress (0 to 1); absent otherwise. */
  share?: number;
  actions?: ReactNode;
  /** Replaces the row's content while it is edited or its removal confirmed. */
  editor?: ReactNode;
}) {
  const i18n = useI18n();
  const epic = epicOf(initiative);
  const epicKey = epic?.state === 'live' ? epic.key : undefined;
  return (
    <li
      className="okr-ini"
      data-testid="initiative-row"
      data-initiative-id={initiative.id}
      data-epic-key={epicKey}
      data-link-kind={epic ? `epic-${epic.state}` : 'manual'}
    >
      {editor ? (
        <div className="okr-ini__editor">{editor}</div>
      ) : (
        <>
          <InitiativeIcon initiative={initiative} />
          <InitiativeHead initiative={initiative} />
          {actions ? <div className="okr-ini__actions">{actions}</div> : <span />}
          <InitiativeMeasure initiative={initiative} share={share} i18n={i18n} />
        </>
      )}
    </li>
  );
}

function InitiativeIcon({ initiative }: { initiative: InitiativeView }) {
  const epic = epicOf(initiative);
  if (!epic) {
    return (
      <span className="okr-ini__icon okr-ini__icon--manual">
        <TaskIcon size={14} />
      </span>
    );
  }
  if (epic.state === 'restricted') {
    return (
      <span className="okr-ini__icon okr-ini__icon--restricted">
        <LockIcon size={14} />
      </span>
    );
  }
  return (
    <span className="okr-ini__icon okr-ini__icon--epic">
      <EpicIcon size={14} />
    </span>
  );
}

function InitiativeHead({ initiative }: { initiative: InitiativeView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const epic = epicOf(initiative);
  const key = epicKeyOf(initiative);
  if (epic?.state === 'restricted') {
    return (
      <div className="okr-ini__head">
        <span className="okr-ini__name okr-ini__name--muted" data-testid="epic-restricted" title={t('initiative.restrictedHelp')}>
          {t('initiative.restricted')}
        </span>
      </div>
    );
  }
  const name = initiativeName(i18n, initiative);
  return (
    <div className="okr-ini__head">
      {key ? <EpicLink epicKey={key} testId="initiative-epic-link" /> : null}
      {/* An epic Jira could not read has only its key, unless the user gave it a title. */}
      {name && name !== key ? (
        <span className="okr-ini__name" title={epic?.state === 'live' ? epic.summary : name} data-testid="initiative-name">
          {name}
        </span>
      ) : (
        <span className="okr-ini__name" />
      )}
      {epic?.state === 'live' ? <EpicStatusLozenge name={epic.statusName} category={epic.statusCategory} testId="initiative-status" /> : null}
      {epic?.state === 'unavailable' ? <Lozenge title={t('initiative.unavailableHelp')}>{t('initiative.statusUnknown')}</Lozenge> : null}
      {!epic ? (
        <Lozenge appearance="default" plain>
          {t('initiative.manual')}
        </Lozenge>
      ) : null}
    </div>
  );
}

function InitiativeMeasure({ initiative, share, i18n }: { initiative: InitiativeView; share: number | undefined; i18n: I18n }) {
  const { t, format } = i18n;
  const epic = epicOf(initiative);
  const progress = initiative.progress;
  const name = initiativeName(i18n, initiative);
  const facts: Array<{ key: string; text: string; title?: string }> = [];

  if (epic?.state === 'live') {
    facts.push({
      key: 'count',
      text: workCount(i18n, epic.done, epic.total, epic.measuredBy, epic),
      title: t('initiative.readAt', { when: format.relative(epic.asOf) }),
    });
  } else if (epic && progress !== null) {
    // Restricted or unavailable: the last progress read, and when.
    const percent = format.percent(progress);
    facts.push({
      key: 'last-known',
      text: epic.asOf ? t('initiative.lastKnown', { percent, when: format.relative(epic.asOf) }) : t('initiative.lastKnownNoTime', { percent }),
      title: epic.state === 'restricted' ? t('initiative.restrictedHelp') : t('initiative.unavailableHelp'),
    });
  }
  if (progress === null) facts.push({ key: 'unmeasured', text: t('initiative.notMeasured') });
  if (share !== undefined) facts.push({ key: 'share', text: t('initiative.share', { percent: format.percent(share) }), title: t('initiative.shareHelp') });
  else if (initiative.weight !== 1) facts.push({ key: 'weight', text: t('kr.weight', { weight: format.number(initiative.weight) }) });

  const live = epic?.state === 'live' ? epic : undefined;
  return (
    <div className="okr-ini__measure">
      <div className="okr-ini__bar">
        <ProgressBar
          thin
          value={progress ?? 0}
          tone={workTone(progress, live?.statusCategory)}
          label={t('initiative.progress', { title: name })}
          valueText={progress === null ? t('initiative.notMeasured') : format.percent(progress)}
          testId="initiative-progress"
        />
      </div>
      {/* Last known progress is said in words below, with its age. */}
      {!epic || live ? (
        <span className="okr-ini__percent" aria-hidden="true">
          {progress === null ? '–' : format.percent(progress)}
        </span>
      ) : null}
      <span className="okr-ini__facts">
        {facts.map((fact) => (
          <span key={fact.key} title={fact.title} data-testid={`initiative-${fact.key}`}>
            {fact.text}
          </span>
        ))}
      </span>
    </div>
  );
}
