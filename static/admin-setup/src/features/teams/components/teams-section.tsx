/**
 * The Teams tab: the organisation as a tree (company, departments, teams), each with its level,
 * Jira projects and people; create a team or edit one in place.
 */
import type { TeamView } from '@contracts/views';
import { Button } from '@shared/components/button';
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { PlusIcon } from '@shared/components/icons';
import { Section, SectionHeader } from '@shared/components/section-header';
import { SectionMessage } from '@shared/components/section-message';
import { Skeleton } from '@shared/components/skeleton';
import { useResource } from '@shared/hooks/use-resource';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, radius } from '@shared/styles/tokens';
import { useMemo, useState } from 'react';
import { listTeams } from '../../../api/invokes';
import { teamTree } from '../hooks/team-tree';
import { TeamForm } from './team-form';
import { TeamRow } from './team-row';

defineStyles(
  'teams-section',
  `
.okr-team-tree { list-style: none; margin: 0; padding: 0; border: ${border.width} solid ${color.border}; border-radius: ${radius.medium}; overflow: hidden; }
.okr-team-tree > li:last-child { border-bottom: none; }
.okr-team-tree__form { list-style: none; padding: 0; }
`,
);

export function TeamsSection() {
  const { t, locale } = useI18n();
  const { resource, reload } = useResource('teams', listTeams);
  const [editing, setEditing] = useState<string | 'new'>();
  const [saved, setSaved] = useState<TeamView>();
  const teams = resource.status === 'ok' ? resource.data : [];
  const nodes = useMemo(() => teamTree(teams, new Intl.Collator(locale)), [teams, locale]);
  const done = (team: TeamView | undefined) => {
    setEditing(undefined);
    setSaved(team);
  };

  return (
    <Section label={t('setup.teams.title')} testId="teams-section">
      <SectionHeader
        title={t('setup.teams.title')}
        about={t('setup.teams.about')}
        actions={
          editing === 'new' ? undefined : (
            <Button
              appearance={teams.length ? 'default' : 'primary'}
              icon={<PlusIcon size={14} />}
              data-return-focus="create-team"
              testId="create-team"
              onClick={() => {
                setSaved(undefined);
                setEditing('new');
              }}
            >
              {t('setup.teams.create')}
            </Button>
          )
        }
      />
      {editing === 'new' ? <TeamForm team={undefined} teams={teams} reload={reload} onDone={done} /> : null}
      {saved ? (
        <SectionMessage appearance="success" testId="team-saved">
          {t('setup.teams.saved', { name: saved.name })}
        </SectionMessage>
      ) : null}
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? <Skeleton height={120} /> : null}
      {resource.status === 'ok' && teams.length === 0 && editing !== 'new' ? (
        <EmptyState title={t('setup.teams.emptyTitle')} body={t('setup.teams.emptyBody')} testId="no-teams" />
      ) : null}
      {nodes.length > 0 ? (
        <ul className="okr-team-tree" aria-label={t('setup.teams.tree')}>
          {nodes.map(({ team, depth }) =>
            editing === team.id ? (
              <li key={team.id} className="okr-team-tree__form">
                <TeamForm team={team} teams={teams} reload={reload} onDone={done} />
              </li>
            ) : (
              <TeamRow
                key={team.id}
                team={team}
                depth={depth}
                onEdit={() => {
                  setSaved(undefined);
                  setEditing(team.id);
                }}
              />
            ),
          )}
        </ul>
      ) : null}
    </Section>
  );
}
