/**
 * The team's objectives and key results, with the same cards as the Confluence panel; under each
 * key result its initiatives, where this page links epics (the initiatives feature).
 */
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { KeyResultRow } from '@shared/okr/key-result-row';
import { ObjectiveCard } from '@shared/okr/objective-card';
import { inDisplayOrder } from '@shared/okr/team-groups';
import { defineStyles } from '@shared/styles/define-styles';
import { space } from '@shared/styles/tokens';
import { useProject } from '../../../app-state/project-context';
import { KeyResultInitiatives } from '../../initiatives/components/key-result-initiatives';

defineStyles(
  'project-tree',
  `
.okr-project-tree { display: flex; flex-direction: column; gap: ${space.s150}; }
`,
);

export function ProjectTree() {
  const { t } = useI18n();
  const { tree } = useProject();
  if (tree.objectives.length === 0) {
    return <EmptyState title={t('empty.title')} body={t('jiraProject.noObjectivesBody')} testId="empty-state" />;
  }
  return (
    <div className="okr-project-tree">
      {inDisplayOrder(tree.objectives).map((objective) => (
        <ObjectiveCard key={objective.id} objective={objective} teamName={tree.teams.find((team) => team.id === objective.teamId)?.name}>
          {inDisplayOrder(objective.keyResults).map((keyResult) => (
            <KeyResultRow
              key={keyResult.id}
              keyResult={keyResult}
              expectedProgress={tree.expectedProgress}
              initiatives={<KeyResultInitiatives keyResult={keyResult} editable={objective.can.edit} />}
            />
          ))}
        </ObjectiveCard>
      ))}
    </div>
  );
}
