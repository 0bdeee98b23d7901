/**
 * A team's people: each with their role (team admin or member) and Remove, and a user picker to
 * add someone. The first person added is a team admin (a team with members needs one); the
 * others start as members.
 */
import type { TeamView } from '@contracts/views';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { Select } from '@shared/components/select';
import { UserPicker } from '@shared/components/user-picker';
import { useUser } from '@shared/hooks/user-directory';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, radius, space } from '@shared/styles/tokens';

type Member = TeamView['members'][number];

defineStyles(
  'member-list',
  `
.okr-members { display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-members__title { font: ${font.headingXxsmall}; color: ${color.textSubtle}; }
.okr-members__list { list-style: none; margin: 0; padding: 0; border: ${border.width} solid ${color.border}; border-radius: ${radius.small}; }
.okr-members__row { display: grid; grid-template-columns: minmax(0, 1fr) 10rem auto; gap: ${space.s100}; align-items: center; padding: ${space.s075} ${space.s100}; }
.okr-members__row + .okr-members__row { border-top: ${border.width} solid ${color.border}; }
.okr-members__error { font: ${font.bodySmall}; color: ${color.textDanger}; }
@container surface (max-width: 480px) { .okr-members__row { grid-template-columns: minmax(0, 1fr) auto; } .okr-members__row > :first-child { grid-column: 1 / -1; } }
`,
);

export function MemberList({ members, onChange, error }: { members: readonly Member[]; onChange: (members: Member[]) => void; error?: string }) {
  const { t } = useI18n();
  const add = (accountId: string | undefined) => {
    if (!accountId || members.some((m) => m.accountId === accountId)) return;
    onChange([...members, { accountId, role: members.length === 0 ? 'admin' : 'member' }]);
  };
  return (
    <div className="okr-members" role="group" aria-label={t('setup.teams.members')}>
      <span className="okr-members__title">{t('setup.teams.members')}</span>
      <p className="okr-small">{t('setup.teams.members.help')}</p>
      {members.length > 0 ? (
        <ul className="okr-members__list">
          {members.map((member, index) => (
            <MemberRow
              key={member.accountId}
              member={member}
              onRole={(role) => onChange(members.map((m, i) => (i === index ? { ...m, role } : m)))}
              onRemove={() => onChange(members.filter((_, i) => i !== index))}
            />
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="okr-members__error" role="alert">
          {error}
        </p>
      ) : null}
      <UserPicker label={t('setup.teams.addPerson')} value={undefined} onChange={add} testId="team-member-picker" />
    </div>
  );
}

function MemberRow({ member, onRole, onRemove }: { member: Member; onRole: (role: Member['role']) => void; onRemove: () => void }) {
  const { t } = useI18n();
  const user = useUser(member.accountId);
  const name = user?.displayName ?? t('user.unknown');
  return (
    <li className="okr-members__row" data-testid="team-member" data-account-id={member.accountId} data-role={member.role}>
      <UserName accountId={member.accountId} size={24} />
      <Select
        label={t('setup.teams.roleOf', { name })}
        labelHidden
        value={member.role}
        options={[
          { value: 'admin', label: t('setup.teams.role.admin') },
          { value: 'member', label: t('setup.teams.role.member') },
        ]}
        onChange={onRole}
        testId="team-member-role"
      />
      <Button compact appearance="subtle" aria-label={t('setup.teams.removePerson', { name })} onClick={onRemove} testId="team-member-remove">
        {t('setup.remove')}
      </Button>
    </li>
  );
}
