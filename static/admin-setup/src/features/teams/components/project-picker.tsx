/**
 * The Jira projects a team works in: chosen projects as removable tags (key and name), and a
 * combobox over `searchProjects` (the projects the admin can browse in Jira) to add more.
 * Arrows move, Enter adds, Escape closes. When Jira cannot be searched the picker says so beside
 * itself and the projects already chosen stay; the rest of the form is unaffected.
 */
import { Button } from '@shared/components/button';
import '@shared/components/control-styles';
import { Field } from '@shared/components/field';
import { CloseIcon, SearchIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { SectionMessage } from '@shared/components/section-message';
import { Spinner } from '@shared/components/spinner';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, elevation, font, radius, space } from '@shared/styles/tokens';
import { useEffect, useId, useState } from 'react';
import { useProjectSearch, type JiraProject } from '../hooks/use-project-search';

defineStyles(
  'project-picker',
  `
.okr-project-picker { display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-project-picker__chosen { display: flex; flex-wrap: wrap; gap: ${space.s050}; margin: 0; padding: 0; list-style: none; }
.okr-project-picker__chip { display: inline-flex; align-items: center; gap: ${space.s050}; padding: 0 0 0 ${space.s075};
  border-radius: ${radius.small}; background: ${color.bgNeutral}; min-height: 1.75rem; }
.okr-project-picker__key { font-weight: ${font.weightMedium}; font-variant-numeric: tabular-nums; }
.okr-project-picker__box { position: relative; }
.okr-project-picker__box > svg { position: absolute; left: ${space.s100}; top: 50%; transform: translateY(-50%); color: ${color.iconSubtle}; pointer-events: none; }
.okr-project-picker__box .okr-control { padding-left: ${space.s400}; }
.okr-project-picker__list { position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + ${space.s050}); margin: 0; padding: ${space.s050} 0;
  list-style: none; max-height: 16rem; overflow-y: auto; background: ${elevation.surfaceOverlay}; box-shadow: ${elevation.shadowOverlay}; border-radius: ${radius.small}; }
.okr-project-picker__option { display: flex; align-items: center; gap: ${space.s100}; padding: ${space.s075} ${space.s150}; cursor: pointer; }
.okr-project-picker__option[aria-selected="true"] { background: ${color.bgSelected}; box-shadow: inset 2px 0 0 ${color.borderSelected}; }
.okr-project-picker__option[aria-disabled="true"] { cursor: default; color: ${color.textSubtlest}; }
.okr-project-picker__avatar { width: 1.25rem; height: 1.25rem; border-radius: ${radius.xsmall}; flex: none; }
.okr-project-picker__name { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; flex: 1; }
.okr-project-picker__note { padding: ${space.s075} ${space.s150}; color: ${color.textSubtlest}; font: ${font.bodySmall}; display: flex; gap: ${space.s100}; align-items: center; }
`,
);

export function ProjectPicker({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (keys: string[]) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Names of the projects seen in any answer, so a chosen key shows its name too.
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  // Opened once at start (with no query) to learn the names of the projects already chosen.
  const [primed, setPrimed] = useState(value.length > 0);
  const { search, retry } = useProjectSearch(query, open || primed);

  useEffect(() => {
    if (search.status === 'ok') setNames((known) => new Map([...known, ...search.projects.map((p) => [p.key, p.name] as const)]));
    if (search.status === 'ok' || search.status === 'error') setPrimed(false);
  }, [search]);

  const projects = open && search.status === 'ok' ? search.projects : [];
  const chosen = new Set(value);
  const activeIndex = Math.min(active, Math.max(projects.length - 1, 0));

  const add = (project: JiraProject | undefined) => {
    if (!project || chosen.has(project.key)) return;
    onChange([...value, project.key]);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = projects.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (count) setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : -1) + count) % count);
    } else if (event.key === 'Enter' && open) {
      // Enter adds the highlighted project; it never submits the team form.
      event.preventDefault();
      add(projects[activeIndex]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  const unavailable = search.status === 'error' && search.error.code === 'UNAVAILABLE';
  return (
    <div className="okr-project-picker" data-testid="project-picker">
      <Field label={t('setup.teams.projects')} help={t('setup.teams.projects.help')} error={error} optionalText={t('common.optional')}>
        {(control) => (
          <div className="okr-project-picker__box">
            <SearchIcon />
            <input
              {...control}
              className="okr-control"
              role="combobox"
              aria-expanded={open}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={open && projects[activeIndex] ? `${listId}-${activeIndex}` : undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('setup.teams.projects.placeholder')}
              value={query}
              data-testid="project-picker-input"
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
                setOpen(true);
              }}
              onFocus={() => setOpen(true)}
              onBlur={() => setOpen(false)}
              onKeyDown={onKeyDown}
            />
            {open && search.status !== 'error' ? (
              <ul className="okr-project-picker__list" id={listId} role="listbox" aria-label={t('setup.teams.projects.results')}>
                {search.status !== 'ok' ? (
                  <li className="okr-project-picker__note" role="presentation">
                    <Spinner /> {t('setup.teams.projects.searching')}
                  </li>
                ) : projects.length === 0 ? (
                  <li className="okr-project-picker__note" role="presentation">
                    {t('setup.teams.projects.none')}
                  </li>
                ) : (
                  projects.map((project, index) => {
                    const taken = chosen.has(project.key);
                    return (
                      <li
                        key={project.id}
                        id={`${listId}-${index}`}
                        role="option"
                        aria-selected={index === activeIndex}
                        aria-disabled={taken || undefined}
                        className="okr-project-picker__option"
                        data-testid="project-option"
                        data-project-key={project.key}
                        // mousedown, not click: adding must happen before the input's blur closes the list.
                        onMouseDown={(event) => {
                          event.preventDefault();
                          add(project);
                        }}
                        onMouseEnter={() => setActive(index)}
                      >
                        {project.avatarUrl ? <img className="okr-project-picker__avatar" src={project.avatarUrl} alt="" /> : null}
                        <span className="okr-project-picker__key">{project.key}</span>
                        <span className="okr-project-picker__name">{project.name}</span>
                        {taken ? <Lozenge>{t('setup.teams.projects.added')}</Lozenge> : null}
                      </li>
                    );
                  })
                )}
              </ul>
            ) : null}
          </div>
        )}
      </Field>
      {search.status === 'error' ? (
        <SectionMessage
          appearance="warning"
          title={unavailable ? t('setup.teams.projects.unavailableTitle') : t('setup.teams.projects.failed')}
          testId="project-picker-unavailable"
          actions={
            <Button compact onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        >
          {unavailable ? t('setup.teams.projects.unavailable') : t(`error.${search.error.code}`)}
        </SectionMessage>
      ) : null}
      {value.length > 0 ? (
        <ul className="okr-project-picker__chosen" aria-label={t('setup.teams.projects.chosen')}>
          {value.map((key) => (
            <li key={key} className="okr-project-picker__chip" data-testid="chosen-project" data-project-key={key}>
              <span className="okr-project-picker__key">{key}</span>
              {names.get(key) ? <span>{names.get(key)}</span> : null}
              <Button
                compact
                appearance="subtle"
                iconOnlyLabel={t('setup.teams.projects.remove', { key })}
                icon={<CloseIcon size={12} />}
                onClick={() => onChange(value.filter((k) => k !== key))}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
