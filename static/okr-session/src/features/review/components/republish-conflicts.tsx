/**
 * Publishing again, item by item (docs/decisions/0009): where the session and the OKR panel both
 * changed an objective or key result since the last publish, the facilitator sees both versions
 * and chooses which one stays. Nothing is written until every conflict has a choice.
 */
import type { ConflictResolution, KeptItem, KeyResultDefinition, ObjectiveDefinition, PublishConflict } from '@contracts/views';
import { useUser } from '@shared/hooks/user-directory';
import { useI18n, type MessageKey } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, radius, space } from '@shared/styles/tokens';
import type { ReactNode } from 'react';
import { measureSummary } from '../../../app-state/measure-summary';

defineStyles(
  'session-republish',
  `
.okr-conflicts { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: ${space.s150}; }
.okr-conflict { border: ${border.width} solid ${color.border}; border-radius: ${radius.small}; padding: ${space.s150};
  display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-conflict__kind { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-conflict__choices { border: 0; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: ${space.s100}; }
.okr-conflict__legend { font: ${font.body}; color: ${color.text}; margin-bottom: ${space.s075}; padding: 0; }
.okr-conflict__choice { display: flex; gap: ${space.s100}; align-items: flex-start; padding: ${space.s100};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.small}; cursor: pointer; }
.okr-conflict__choice:has(input:checked) { border-color: ${color.borderSelected}; background: ${color.bgSelected}; }
.okr-conflict__choice--disabled { cursor: default; }
.okr-conflict__choice input { margin-top: 3px; accent-color: ${color.bgBrandBold}; }
.okr-conflict__choice input:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: ${space.s025}; }
.okr-conflict__side { display: flex; flex-direction: column; gap: ${space.s025}; min-width: 0; }
.okr-conflict__side-title { font: ${font.bodySmall}; font-weight: 600; color: ${color.textSubtle}; }
.okr-conflict__value { color: ${color.text}; overflow-wrap: anywhere; }
.okr-conflict__detail { font: ${font.bodySmall}; color: ${color.textSubtle}; overflow-wrap: anywhere; }
.okr-kept { margin: 0; padding-left: ${space.s200}; display: flex; flex-direction: column; gap: ${space.s025}; }
`,
);

export type Resolutions = Record<string, ConflictResolution>;

export function RepublishConflicts({
  conflicts,
  resolutions,
  onResolve,
  canResolve,
}: {
  conflicts: PublishConflict[];
  resolutions: Resolutions;
  onResolve: (itemId: string, resolution: ConflictResolution) => void;
  canResolve: boolean;
}) {
  return (
    <ul className="okr-conflicts" data-testid="republish-conflicts">
      {conflicts.map((conflict) => (
        <ConflictRow
          key={conflict.itemId}
          conflict={conflict}
          chosen={resolutions[conflict.itemId]?.panelVersion === conflict.panelVersion ? resolutions[conflict.itemId]!.take : undefined}
          onChoose={(take) => onResolve(conflict.itemId, { take, panelVersion: conflict.panelVersion })}
          disabled={!canResolve}
        />
      ))}
    </ul>
  );
}

