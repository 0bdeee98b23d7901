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
import { useMemo, useState } from 'react';
import { PanelContext, type PanelState } from '../../../app-state/panel-context';
import { usePanelCycle } from '../../cycles/hooks/use-panel-cycle';
import { ObjectiveForm } from '../../objectives/components/objective-form';
import { useOkrTree } from '../hooks/use-okr-tree';
import { ObjectiveList } from './objective-list';
import { PanelHeader } from './panel-header';
import { PanelSkeleton } from './panel-skeleton';

export function OkrPanel({ teamId, configuredCycleId }: { teamId: string | undefined; configuredCycleId: string | undefined }) {
  const { t } = useI18n();
  const cycle = usePanelCycle(configuredCycleId);
  const { resource: tree, reload } = useOkrTree(cycle.cycleId, teamId);
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
          <EmptyState title={t('cycle.noneTitle')} body={t('cycle.noneBody')} testId="no-cycles" />
        </Page>
      );
    }
    return <PanelSkeleton />;
  }
  if (tree.status === 'error') {
    return (
      <Page>
        <ErrorState error={tree.error} onRetry={() => void reload()} />
      </Page>
    );
  }
  if (!panel || tree.status !== 'ok') return <PanelSkeleton />;

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
        <PanelHeader
          cycles={cycle.cycles.status === 'ok' ? cycle.cycles.data : [panel.tree.cycle]}
          selectedCycleId={cycle.cycleId}
          onChooseCycle={cycle.choose}
          refreshing={tree.refreshing}
          refreshError={tree.refreshError}
          addButton={adding || objectives.length === 0 || stale ? null : addButton}
        />
        <div className={stale ? 'okr-stale' : undefined} inert={stale || undefined}>
          {adding ? <ObjectiveForm onDone={() => setAdding(false)} returnFocusKey="add-objective" /> : null}
          {objectives.length === 0 && !adding ? (
            <EmptyState title={t('empty.title')} body={t('empty.body')} actions={addButton} testId="empty-state" />
          ) : (
            <ObjectiveList />
          )}
        </div>
      </Page>
    </PanelContext.Provider>
  );
}
