/** The objectives: in display order for a team; grouped team by team for the whole organisation. */
import { Lozenge } from '@shared/components/lozenge';
import { useI18n } from '@shared/i18n';
import { groupByTeam, inDisplayOrder } from '@shared/okr/team-groups';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { usePanel } from '../../../app-state/panel-context';
import { ObjectiveEntry } from './objective-entry';

defineStyles(
  'objective-list',
  `
.okr-objectives { display: flex; flex-direction: column; gap: ${space.s150}; }
.okr-team-group { display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-team-group + .okr-team-group { margin-top: ${space.s150}; }
.okr-team-group__title { display: flex; gap: ${space.s100}; align-items: center; font: ${font.headingXsmall}; color: ${color.textSubtle}; }
`,
);

export function ObjectiveList() {
  const { t } = useI18n();
  const { tree, teamId } = usePanel();
  if (teamId) {
    return (
      <div className="okr-objectives">
        {inDisplayOrder(tree.objectives).map((objective) => (
          <ObjectiveEntry key={objective.id} objective={objective} />
        ))}
      </div>
    );
  }
  return (
    <div className="okr-objectives">
      {groupByTeam(tree.objectives, tree.teams).map((group) => (
        <section className="okr-team-group" key={group.teamId} aria-label={group.team?.name ?? t('panel.unknownTeam')}>
          <h3 className="okr-team-group__title">
            {group.team?.name ?? t('panel.unknownTeam')}
            {group.team ? <Lozenge>{t(`teamLevel.${group.team.level}`)}</Lozenge> : null}
          </h3>
          {inDisplayOrder(group.objectives).map((objective) => (
            <ObjectiveEntry key={objective.id} objective={objective} />
          ))}
        </section>
      ))}
    </div>
  );
}
