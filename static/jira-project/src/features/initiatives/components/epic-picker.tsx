/**
 * Link an epic to a key result: search the project's epics by key or summary, then choose one.
 * Choosing creates the initiative at once (`saveInitiative` with the epic and no title: its
 * summary is shown live). A combobox over an always-open listbox: arrows move, Enter links,
 * Escape closes; epics already linked to this key result are shown but cannot be chosen.
 */
import { saveInitiativePayload } from '@contracts/schemas';
import type { EpicSearchResult, KeyResultView } from '@contracts/views';
import { Button } from '@shared/components/button';
import '@shared/components/control-styles';
import { Dialog } from '@shared/components/dialog';
import { Field } from '@shared/components/field';
import { EpicIcon, SearchIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { SaveFeedback } from '@shared/components/save-feedback';
import { SectionMessage } from '@shared/components/section-message';
import { Spinner } from '@shared/components/spinner';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { EpicStatusLozenge } from '@shared/okr/initiatives/epic-status-lozenge';
import { epicKeyOf } from '@shared/okr/initiatives/initiative-facts';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, radius, space } from '@shared/styles/tokens';
import { useId, useMemo, useState } from 'react';
import { saveInitiative } from '../../../api/invokes';
import { useProject } from '../../../app-state/project-context';
import { useEpicSearch } from '../hooks/use-epic-search';

defineStyles(
  'epic-picker',
  `
.okr-epic-picker__search { position: relative; }
.okr-epic-picker__search svg { position: absolute; left: ${space.s100}; top: 50%; transform: translateY(-50%); color: ${color.iconSubtle}; pointer-events: none; }
.okr-epic-picker__search .okr-control { padding-left: ${space.s400}; }
.okr-epic-picker__results { min-height: 3rem; max-height: 18rem; overflow-y: auto; border-radius: ${radius.small}; }
.okr-epic-picker__list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-epic-picker__option { display: grid; grid-template-columns: auto auto minmax(0, 1fr) auto; gap: ${space.s050} ${space.s100}; align-items: center;
  padding: ${space.s075} ${space.s100}; border-radius: ${radius.small}; cursor: pointer; }
.okr-epic-picker__option:hover { background: ${color.bgNeutralSubtleHovered}; }
.okr-epic-picker__option[aria-selected="true"] { background: ${color.bgSelected}; box-shadow: inset 2px 0 0 ${color.borderSelected}; }
.okr-epic-picker__option[aria-disabled="true"] { cursor: default; color: ${color.textSubtlest}; }
.okr-epic-picker__option[aria-disabled="true"] .okr-epic-picker__key { color: ${color.textSubtlest}; }
.okr-epic-picker__icon { display: inline-flex; padding: 2px; border-radius: ${radius.xsmall}; background: ${color.bgDiscovery}; color: ${color.iconDiscovery}; }
.okr-epic-picker__key { font-weight: ${font.weightMedium}; color: ${color.link}; white-space: nowrap; font-variant-numeric: tabular-nums; }
.okr-epic-picker__summary { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.okr-epic-picker__tags { display: inline-flex; gap: ${space.s050}; align-items: center; justify-self: end; }
.okr-epic-picker__note { display: flex; gap: ${space.s100}; align-items: center; padding: ${space.s100}; color: ${color.textSubtlest}; font: ${font.bodySmall}; }
@container surface (max-width: 480px) {
  .okr-epic-picker__option { grid-template-columns: auto auto minmax(0, 1fr); }
  .okr-epic-picker__tags { grid-column: 3; justify-self: start; }
}
`,
);

