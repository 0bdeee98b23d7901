/**
 * The page's states, in order: which team owns the project (or none: how to connect one), which
 * cycle (or none yet), loading, failed (with retry), and loaded: the header with team, cycle,
 * overall score and the epic progress setting, the Jira banner when epics could not be read,
 * then the objectives with their key results and initiatives.
 */
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { useI18n } from '@shared/i18n';
import { JiraUnavailable } from '@shared/okr/jira-unavailable';
import { TreeHeader } from '@shared/okr/tree-header';
import { ReadOnlyNotice } from '@shared/okr/read-only-notice';
import { SetupNeeded } from '@shared/okr/setup-needed';
import { TreeSkeleton } from '@shared/okr/tree-skeleton';
import { switcherCycles, useCycleChoice } from '@shared/okr/use-cycle-choice';
import { useLiveTree } from '@shared/okr/use-live-tree';
import { useMemo, type ReactNode } from 'react';
import { getOkrTree, listCycles } from '../../../api/invokes';
import { ProjectContext, type ProjectState } from '../../../app-state/project-context';
import { EpicProgressSetting } from '../../settings/components/epic-progress-setting';
import { useProjectTeam } from '../hooks/use-project-team';
import { NoTeam } from './no-team';
import { ProjectTree } from './project-tree';

export function ProjectOkrs({ projectKey }: { projectKey: string }) {
  const { t } = useI18n();
  const { teams, team } = useProjectTeam(projectKey);
  const cycle = useCycleChoice(undefined, listCycles);
  const { resource: tree, reload } = useLiveTree(team && cycle.cycleId ? { cycleId: cycle.cycleId, teamId: team.id } : null, getOkrTree);
  const project = useMemo<ProjectState | null>(
    () => (tree.status === 'ok' ? { tree: tree.data, projectKey, reload } : null),
    [tree, projectKey, reload],
  );

  const frame = (body: ReactNode, label?: string, busy?: boolean) => (
    <Page label={label} busy={busy}>
      <PageIntro title={t('jiraProject.name')} about={t('jiraProject.about')}>
        {team ? <p className="okr-small">{t('jiraProject.editHint')}</p> : null}
      </PageIntro>
      {body}
    </Page>
  );

  if (teams.resource.status === 'error') return frame(<ErrorState error={teams.resource.error} onRetry={() => void teams.reload()} />);
  if (teams.resource.status !== 'ok') return frame(<TreeSkeleton bare />, t('panel.loading'), true);
  if (!team) return frame(<NoTeam projectKey={projectKey} />);
  if (cycle.cycleId === undefined) {
    if (cycle.cycles.status === 'error') return frame(<ErrorState error={cycle.cycles.error} onRetry={() => void cycle.reloadCycles()} />);
    if (cycle.cycles.status === 'ok') return frame(<EmptyState title={t('cycle.noneTitle')} body={t('cycle.noneBody')} actions={<SetupNeeded product="jira" />} testId="no-cycles" />);
    return frame(<TreeSkeleton bare />, t('panel.loading'), true);
  }
  if (tree.status === 'error') return frame(<ErrorState error={tree.error} onRetry={() => void reload()} />);
  if (!project || tree.status !== 'ok') return frame(<TreeSkeleton bare />, t('panel.loading'), true);

  // While another cycle loads, the previous one stays visible but cannot be edited.
  const stale = project.tree.cycle.id !== cycle.cycleId;
  return (
    <ProjectContext.Provider value={project}>
      {frame(
        <>
          <TreeHeader
            tree={project.tree}
            title={team.name}
            titleTestId="project-team"
            facts={<span>{t('jiraProject.projectFact', { key: projectKey })}</span>}
            cycles={switcherCycles(cycle, project.tree.cycle)}
            selectedCycleId={cycle.cycleId}
            onChooseCycle={cycle.choose}
            refreshing={tree.refreshing}
            refreshError={tree.refreshError}
            onRetry={() => void reload()}
            controls={<EpicProgressSetting />}
          />
          <JiraUnavailable tree={project.tree} />
          <ReadOnlyNotice tree={project.tree} />
          <div className={stale ? 'okr-stale' : undefined} inert={stale || undefined}>
            <ProjectTree />
          </div>
        </>,
        t('jiraProject.region', { team: team.name, cycle: project.tree.cycle.name, key: projectKey }),
        tree.refreshing,
      )}
    </ProjectContext.Provider>
  );
}
