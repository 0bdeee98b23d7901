/** A person: round avatar (initials when there is no picture) and their display name. */
import type { UserView } from '@contracts/views';
import { useState } from 'react';
import { useUser } from '../hooks/user-directory';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, font, radius, space } from '../styles/tokens';
import { Skeleton } from './skeleton';

defineStyles(
  'avatar',
  `
.okr-avatar { flex: none; display: inline-flex; align-items: center; justify-content: center; overflow: hidden;
  border-radius: ${radius.full}; background: ${color.bgNeutral}; color: ${color.textSubtle}; font: ${font.headingXxsmall}; }
.okr-avatar img { width: 100%; height: 100%; object-fit: cover; }
.okr-user { display: inline-flex; align-items: center; gap: ${space.s075}; min-width: 0; max-width: 100%; vertical-align: middle; }
.okr-user__name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.okr-user--unknown .okr-user__name { color: ${color.textSubtlest}; }
`,
);

export function Avatar({ user, size = 24 }: { user: Pick<UserView, 'displayName' | 'avatarUrl'> | null | undefined; size?: number }) {
  const [broken, setBroken] = useState(false);
  const initials = (user?.displayName ?? '?')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
  return (
    <span className="okr-avatar" style={{ width: size, height: size, fontSize: size < 24 ? 9 : 11 }} aria-hidden="true">
      {user?.avatarUrl && !broken ? <img src={user.avatarUrl} alt="" onError={() => setBroken(true)} /> : initials || '?'}
    </span>
  );
}

/** Avatar and name for an account id, looked up through the shared user directory. */
export function UserName({ accountId, size = 20, hideAvatar }: { accountId: string; size?: number; hideAvatar?: boolean }) {
  const { t } = useI18n();
  const user = useUser(accountId);
  if (user === undefined) return <Skeleton width={80} height={size > 16 ? 12 : 10} />;
  return (
    <span className={`okr-user${user ? '' : ' okr-user--unknown'}`}>
      {hideAvatar ? null : <Avatar user={user} size={size} />}
      <span className="okr-user__name">{user?.displayName ?? t('user.unknown')}</span>
    </span>
  );
}