export function EpicPicker({ keyResult, onDone, returnFocusKey }: { keyResult: KeyResultView; onDone: () => void; returnFocusKey: string }) {
  const { t, format } = useI18n();
  const { projectKey, reload } = useProject();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [linking, setLinking] = useState<string>();
  const { search, retry } = useEpicSearch(projectKey, query);
  const saving = useVersionedSave(undefined, reload);
  const failure = saving.state.status === 'failed' ? saving.state.error : undefined;
  const { byField, unplaced } = fieldMessages(t, failure, ['link.epicKey', 'link']);

  const linked = useMemo(
    () => new Set(keyResult.initiatives.map(epicKeyOf).filter((key): key is string => key !== undefined)),
    [keyResult.initiatives],
  );
  const epics = search.status === 'ok' ? search.epics : [];
  const activeIndex = Math.min(active, Math.max(epics.length - 1, 0));

  const choose = async (epic: EpicSearchResult | undefined) => {
    if (!epic || linked.has(epic.key) || linking) return;
    setLinking(epic.key);
    const payload = { keyResultId: keyResult.id, title: '', weight: 1, link: { kind: 'epic', epicKey: epic.key } };
    const saved = await saving.save(saveInitiativePayload, payload, saveInitiative);
    if (saved) await reload();
    setLinking(undefined);
    if (saved) onDone();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = epics.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + count) % count);
    } else if (event.key === 'Home' && count > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && count > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(count - 1);
    } else if (event.key === 'Enter') {
      // Enter links the highlighted epic; it never submits anything else.
      event.preventDefault();
      void choose(epics[activeIndex]);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <Dialog
      title={t('epicPicker.title', { keyResult: keyResult.title })}
      onClose={onDone}
      returnFocusKey={returnFocusKey}
      testId="epic-picker"
      footer={<Button onClick={onDone}>{t('common.cancel')}</Button>}
    >
      <Field label={t('epicPicker.label')} help={t('epicPicker.help', { project: projectKey })} error={byField['link.epicKey'] ?? byField.link}>
        {(control) => (
          <div className="okr-epic-picker__search">
            <SearchIcon />
            <input
              {...control}
              className="okr-control"
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={epics.length > 0 ? optionId(activeIndex) : undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('epicPicker.placeholder')}
              value={query}
              data-autofocus
              data-testid="epic-picker-input"
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
        )}
      </Field>
      <div className="okr-epic-picker__results" aria-busy={search.status === 'searching' || undefined}>
        {search.status === 'searching' ? (
          <p className="okr-epic-picker__note" data-testid="epic-picker-searching">
            <Spinner /> {t('epicPicker.searching')}
          </p>
        ) : null}
        {search.status === 'error' ? (
          <SectionMessage
            appearance="error"
            title={t('epicPicker.failed')}
            testId="epic-picker-error"
            actions={
              <Button compact onClick={retry}>
                {t('common.retry')}
              </Button>
            }
          >
            {t(`error.${search.error.code}`)}
          </SectionMessage>
        ) : null}
        {search.status === 'ok' && epics.length === 0 ? (
          <p className="okr-epic-picker__note" data-testid="epic-picker-empty">
            {search.query ? t('epicPicker.noMatch', { project: projectKey, query: search.query }) : t('epicPicker.noEpics')}
          </p>
        ) : null}
        {/* The listbox stays in the page (empty while searching) so the combobox always controls it. */}
        <ul className="okr-epic-picker__list" id={listId} role="listbox" aria-label={t('epicPicker.results')}>
          {epics.map((epic, index) => {
            const isLinked = linked.has(epic.key);
            return (
              <li
                key={epic.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                aria-disabled={isLinked || undefined}
                className="okr-epic-picker__option"
                data-testid="epic-option"
                data-epic-key={epic.key}
                onClick={() => void choose(epic)}
                onMouseEnter={() => setActive(index)}
              >
                <span className="okr-epic-picker__icon" aria-hidden="true">
                  <EpicIcon size={12} />
                </span>
                <span className="okr-epic-picker__key">{epic.key}</span>
                <span className="okr-epic-picker__summary" title={epic.summary}>
                  {epic.summary}
                </span>
                <span className="okr-epic-picker__tags">
                  {linking === epic.key ? <Spinner size={14} label={t('epicPicker.linking', { key: epic.key })} /> : null}
                  {isLinked ? <Lozenge>{t('epicPicker.alreadyLinked')}</Lozenge> : null}
                  <EpicStatusLozenge name={epic.statusName} category={epic.statusCategory} />
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <span className="okr-visually-hidden" role="status">
        {search.status === 'ok' ? t('epicPicker.count', { count: format.number(epics.length) }) : ''}
      </span>
      <SaveFeedback state={saving.state} unplaced={unplaced} />
    </Dialog>
  );
}
