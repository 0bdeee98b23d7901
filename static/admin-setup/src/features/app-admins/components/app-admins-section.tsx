/**
 * The App admins tab: the people named here run the app (cycles, teams, settings) beside the
 * Jira and Confluence site admins, who always do. Add through the user picker, remove from the
 * list; each change is saved at once.
 */
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { ErrorState } from '@shared/components/error-state';
import { Section, SectionHeader } from '@shared/components/section-header';
import { SectionMessage } from '@shared/components/section-message';
import { Skeleton } from '@shared/components/skeleton';
import { UserPicker } from '@shared/components/user-picker';
import { useUser } from '@shared/hooks/user-directory';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, radius, space } from '@shared/styles/tokens';
import { saveOf, SettingsSaveFeedback } from '../../../app-state/settings-feedback';
import { useSettings } from '../../../app-state/settings-state';

defineStyles(
  'app-admins',
  `
.okr-admins { list-style: none; margin: 0; padding: 0; border: ${border.width} solid ${color.border}; border-radius: ${radius.medium}; }
.okr-admins__row { display: flex; gap: ${space.s100}; align-items: center; justify-content: space-between; padding: ${space.s100} ${space.s150}; }
.okr-admins__row + .okr-admins__row { border-top: ${border.width} solid ${color.border}; }
.okr-admins__add { max-width: 28rem; }
`,
);

export function AppAdminsSection() {
  const { t } = useI18n();
  const { resource, reload, state, save } = useSettings();
  const named = resource.status === 'ok' ? (resource.data.appAdminAccountIds ?? []) : [];
  const busy = state.status === 'saving';

  const add = (accountId: string | undefined) => {
    if (!accountId || named.includes(accountId)) return;
    void save({ appAdminAccountIds: [...named, accountId] });
  };
  const remove = (accountId: string) => void save({ appAdminAccountIds: named.filter((id) => id !== accountId) });
  const mine = saveOf(state, 'appAdminAccountIds');

  return (
    <Section label={t('setup.admins.title')} testId="app-admins-section">
      <SectionHeader title={t('setup.admins.title')} about={t('setup.admins.about')} />
      <SectionMessage appearance="information" testId="site-admins-note">
        {t('setup.admins.siteAdmins')}
      </SectionMessage>
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? <Skeleton height={80} /> : null}
      {resource.status === 'ok' ? (
        named.length > 0 ? (
          <ul className="okr-admins" aria-label={t('setup.admins.list')} aria-busy={busy || undefined}>
            {named.map((accountId) => (
              <AdminRow key={accountId} accountId={accountId} disabled={busy} onRemove={() => remove(accountId)} />
            ))}
          </ul>
        ) : (
          <p className="okr-subtle" data-testid="no-app-admins">
            {t('setup.admins.none')}
          </p>
        )
      ) : null}
      <SettingsSaveFeedback state={mine} conflict={t('setup.settingsConflict')} failedTitle={t('setup.admins.failed')} testId="app-admins" />
      {resource.status === 'ok' ? (
        <div className="okr-admins__add">
          <UserPicker label={t('setup.admins.add')} help={t('setup.admins.add.help')} value={undefined} onChange={add} testId="app-admin-picker" />
        </div>
      ) : null}
    </Section>
  );
}

function AdminRow({ accountId, disabled, onRemove }: { accountId: string; disabled: boolean; onRemove: () => void }) {
  const { t } = useI18n();
  const user = useUser(accountId);
  const name = user?.displayName ?? t('user.unknown');
  return (
    <li className="okr-admins__row" data-testid="app-admin" data-account-id={accountId}>
      <UserName accountId={accountId} size={24} />
      <Button compact appearance="subtle" disabled={disabled} aria-label={t('setup.admins.remove', { name })} onClick={onRemove} testId="app-admin-remove">
        {t('setup.remove')}
      </Button>
    </li>
  );
}
