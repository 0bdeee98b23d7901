/**
 * The panel's states, in order: waiting for a cycle (or none exists), loading the tree, failed
 * (with retry), and loaded: header, the objective form when adding, the list or the empty state.
 */
import { Button } from '@shared/components/button';
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { PlusIcon } from '@shared/components/icons';
import { Page } from '@shared/components/page';
import { useI18n } from '@shared/i18n';
import { JiraUnavailable } from '@shared/okr/jira-unavailable';
import { ReadOnlyNotice } from '@shared/okr/read-only-notice';
import { SetupNeeded } from '@shared/okr/setup-needed';
import { TreeHeader } from '@shared/okr/tree-header';
import { TreeSkeleton } from '@shared/okr/tree-skeleton';
import { switcherCycles, useCycleChoice } from '@shared/okr/use-cycle-choice';
import { useLiveTree } from '@shared/okr/use-live-tree';
import { useMemo, useState } from 'react';
import { getOkrTree, listCycles } from '../../../api/invokes';
import { PanelContext, type PanelState } from '../../../app-state/panel-context';
import { ObjectiveForm } from '../../objectives/components/objective-form';
import { ObjectiveList } from './objective-list';

export function OkrPanel({ teamId, configuredCycleId }: { teamId: string | undefined; configuredCycleId: string | undefined }) {
  const { t } = useI18n();
  const cycle = useCycleChoice(configuredCycleId, listCycles);
  const { resource: tree, reload } = useLiveTree(cycle.cycleId ? { cycleId: cycle.cycleId, ...(teamId ? { teamId } : {}) } : null, getOkrTree);
  const [adding, setAdding] = useState(false);
  const panel = useMemo<PanelState | null>(
    () => (tree.status === 'ok' ? { tree: tree.data, teamId, reload } : null),
    [tree, teamId, reload],
  );

  if (cycle.cycleId === undefined) {
    if (cycle.cycles.status === 'error') {
      return (
        <Page>
          <ErrorState error={cycle.cycles.error} onRetry={() => void cycle.reloadCycles()} />
        </Page>
      );
    }
    if (cycle.cycles.status === 'ok') {
      return (
        <Page>
          <EmptyState title={t('cycle.noneTitle')} body={t('cycle.noneBody')} actions={<SetupNeeded product="confluence" />} testId="no-cycles" />
        </Page>
      );
    }
    return <TreeSkeleton />;
  }
  if (tree.status === 'error') {
    return (
      <Page>
        <ErrorState error={tree.error} onRetry={() => void reload()} />
      </Page>
    );
  }
  if (!panel || tree.status !== 'ok') return <TreeSkeleton />;

  const { objectives } = panel.tree;
  // While another cycle loads, the previous one stays visible but cannot be edited.
  const stale = panel.tree.cycle.id !== cycle.cycleId;
  const addButton = (
    <Button appearance="primary" icon={<PlusIcon />} onClick={() => setAdding(true)} testId="add-objective" data-return-focus="add-objective">
      {t('objective.add')}
    </Button>
  );

  return (
    <PanelContext.Provider value={panel}>
      <Page busy={tree.refreshing} label={t('panel.region', { team: panel.tree.team?.name ?? t('panel.wholeOrganisation'), cycle: panel.tree.cycle.name })}>
        <TreeHeader
          tree={panel.tree}
          title={panel.tree.team?.name ?? t('panel.wholeOrganisation')}
          titleTestId="panel-team"
          cycles={switcherCycles(cycle, panel.tree.cycle)}
          selectedCycleId={cycle.cycleId}
          onChooseCycle={cycle.choose}
          refreshing={tree.refreshing}
          refreshError={tree.refreshError}
          onRetry={() => void reload()}
          actions={adding || objectives.length === 0 || stale || !panel.tree.can.editTeamOkrs ? null : addButton}
        />
        <JiraUnavailable tree={panel.tree} />
        <ReadOnlyNotice tree={panel.tree} />
        <div className={stale ? 'okr-stale' : undefined} inert={stale || undefined}>
          {adding ? <ObjectiveForm onDone={() => setAdding(false)} returnFocusKey="add-objective" /> : null}
          {objectives.length === 0 && !adding ? (
            <EmptyState
              title={t('empty.title')}
              body={panel.tree.can.editTeamOkrs ? t('empty.body') : t('empty.bodyReadOnly')}
              actions={panel.tree.can.editTeamOkrs ? addButton : undefined}
              testId="empty-state"
            />
          ) : (
            <ObjectiveList />
          )}
        </div>
      </Page>
    </PanelContext.Provider>
  );
}