function ConflictRow({
  conflict,
  chosen,
  onChoose,
  disabled,
}: {
  conflict: PublishConflict;
  chosen: 'panel' | 'session' | undefined;
  onChoose: (take: 'panel' | 'session') => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const name = `conflict-${conflict.itemId}`;
  const kind = conflict.kind === 'objective' ? t('session.republish.kind.objective') : t('session.republish.kind.keyResult');
  const choice = (take: 'panel' | 'session', title: string, body: ReactNode) => (
    <label className={`okr-conflict__choice${disabled ? ' okr-conflict__choice--disabled' : ''}`}>
      <input type="radio" name={name} value={take} checked={chosen === take} disabled={disabled} onChange={() => onChoose(take)} data-testid={`${name}-${take}`} />
      <span className="okr-conflict__side">
        <span className="okr-conflict__side-title">{title}</span>
        {body}
      </span>
    </label>
  );
  return (
    <li className="okr-conflict" data-testid="republish-conflict" data-item-id={conflict.itemId}>
      <fieldset className="okr-conflict__choices">
        <legend className="okr-conflict__legend">
          <span className="okr-conflict__kind">{kind}</span>{' '}
          {conflict.change === 'deleted' ? t('session.republish.deletedInPanel') : t('session.republish.editedBoth')}
        </legend>
        {choice(
          'panel',
          conflict.change === 'deleted' ? t('session.republish.keepDeleted') : t('session.republish.keepPanel'),
          conflict.panel ? <Definition conflict={conflict} side="panel" /> : <span className="okr-conflict__detail">{t('session.republish.deletedNote')}</span>,
        )}
        {choice('session', t('session.republish.takeSession'), <Definition conflict={conflict} side="session" />)}
      </fieldset>
    </li>
  );
}

/** One side of a conflict: its title, and the other fields that differ from the other side. */
function Definition({ conflict, side }: { conflict: PublishConflict; side: 'panel' | 'session' }) {
  const shown = conflict[side];
  if (!shown) return null;
  const other = conflict[side === 'panel' ? 'session' : 'panel'];
  return (
    <>
      <span className="okr-conflict__value">{shown.title}</span>
      {conflict.kind === 'objective' ? (
        <ObjectiveDetails shown={shown as ObjectiveDefinition} other={other as ObjectiveDefinition | undefined} />
      ) : (
        <KeyResultDetails shown={shown as KeyResultDefinition} other={other as KeyResultDefinition | undefined} />
      )}
    </>
  );
}

function ObjectiveDetails({ shown, other }: { shown: ObjectiveDefinition; other: ObjectiveDefinition | undefined }) {
  const { t } = useI18n();
  const differs = (key: keyof ObjectiveDefinition) => other !== undefined && other[key] !== shown[key];
  return (
    <>
      {differs('description') ? <span className="okr-conflict__detail">{shown.description || t('session.republish.noDescription')}</span> : null}
      {differs('commitment') ? <span className="okr-conflict__detail">{shown.commitment === 'committed' ? t('commitment.committed') : t('commitment.aspirational')}</span> : null}
      {differs('parentObjectiveId') ? <span className="okr-conflict__detail">{t('session.republish.alignmentDiffers')}</span> : null}
      {differs('teamId') || differs('cycleId') ? <span className="okr-conflict__detail">{t('session.republish.placeDiffers')}</span> : null}
    </>
  );
}

function KeyResultDetails({ shown, other }: { shown: KeyResultDefinition; other: KeyResultDefinition | undefined }) {
  const i18n = useI18n();
  const owner = useUser(shown.ownerAccountId);
  const { t, format } = i18n;
  if (!other) return null;
  return (
    <>
      {JSON.stringify(other.measure) !== JSON.stringify(shown.measure) ? <span className="okr-conflict__detail">{measureSummary(i18n, shown.measure)}</span> : null}
      {other.weight !== shown.weight ? <span className="okr-conflict__detail">{t('session.republish.weight', { weight: format.number(shown.weight) })}</span> : null}
      {other.ownerAccountId !== shown.ownerAccountId ? (
        <span className="okr-conflict__detail">
          {t('session.republish.owner', { name: shown.ownerAccountId ? (owner?.displayName ?? (owner === null ? t('user.unknown') : '…')) : t('session.republish.noOwner') })}
        </span>
      ) : null}
    </>
  );
}

const KEPT_REASON = {
  'added-in-panel': 'session.republish.kept.added-in-panel',
  'edited-in-panel': 'session.republish.kept.edited-in-panel',
  'has-check-ins': 'session.republish.kept.has-check-ins',
  'has-initiatives': 'session.republish.kept.has-initiatives',
  'has-aligned-objectives': 'session.republish.kept.has-aligned-objectives',
  'not-tracked': 'session.republish.kept.not-tracked',
} as const satisfies Record<KeptItem['reason'], MessageKey>;

/** What publishing leaves in place although the session does not draft it (never removed silently). */
export function KeptList({ kept }: { kept: KeptItem[] }) {
  const { t } = useI18n();
  return (
    <ul className="okr-kept" data-testid="republish-kept">
      {kept.map((item) => (
        <li key={item.targetId}>{t(KEPT_REASON[item.reason], { title: item.title })}</li>
      ))}
    </ul>
  );
}
