/**
 * Whether the calling user administers Confluence, asked of Confluence itself, as the user:
 * `GET /wiki/rest/api/user/current?expand=operations` lists what the user may do; a Confluence
 * admin's list holds `administer` on the `application` (docs/decisions/0018). Confluence is the
 * app's required product, so this is the first "site admin?" question; Jira's is the second.
 */
import api, { route } from '@forge/api';
import { ProductUnavailableError } from '../../application/errors';
import type { ConfluencePermissions } from '../../application/ports';

interface CurrentUser {
  operations?: Array<{ operation?: string; targetType?: string }>;
}

export const confluencePermissions: ConfluencePermissions = {
  async isAdmin() {
    let response: Awaited<ReturnType<ReturnType<typeof api.asUser>['requestConfluence']>>;
    try {
      response = await api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`, {
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      // The user has not allowed the app to act for them: Forge's consent flow, as for Jira.
      if (error instanceof Error && /NEEDS_AUTHENTICATION|NeedsAuthentication/i.test(error.name)) throw error;
      throw new ProductUnavailableError('Confluence could not be reached', 'outage');
    }
    if (response.status >= 500 || response.status === 429) throw new ProductUnavailableError(`Confluence answered ${response.status}`, 'outage');
    // Anything else Confluence refuses (a guest, an anonymous user) is no admin.
    if (!response.ok) return false;
    const user = (await response.json()) as CurrentUser;
    return (user.operations ?? []).some((op) => op.operation === 'administer' && op.targetType === 'application');
  },
};
