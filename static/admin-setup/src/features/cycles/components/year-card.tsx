/**
 * One year as the setup lists it: its name, dates and state, then its quarters in a table, each
 * with Edit and Archive. Editing swaps the row for the cycle's form, in place.
 */
import type { CycleView } from '@contracts/views';
import { Button } from '@shared/components/button';
import { PencilIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, elevation, font, radius, space } from '@shared/styles/tokens';
import type { YearGroup } from '../hooks/cycle-groups';
import { isCurrent } from '../hooks/cycle-groups';
import { useArchiveCycle } from '../hooks/use-archive-cycle';
import { CycleForm } from './cycle-form';

defineStyles(
  'year-card',
  `
.okr-year { display: flex; flex-direction: column; gap: ${space.s150}; padding: ${space.s200}; border-radius: ${radius.medium};
  background: ${elevation.surfaceRaised}; box-shadow: ${elevation.shadowRaised}; }
.okr-year--archived { background: ${elevation.surfaceSunken}; box-shadow: none; border: ${border.width} solid ${color.border}; }
.okr-year__head { display: flex; flex-wrap: wrap; gap: ${space.s100}; align-items: center; }
.okr-year__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-year__dates { color: ${color.textSubtle}; }
.okr-year__actions { margin-left: auto; display: flex; gap: ${space.s050}; }
.okr-cycle-table { width: 100%; border-collapse: collapse; }
.okr-cycle-table th { text-align: left; font: ${font.headingXxsmall}; color: ${color.textSubtlest}; padding: ${space.s050} ${space.s100};
  border-bottom: ${border.widthFocused} solid ${color.border}; }
.okr-cycle-table td { padding: ${space.s075} ${space.s100}; border-bottom: ${border.width} solid ${color.border}; vertical-align: middle; }
.okr-cycle-table tr:last-child td { border-bottom: none; }
.okr-cycle-table__name { font-weight: ${font.weightMedium}; }
.okr-cycle-table__archived .okr-cycle-table__name, .okr-cycle-table__archived .okr-cycle-table__dates { color: ${color.textSubtlest}; }
.okr-cycle-table__actions { text-align: right; white-space: nowrap; }
.okr-cycle-table__form { padding: ${space.s100} 0; }
@container surface (max-width: 560px) { .okr-cycle-table__dates { display: none; } }
`,
);

export function YearCard({
  group,
  today,
  editingId,
  onEdit,
  reload,
}: {
  group: YearGroup;
  today: string;
  editingId: string | undefined;
  onEdit: (id: string | undefined) => void;
  reload: () => Promise<void>;
}) {
  const { t, format } = useI18n();
  const archive = useArchiveCycle(reload);
  const { year, quarters } = group;
  const title = year?.name ?? t('setup.cycles.looseQuarters');
  const range = (cycle: CycleView) => t('cycle.range', { start: format.date(cycle.startDate), end: format.date(cycle.endDate) });

  const stateOf = (cycle: CycleView) =>
    cycle.archived ? (
      <Lozenge testId="cycle-archived">{t('setup.cycles.archived')}</Lozenge>
    ) : isCurrent(cycle, today) ? (
      <Lozenge appearance="inprogress">{t('setup.cycles.current')}</Lozenge>
    ) : null;

  const actions = (cycle: CycleView) => (
    <>
      <Button
        compact
        appearance="subtle"
        icon={<PencilIcon size={14} />}
        aria-label={t('setup.cycles.edit.label', { name: cycle.name })}
        data-return-focus={`edit-cycle-${cycle.id}`}
        testId="edit-cycle"
        onClick={() => onEdit(cycle.id)}
      >
        {t('setup.edit')}
      </Button>
      <Button
        compact
        appearance="subtle"
        aria-label={t(cycle.archived ? 'setup.cycles.unarchive.label' : 'setup.cycles.archive.label', { name: cycle.name })}
        loading={archive.state.status === 'saving' && archive.state.cycleId === cycle.id}
        testId={cycle.archived ? 'unarchive-cycle' : 'archive-cycle'}
        onClick={() => void archive.toggle(cycle)}
      >
        {t(cycle.archived ? 'setup.cycles.unarchive' : 'setup.cycles.archive')}
      </Button>
    </>
  );

  return (
    <section
      className={`okr-year${year?.archived ? ' okr-year--archived' : ''}`}
      aria-label={title}
      data-testid="year-card"
      data-cycle-id={year?.id}
    >
      {year && editingId === year.id ? (
        <CycleForm cycle={year} reload={reload} onDone={() => onEdit(undefined)} />
      ) : (
        <div className="okr-year__head">
          <h3 className="okr-year__title">{title}</h3>
          {year ? <span className="okr-year__dates">{range(year)}</span> : null}
          {year ? stateOf(year) : null}
          {year ? <span className="okr-year__actions">{actions(year)}</span> : null}
        </div>
      )}
      {archive.state.status === 'conflict' ? (
        <SectionMessage appearance="warning" testId="archive-conflict">
          {t('setup.cycles.archiveConflict')}
        </SectionMessage>
      ) : null}
      {archive.state.status === 'failed' ? (
        <SectionMessage appearance="error" title={t('setup.cycles.archiveFailed')} testId="archive-error">
          {t(`error.${archive.state.error.code}`)}
        </SectionMessage>
      ) : null}
      {quarters.length > 0 ? (
        <table className="okr-cycle-table" aria-label={t('setup.cycles.quartersOf', { year: title })}>
          <thead>
            <tr>
              <th scope="col">{t('setup.cycles.name')}</th>
              <th scope="col" className="okr-cycle-table__dates">{t('setup.cycles.dates')}</th>
              <th scope="col">{t('setup.cycles.state')}</th>
              <th scope="col">
                <span className="okr-visually-hidden">{t('setup.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter) =>
              editingId === quarter.id ? (
                <tr key={quarter.id}>
                  <td colSpan={4} className="okr-cycle-table__form">
                    <CycleForm cycle={quarter} reload={reload} onDone={() => onEdit(undefined)} />
                  </td>
                </tr>
              ) : (
                <tr
                  key={quarter.id}
                  className={quarter.archived ? 'okr-cycle-table__archived' : undefined}
                  data-testid="quarter-row"
                  data-cycle-id={quarter.id}
                >
                  <td className="okr-cycle-table__name">{quarter.name}</td>
                  <td className="okr-cycle-table__dates">{range(quarter)}</td>
                  <td>{stateOf(quarter)}</td>
                  <td className="okr-cycle-table__actions">{actions(quarter)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p className="okr-small">{t('setup.cycles.noQuarters')}</p>
      )}
    </section>
  );
}
