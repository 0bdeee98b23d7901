/**
 * The Cycles tab: every year with its quarters, "Create year" (the year and its four quarters in
 * one step), and each cycle's edit and archive. Archived cycles stay listed, marked, so they can
 * be brought back.
 */
import type { CycleView } from '@contracts/views';
import { Button } from '@shared/components/button';
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { PlusIcon } from '@shared/components/icons';
import { Section, SectionHeader } from '@shared/components/section-header';
import { SectionMessage } from '@shared/components/section-message';
import { Skeleton } from '@shared/components/skeleton';
import { useResource } from '@shared/hooks/use-resource';
import { useI18n } from '@shared/i18n';
import { format as formatDate } from 'date-fns';
import { useMemo, useState } from 'react';
import { listCycles } from '../../../api/invokes';
import { groupCycles, suggestedYear } from '../hooks/cycle-groups';
import { CreateYearForm } from './create-year-form';
import { YearCard } from './year-card';

export function CyclesSection() {
  const { t } = useI18n();
  const { resource, reload } = useResource('cycles', listCycles);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CycleView[]>();
  const [editingId, setEditingId] = useState<string>();
  const cycles = resource.status === 'ok' ? resource.data : [];
  const groups = useMemo(() => groupCycles(cycles), [cycles]);
  const today = formatDate(new Date(), 'yyyy-MM-dd');

  const createButton = (
    <Button
      appearance={cycles.length ? 'default' : 'primary'}
      icon={<PlusIcon size={14} />}
      data-return-focus="create-year"
      testId="create-year"
      onClick={() => {
        setCreated(undefined);
        setCreating(true);
      }}
    >
      {t('setup.cycles.createYear')}
    </Button>
  );

  const createdYear = created?.find((c) => c.kind === 'year');
  return (
    <Section label={t('setup.cycles.title')} testId="cycles-section">
      <SectionHeader title={t('setup.cycles.title')} about={t('setup.cycles.about')} actions={creating ? undefined : createButton} />
      {creating ? (
        <CreateYearForm
          suggested={suggestedYear(cycles, new Date())}
          reload={reload}
          onCancel={() => setCreating(false)}
          onCreated={(answer) => {
            setCreating(false);
            setCreated(answer);
          }}
        />
      ) : null}
      {createdYear ? (
        <SectionMessage appearance="success" testId="year-created">
          {t('setup.cycles.created', { name: createdYear.name })}
        </SectionMessage>
      ) : null}
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? <Skeleton height={120} /> : null}
      {resource.status === 'ok' && cycles.length === 0 && !creating ? (
        <EmptyState title={t('setup.cycles.emptyTitle')} body={t('setup.cycles.emptyBody')} testId="no-cycles" />
      ) : null}
      {groups.map((group) => (
        <YearCard key={group.year?.id ?? 'loose'} group={group} today={today} editingId={editingId} onEdit={setEditingId} reload={reload} />
      ))}
    </Section>
  );
}
