/** The resolver function keys: a contract with the UI, the tests and the benchmark. */
export const RESOLVER_KEYS = [
  'getOkrTree',
  'listCycles',
  'saveCycle',
  'listTeams',
  'saveTeam',
  'saveObjective',
  'deleteObjective',
  'saveKeyResult',
  'deleteKeyResult',
  'addCheckIn',
  'listCheckIns',
  'searchUsers',
  'getUsers',
  'getCurrentUser',
  'saveInitiative',
  'deleteInitiative',
  'searchEpics',
  'getEpicContext',
  'getSettings',
  'saveSettings',
] as const;
export type ResolverKey = (typeof RESOLVER_KEYS)[number];
