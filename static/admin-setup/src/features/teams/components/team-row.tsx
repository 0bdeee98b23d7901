/** One team in the setup's tree: indented under its parent, with its level, Jira projects, people and Edit. */
import type { TeamView } from '@contracts/views';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { PencilIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, space } from '@shared/styles/tokens';

defineStyles(
  'team-row',
  `
.okr-team-row { display: flex; flex-wrap: wrap; gap: ${space.s100} ${space.s150}; align-items: center; padding: ${space.s100} ${space.s150};
  border-bottom: ${border.width} solid ${color.border}; }
.okr-team-row__name { display: flex; gap: ${space.s100}; align-items: center; min-width: 12rem; flex: 1 1 18rem; }
.okr-team-row__title { font: ${font.headingXsmall}; color: ${color.text}; }
.okr-team-row__facts { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; color: ${color.textSubtle}; font: ${font.bodySmall}; flex: 2 1 18rem; }
.okr-team-row__branch { color: ${color.textSubtlest}; }
`,
);

const LEVEL_LOZENGE = { company: 'new', department: 'inprogress', team: 'default' } as const;

export function TeamRow({ team, depth, onEdit }: { team: TeamView; depth: number; onEdit: () => void }) {
  const { t, format } = useI18n();
  const admins = team.members.filter((m) => m.role === 'admin');
  return (
    <li
      className="okr-team-row"
      data-testid="team-row"
      data-team-id={team.id}
      aria-label={team.name}
    >
      {/* Only the name is indented, so the facts line up whatever the depth. */}
      <span className="okr-team-row__name" style={{ paddingLeft: `calc(${depth} * ${space.s300})` }}>
        {depth > 0 ? (
          <span className="okr-team-row__branch" aria-hidden="true">
            └
          </span>
        ) : null}
        <span className="okr-team-row__title">{team.name}</span>
        <Lozenge appearance={LEVEL_LOZENGE[team.level]}>{t(`teamLevel.${team.level}`)}</Lozenge>
      </span>
      <span className="okr-team-row__facts">
        {team.jiraProjectKeys.length > 0 ? (
          <span data-testid="team-projects">
            {t('setup.teams.row.projects', { keys: team.jiraProjectKeys.join(', ') })}
          </span>
        ) : (
          <span>{t('setup.teams.row.noProjects')}</span>
        )}
        <span>{t('setup.teams.row.people', { count: format.number(team.members.length) })}</span>
        {admins.length > 0 ? (
          <span className="okr-team-row__admins">
            {t('setup.teams.row.admins')}{' '}
            {admins.slice(0, 3).map((a) => (
              <UserName key={a.accountId} accountId={a.accountId} size={16} />
            ))}
          </span>
        ) : null}
      </span>
      <Button
        compact
        appearance="subtle"
        icon={<PencilIcon size={14} />}
        aria-label={t('setup.teams.edit.label', { name: team.name })}
        data-return-focus={`edit-team-${team.id}`}
        testId="edit-team"
        onClick={onEdit}
      >
        {t('setup.edit')}
      </Button>
    </li>
  );
}
