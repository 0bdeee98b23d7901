/**
 * The people of the demo organisation. Account ids look like real Atlassian ones
 * (`712020:` + uuid) so the app's validation sees what it will see in production.
 * Korean and English speakers, with the Jira locale each would have set in their profile.
 */

export interface DemoUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  /** Jira profile locale, `ko_KR` style (the UI context uses `ko-KR`). */
  locale: string;
  timeZone: string;
  /** Shown in the avatar: what Atlassian's initials avatar would show. */
  initials: string;
  avatarColor: string;
}

export const DEMO_USERS = {
  jisoo: {
    accountId: '712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73',
    displayName: '김지수',
    emailAddress: 'jisoo.kim@acme-korea.example',
    locale: 'ko_KR',
    timeZone: 'Asia/Seoul',
    initials: '지수',
    avatarColor: '#0C66E4',
  },
  daniel: {
    accountId: '712020:9a1e5c7d-2b4f-4d08-b6e3-5f9c0a7d2e81',
    displayName: 'Daniel Park',
    emailAddress: 'daniel.park@acme-korea.example',
    locale: 'en_US',
    timeZone: 'Asia/Seoul',
    initials: 'DP',
    avatarColor: '#1F845A',
  },
  seoyeon: {
    accountId: '712020:c4d7e2a9-6f1b-4a3c-8e52-0b9d3f6a1c47',
    displayName: '이서연',
    emailAddress: 'seoyeon.lee@acme-korea.example',
    locale: 'ko_KR',
    timeZone: 'Asia/Seoul',
    initials: '서연',
    avatarColor: '#AE2E24',
  },
  emily: {
    accountId: '712020:5e2a9f3c-8d4b-4b71-a0c6-3e7f1d9b5a28',
    displayName: 'Emily Choi',
    emailAddress: 'emily.choi@acme-korea.example',
    locale: 'en_US',
    timeZone: 'America/Los_Angeles',
    initials: 'EC',
    avatarColor: '#6E5DC6',
  },
  minjun: {
    accountId: '712020:0b6f4d1a-9c3e-4f25-b7a8-6d2c5e8f0a93',
    displayName: '박민준',
    emailAddress: 'minjun.park@acme-korea.example',
    locale: 'ko_KR',
    timeZone: 'Asia/Seoul',
    initials: '민준',
    avatarColor: '#A54800',
  },
  james: {
    accountId: '712020:e8c3b5a2-4f7d-4e19-9a6b-1c0d8f2e7b54',
    displayName: 'James Wilson',
    emailAddress: 'james.wilson@acme-korea.example',
    locale: 'en_GB',
    timeZone: 'Europe/London',
    initials: 'JW',
    avatarColor: '#206A83',
  },
} satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;

export const DEMO_USER_LIST: readonly DemoUser[] = Object.values(DEMO_USERS);

/** Who acts when nobody said: the first demo user. */
export const DEFAULT_USER: DemoUser = DEMO_USERS.jisoo;

export function findDemoUser(accountId: string | undefined): DemoUser | undefined {
  return DEMO_USER_LIST.find((u) => u.accountId === accountId);
}

/** `ko_KR` (Jira profile) -> `ko-KR` (Forge context); anything not Korean falls back to English. */
export function contextLocaleOf(user: DemoUser): 'ko-KR' | 'en-US' {
  return user.locale.startsWith('ko') ? 'ko-KR' : 'en-US';
}

/** An initials avatar as a data URI, so pages and the app show faces without any network. */
export function avatarDataUri(user: DemoUser, size: number): string {
  const fontSize = Math.round(size * (user.initials.length > 1 && /[가-힣]/.test(user.initials) ? 0.36 : 0.42));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="${user.avatarColor}"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" fill="#fff" font-family="sans-serif" ` +
    `font-size="${fontSize}">${user.initials}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
