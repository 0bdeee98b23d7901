/**
 * Where the "Add objective" button would be, for someone who may not add or change these OKRs:
 * that they can read them, and who can change them (tracker issue 10, point 2). Signed-out
 * readers are told to sign in instead.
 */
import type { OkrTreeView } from '@contracts/views';
import { SectionMessage } from '../components/section-message';
import { useForgeContext } from '../context';
import { useI18n } from '../i18n';

export function ReadOnlyNotice({ tree }: { tree: OkrTreeView }) {
  const { t } = useI18n();
  // Only for the wording: what the person may do comes from the resolver's `can`.
  const signedIn = Boolean(useForgeContext().accountId);
  if (tree.can.editTeamOkrs) return null;
  const text = !signedIn
    ? t('roles.signIn')
    : tree.team
      ? t('roles.readOnlyTeam', { team: tree.team.name })
      : t('roles.readOnlyOrganisation');
  return (
    <SectionMessage appearance="information" testId="read-only-notice">
      {text}
    </SectionMessage>
  );
}
