/**
 * Every navigation the UI asks of the host, in one place (with ./call-resolver, the only users
 * of @forge/bridge besides the theme and the context). `router.open` leaves the app's iframe:
 * Jira shows the issue in a new tab, so the page the user was on stays where it was.
 */
import { router } from '@forge/bridge';

/** A Jira issue's address on the user's site, for the link's `href` (copy, middle-click). */
export function issueHref(siteUrl: string | undefined, issueKey: string): string {
  const base = (siteUrl ?? '').replace(/\/+$/, '');
  return `${base}/browse/${encodeURIComponent(issueKey)}`;
}

/** Opens a Jira issue (an epic) through the host. Never throws: a refused navigation is a no-op. */
export async function openIssue(issueKey: string): Promise<void> {
  try {
    await router.open(`/browse/${encodeURIComponent(issueKey)}`);
  } catch {
    // The host refused (or has no router): the link's href is still there to copy.
  }
}

/**
 * Opens the app's setup in the product the person is in: Confluence's global settings page or
 * Jira's app admin page (both shown by the products to their admins only). Never throws.
 */
export async function openSetup(product: 'confluence' | 'jira'): Promise<void> {
  try {
    await router.navigate({ target: 'module', moduleKey: product === 'jira' ? 'okr-setup-jira' : 'okr-setup-confluence' });
  } catch {
    // The host refused: the text beside the button still says where the setup is.
  }
}
