/**
 * English strings of roles and private objectives (tracker issue 10, points 2 and 3): what a
 * person may not do, said where they would look for the button, and who can.
 */
export const rolesEn = {
  'roles.readOnlyTeam': 'You can read {team}’s OKRs. Its team admins and app admins can add and change them.',
  'roles.readOnlyOrganisation': 'You can read these OKRs. Each team’s admins and app admins can add and change them.',
  'roles.signIn': 'Sign in to Atlassian to check in or change OKRs.',
  'roles.checkInWho': 'Members of {team} and the key result’s owner can check in here.',
  'roles.private': 'Private',
  'roles.privateHint': 'Only {team}’s members and admins and app admins can see this objective.',
  'roles.privateAligned': 'Private objectives aligned here: {count}',
  'roles.visibility': 'Who can see it',
  'roles.visibility.public': 'Everyone who can see OKRs',
  'roles.visibility.private': 'Only this team and app admins',
  'roles.visibility.help': 'A private objective is left out for everyone else; an objective it aligns to only says how many are private.',
  'roles.settingsWho': 'How an epic’s completion is counted, in every project. App admins choose it.',
  'empty.bodyReadOnly': 'Nobody has written objectives for this cycle yet. The team’s admins add them, here or in a team OKR session.',
  'setup.open': 'Open OKR setup',
  'setup.whoCan': 'App admins set this up: Jira and Confluence site admins, and the people named in the OKR setup. Ask one of them.',
  'roles.session.followOnly': 'You can follow this session. Members of {team} and its admins take part; app admins too.',
  'roles.session.signIn': 'Sign in to Atlassian to take part.',
  'roles.session.publishWho': 'Only {team}’s team admins and app admins publish the session.',
  'config.noCycles': 'No cycles exist yet: the macro shows OKRs once a cycle is set up.',
} as const;
