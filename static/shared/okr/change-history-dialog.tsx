/**
 * An objective's history of changes (`listChanges`): who changed what, when, and what it was
 * before ("Target 70 → 60", "목표값 70 → 60"), its key results' creations and deletions too,
 * newest first, older pages on request. Opened from the objective card's "History" action.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { ChangeView, ObjectiveView } from '@contracts/views';
import { useCallback, useState, type ReactNode } from 'react';
import { callResolver } from '../api';
import { UserName } from '../components/avatar';
import { Button } from '../components/button';
import { Dialog } from '../components/dialog';
import { ErrorState } from '../components/error-state';
import { HistoryIcon } from '../components/icons';
import { Skeleton } from '../components/skeleton';
import { useUser } from '../hooks/user-directory';
import { useResource } from '../hooks/use-resource';
import { useI18n, type MessageKey } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { border, color, font, space } from '../styles/tokens';

defineStyles(
  'change-history',
  `
.okr-changes__wrap { padding: 0 ${space.s200} ${space.s150}; }
.okr-changes { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-changes__entry { display: flex; flex-direction: column; gap: ${space.s050}; padding: ${space.s100} 0; }
.okr-changes__entry + .okr-changes__entry { border-top: ${border.width} solid ${color.border}; }
.okr-changes__what { color: ${color.text}; font-weight: ${font.weightMedium}; overflow-wrap: anywhere; }
.okr-changes__fields { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${space.s025}; color: ${color.text}; }
.okr-changes__field { font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.okr-changes__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-changes__empty { color: ${color.textSubtlest}; font: ${font.bodySmall}; }
`,
);

/**
 * The card's "History" action and the dialog it opens: `button` goes with the card's actions,
 * `dialog` under its summary (dialogs open in place: see ../components/dialog.tsx).
 */
export function useChangeHistory(objective: Pick<ObjectiveView, 'id' | 'title'>): { button: ReactNode; dialog: ReactNode } {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const returnKey = `history-${objective.id}`;
  return {
    button: (
      <Button
        compact
        appearance="subtle"
        icon={<HistoryIcon />}
        iconOnlyLabel={t('history.buttonLabel', { title: objective.title })}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-return-focus={returnKey}
        testId="objective-history-button"
      />
    ),
    dialog: open ? (
      <div className="okr-changes__wrap">
        <ChangeHistoryDialog objectiveId={objective.id} returnFocusKey={returnKey} onClose={() => setOpen(false)} />
      </div>
    ) : null,
  };
}

export function ChangeHistoryDialog({ objectiveId, onClose, returnFocusKey }: { objectiveId: string; onClose: () => void; returnFocusKey?: string }) {
  const { t } = useI18n();
  const history = useChanges(objectiveId);
  const { resource, changes } = history;
  return (
    <Dialog
      title={t('history.title')}
      description={t('history.description')}
      onClose={onClose}
      returnFocusKey={returnFocusKey}
      testId="change-history-dialog"
      footer={
        <Button onClick={onClose} testId="change-history-close">
          {t('history.close')}
        </Button>
      }
    >
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void history.reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} aria-busy="true">
          <Skeleton width="70%" />
          <Skeleton width="50%" />
        </div>
      ) : null}
      {resource.status === 'ok' && changes.length === 0 ? <p className="okr-changes__empty">{t('history.empty')}</p> : null}
      {changes.length > 0 ? (
        <ol className="okr-changes" data-testid="change-list">
          {changes.map((change) => (
            <ChangeEntry key={change.id} change={change} />
          ))}
        </ol>
      ) : null}
      {history.moreError ? <ErrorState error={history.moreError} /> : null}
      {history.hasMore ? (
        <div>
          <Button compact appearance="link" loading={history.loadingMore} onClick={() => void history.loadMore()} testId="change-history-load-older">
            {t('history.loadOlder')}
          </Button>
        </div>
      ) : null}
    </Dialog>
  );
}

