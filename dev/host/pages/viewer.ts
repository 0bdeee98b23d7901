/**
 * Who is looking at a host page: the acting user, locale and theme the switchers in the host
 * chrome keep in cookies. Defaults: the first demo user, that user's Jira locale, light theme.
 */
import { contextLocaleOf, DEFAULT_USER, findDemoUser } from '../demo-users';
import type { ColorMode, UiLocale, Viewer } from '../runtime/context';
import { parseCookies } from '../http/cookies';

export const COOKIES = { user: 'forge_local_user', locale: 'forge_local_locale', theme: 'forge_local_theme' } as const;

export const LOCALES: readonly UiLocale[] = ['en-US', 'ko-KR'];
export const COLOR_MODES: readonly ColorMode[] = ['light', 'dark'];

export function viewerFromCookies(cookieHeader: string | undefined): Viewer {
  const cookies = parseCookies(cookieHeader);
  const user = findDemoUser(cookies[COOKIES.user]) ?? DEFAULT_USER;
  const locale = LOCALES.find((l) => l === cookies[COOKIES.locale]) ?? contextLocaleOf(user);
  const colorMode = COLOR_MODES.find((m) => m === cookies[COOKIES.theme]) ?? 'light';
  return { accountId: user.accountId, locale, timezone: user.timeZone, colorMode };
}
