/** The team's objectives and key results, with the same cards as the Confluence panel, minus editing. */
import type { OkrTreeView } from '@contracts/views';
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { KeyResultRow } from '@shared/okr/key-result-row';
import { ObjectiveCard } from '@shared/okr/objective-card';
import { ScoreBadge } from '@shared/okr/score-badge';
import { inDisplayOrder } from '@shared/okr/team-groups';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';

defineStyles(
  'read-only-tree',
  `
.okr-readonly { display: flex; flex-direction: column; gap: ${space.s150}; }
.okr-readonly__summary { display: flex; flex-wrap: wrap; gap: ${space.s100} ${space.s200}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
`,
);

export function ReadOnlyTree({ tree }: { tree: OkrTreeView }) {
  const { t, format } = useI18n();
  if (tree.objectives.length === 0) return <EmptyState title={t('empty.title')} body={t('empty.body')} testId="empty-state" />;
  return (
    <div className="okr-readonly">
      <div className="okr-readonly__summary">
        <span>{t('panel.overallScore')}</span>
        <ScoreBadge score={tree.overall.score} band={tree.overall.band} testId="overall-score" />
        <span>{t('cycle.elapsed', { percent: format.percent(tree.expectedProgress) })}</span>
        <span>{t('panel.objectiveCount', { count: format.number(tree.objectives.length) })}</span>
      </div>
      {inDisplayOrder(tree.objectives).map((objective) => (
        <ObjectiveCard key={objective.id} objective={objective}>
          {inDisplayOrder(objective.keyResults).map((keyResult) => (
            <KeyResultRow key={keyResult.id} keyResult={keyResult} expectedProgress={tree.expectedProgress} />
          ))}
        </ObjectiveCard>
      ))}
    </div>
  );
}