function ChangeEntry({ change }: { change: ChangeView }) {
  const { t, format } = useI18n();
  const what = t(`history.${change.action}.${change.subject.kind}` as const, { title: change.subject.title });
  return (
    <li className="okr-changes__entry" data-testid="change-entry" data-change-action={change.action} data-subject-kind={change.subject.kind}>
      <span className="okr-changes__what">{what}</span>
      {change.fields.length > 0 ? (
        <ul className="okr-changes__fields">
          {change.fields.map((f) => (
            <li key={f.field} className="okr-changes__field" data-testid="change-field" data-field={f.field}>
              <FieldChangeText field={f.field} before={f.before} after={f.after} />
            </li>
          ))}
        </ul>
      ) : null}
      <span className="okr-changes__meta">
        {change.byAccountId ? <UserName accountId={change.byAccountId} size={16} /> : <span>{t('history.unknownPerson')}</span>}
        <time dateTime={change.at} title={format.dateTime(change.at)}>
          {format.relative(change.at)}
        </time>
      </span>
    </li>
  );
}

type Value = string | number | null;
type LabelKey = Extract<MessageKey, `history.field.${string}` | `history.value.${string}`>;
const FIELD_LABELS: Record<string, LabelKey> = {
  title: 'history.field.title',
  description: 'history.field.description',
  commitment: 'history.field.commitment',
  owner: 'history.field.owner',
  alignment: 'history.field.alignment',
  visibility: 'history.field.visibility',
  kind: 'history.field.kind',
  baseline: 'history.field.baseline',
  target: 'history.field.target',
  unit: 'history.field.unit',
  weight: 'history.field.weight',
};
const VALUE_LABELS: Record<string, LabelKey> = {
  committed: 'history.value.committed',
  aspirational: 'history.value.aspirational',
  public: 'history.value.public',
  private: 'history.value.private',
  metric: 'history.value.metric',
  percentage: 'history.value.percentage',
  milestone: 'history.value.milestone',
  initiatives: 'history.value.initiatives',
};
/** Long texts, and ids (an alignment names an objective the reader may not see): only that they changed. */
const CHANGED_ONLY = new Set(['description', 'alignment']);

/** "Target 70 → 60": one changed field in the reader's language. */
export function FieldChangeText({ field, before, after }: { field: string; before: Value; after: Value }) {
  const { t, format } = useI18n();
  // Always called (hooks): only the owner field names people.
  const beforeUser = useUser(field === 'owner' && typeof before === 'string' ? before : undefined);
  const afterUser = useUser(field === 'owner' && typeof after === 'string' ? after : undefined);
  const label = t(FIELD_LABELS[field] ?? 'history.field.other');
  if (CHANGED_ONLY.has(field)) return <>{t('history.changedOnly', { field: label })}</>;

  const show = (value: Value, user: ReturnType<typeof useUser>): string => {
    if (value === null || value === '') return t('history.none');
    if (typeof value === 'number') return format.number(value);
    if (field === 'owner') return user?.displayName ?? (user === null ? t('user.unknown') : '…');
    if (field === 'commitment' || field === 'visibility' || field === 'kind') {
      const key = VALUE_LABELS[value];
      return key ? t(key) : value;
    }
    return field === 'title' || field === 'unit' ? `“${value}”` : value;
  };
  return <>{t('history.change', { field: label, before: show(before, beforeUser), after: show(after, afterUser) })}</>;
}

/** The objective's changes, newest first, a page at a time. */
function useChanges(objectiveId: string) {
  const { resource, reload } = useResource(objectiveId, () => callResolver('listChanges', { objectiveId }));
  const [older, setOlder] = useState<{ forId: string; changes: ChangeView[]; cursor?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorBody>();
  const firstPage = resource.status === 'ok' ? resource.data : undefined;
  const extra = older?.forId === objectiveId ? older : undefined;
  const cursor = extra ? extra.cursor : firstPage?.cursor;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    const answer = await callResolver('listChanges', { objectiveId, cursor });
    setLoadingMore(false);
    if (!answer.ok) {
      setMoreError(answer.error);
      return;
    }
    setMoreError(undefined);
    setOlder((previous) => ({
      forId: objectiveId,
      changes: [...(previous?.forId === objectiveId ? previous.changes : []), ...answer.data.changes],
      ...(answer.data.cursor ? { cursor: answer.data.cursor } : {}),
    }));
  }, [cursor, objectiveId]);

  const changes = firstPage ? [...firstPage.changes, ...(extra?.changes ?? [])] : [];
  return { resource, reload, changes, hasMore: Boolean(cursor), loadMore, loadingMore, moreError };
}
