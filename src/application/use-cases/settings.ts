import type { SaveSettingsInput } from '../../contracts/schemas';
import type { SettingsView } from '../../contracts/views';
import { requireAllowed } from '../access';
import { ValidationError } from '../errors';
import { requireKnownUsers } from '../known-users';
import { storyPointsFieldsOf } from '../initiative-progress';
import type { Actor, AppSettings, Ports } from '../ports';

const toView = (settings: AppSettings): SettingsView => ({
  epicProgressMode: settings.epicProgressMode,
  appAdminAccountIds: settings.appAdminAccountIds ?? [],
  version: settings.version,
});

export const getSettings = async (ports: Ports): Promise<SettingsView> => toView(await ports.settings.get());

/**
 * Counting epics by story points needs the site's story point fields (company-managed and
 * team-managed projects use different ones), found once here, not on every screen read.
 */
export async function saveSettings(ports: Ports, actor: Actor, input: SaveSettingsInput): Promise<SettingsView> {
  // One setting for every team and project: app admins decide it.
  await requireAllowed(ports, actor, { kind: 'manage-organisation' });
  const current = await ports.settings.get();
  const expectedVersion = input.version ?? current.version;
  // The app admins named in setup: kept when the payload does not name them, else replaced by
  // people of the site (the newly named ones checked, as the caller, before anything is written).
  const currentAdmins = current.appAdminAccountIds ?? [];
  const appAdminAccountIds = input.appAdminAccountIds ? [...new Set(input.appAdminAccountIds)] : currentAdmins;
  await requireKnownUsers(ports, 'appAdminAccountIds', appAdminAccountIds, currentAdmins);
  let storyPointsFieldIds = storyPointsFieldsOf(current);
  if (input.epicProgressMode === 'points') {
    storyPointsFieldIds = await ports.work.findStoryPointsFields();
    if (storyPointsFieldIds.length === 0) {
      throw new ValidationError('This Jira site has no story point field', {
        epicProgressMode: { code: 'invalid_value', message: 'This Jira site has no story point field', reason: 'no-story-points' },
      });
    }
  }
  const saved = await ports.settings.save(
    {
      epicProgressMode: input.epicProgressMode,
      ...(storyPointsFieldIds.length ? { storyPointsFieldIds } : {}),
      ...(appAdminAccountIds.length ? { appAdminAccountIds } : {}),
      version: expectedVersion + 1,
    },
    expectedVersion,
  );
  return toView(saved);
}
