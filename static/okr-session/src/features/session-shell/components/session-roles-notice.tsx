/**
 * Where the session's controls would be, for someone who may not take part (tracker issue 10,
 * point 2): that they can follow it, and who takes part. Signed-out readers are told to sign in.
 * What the person may do comes from the resolver's `can`; the sign-in state only picks the words.
 */
import { SectionMessage } from '@shared/components/section-message';
import { useForgeContext } from '@shared/context';
import { useI18n } from '@shared/i18n';
import { useSession } from '../../../app-state/session-context';

export function SessionRolesNotice() {
  const { t } = useI18n();
  const { view } = useSession();
  const signedIn = Boolean(useForgeContext().accountId);
  if (view.can.takePart) return null;
  return (
    <SectionMessage appearance="information" testId="session-roles-notice">
      {signedIn ? t('roles.session.followOnly', { team: view.team.name }) : t('roles.session.signIn')}
    </SectionMessage>
  );
}
