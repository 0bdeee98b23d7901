/**
 * Choose a person: a combobox over `searchUsers` (debounced), with "Assign to me".
 * Keyboard: arrows move, Enter picks, Escape closes the list. The chosen person shows as
 * avatar + name with Change / Remove, so an owner is never a bare account id.
 */
import type { UserView } from '@contracts/views';
import { useEffect, useId, useRef, useState } from 'react';
import { getCurrentUser, searchUsers } from '../api/users';
import { useRememberUsers } from '../hooks/user-directory';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, elevation, font, radius, space } from '../styles/tokens';
import { Avatar, UserName } from './avatar';
import { Button } from './button';
import './control-styles';
import { Field, type FieldChrome } from './field';
import { Spinner } from './spinner';

const DEBOUNCE_MS = 250;

defineStyles(
  'user-picker',
  `
.okr-user-picker__box { position: relative; }
.okr-user-picker__chosen { display: flex; align-items: center; gap: ${space.s100}; min-height: 2.25rem; flex-wrap: wrap; }
.okr-user-picker__chosen .okr-user { flex: 1 1 8rem; }
.okr-user-picker__list { position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + ${space.s050}); margin: 0; padding: ${space.s050} 0;
  list-style: none; max-height: 14rem; overflow-y: auto; background: ${elevation.surfaceOverlay}; box-shadow: ${elevation.shadowOverlay}; border-radius: ${radius.small}; }
.okr-user-picker__option { display: flex; align-items: center; gap: ${space.s100}; padding: ${space.s075} ${space.s150}; cursor: pointer; }
.okr-user-picker__option[aria-selected="true"] { background: ${color.bgSelected}; box-shadow: inset 2px 0 0 ${color.borderSelected}; }
.okr-user-picker__note { padding: ${space.s075} ${space.s150}; color: ${color.textSubtlest}; font: ${font.bodySmall}; display: flex; gap: ${space.s100}; align-items: center; }
.okr-user-picker__me { margin-top: ${space.s050}; }
`,
);

export interface UserPickerProps extends FieldChrome {
  value: string | undefined;
  onChange: (accountId: string | undefined) => void;
  testId?: string;
}

export function UserPicker({ value, onChange, testId, ...chrome }: UserPickerProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const remember = useRememberUsers();
  const pick = (user: UserView | undefined) => {
    if (user) remember([user]);
    onChange(user?.accountId);
    setEditing(false);
  };

  return (
    <Field {...chrome}>
      {(control) =>
        value && !editing ? (
          <div className="okr-user-picker__chosen" data-testid={testId} data-account-id={value}>
            <UserName accountId={value} size={24} />
            <Button {...control} compact appearance="subtle" onClick={() => setEditing(true)}>
              {t('userPicker.change')}
            </Button>
            <Button compact appearance="subtle" onClick={() => pick(undefined)}>
              {t('userPicker.remove')}
            </Button>
          </div>
        ) : (
          <UserSearch control={control} testId={testId} autoFocus={editing} onPick={pick} onCancel={editing ? () => setEditing(false) : undefined} />
        )
      }
    </Field>
  );
}

function UserSearch({
  control,
  testId,
  autoFocus,
  onPick,
  onCancel,
}: {
  control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };
  testId?: string;
  autoFocus: boolean;
  onPick: (user: UserView) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<UserView[] | null>(null);
  const [active, setActive] = useState(0);
  const [assigningMe, setAssigningMe] = useState(false);
  const requestSeq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const seq = ++requestSeq.current;
    setResults(null);
    const timer = window.setTimeout(async () => {
      const answer = await searchUsers(query.trim());
      if (seq !== requestSeq.current) return;
      setResults(answer.ok ? answer.data : []);
      setActive(0);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, open]);

  const choose = (user: UserView | undefined) => {
    if (!user) return;
    setOpen(false);
    setQuery('');
    onPick(user);
  };

  const assignMe = async () => {
    setAssigningMe(true);
    const answer = await getCurrentUser();
    setAssigningMe(false);
    if (answer.ok) choose(answer.data);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = results?.length ?? 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (count ? (i + 1) % count : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (count ? (i - 1 + count) % count : 0));
    } else if (event.key === 'Enter' && open) {
      // Enter picks from the list instead of submitting the surrounding form.
      event.preventDefault();
      choose(results?.[active]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Escape' && onCancel) {
      event.stopPropagation();
      onCancel();
    }
  };

  const activeId = open && results?.[active] ? `${listId}-${active}` : undefined;
  return (
    <div>
      <div className="okr-user-picker__box">
      <input
        {...control}
        className="okr-control"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={t('userPicker.placeholder')}
        value={query}
        data-testid={testId}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul className="okr-user-picker__list" id={listId} role="listbox" aria-label={t('userPicker.results')}>
          {results === null ? (
            <li className="okr-user-picker__note" role="presentation">
              <Spinner /> {t('userPicker.searching')}
            </li>
          ) : results.length === 0 ? (
            <li className="okr-user-picker__note" role="presentation">
              {t('userPicker.noResults')}
            </li>
          ) : (
            results.map((user, index) => (
              <li
                key={user.accountId}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="okr-user-picker__option"
                // mousedown, not click: picking must happen before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(user);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <Avatar user={user} size={24} />
                <span>{user.displayName}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
      </div>
      <div className="okr-user-picker__me">
        <Button compact appearance="link" loading={assigningMe} onClick={() => void assignMe()}>
          {t('userPicker.assignToMe')}
        </Button>
        {onCancel ? (
          <Button compact appearance="link" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
