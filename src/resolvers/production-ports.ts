import { randomUUID } from 'node:crypto';
import type { Ports } from '../application/ports';
import { kvsCheckInRepository } from '../adapters/kvs/check-in-repository';
import { kvsOkrChangeRepository } from '../adapters/kvs/okr-change-repository';
import { kvsCleanupRepository } from '../adapters/kvs/cleanup-repository';
import { kvsCycleRepository } from '../adapters/kvs/cycle-repository';
import { kvsOkrRepository } from '../adapters/kvs/okr-repository';
import { kvsTeamRepository } from '../adapters/kvs/team-repository';
import { jiraUserDirectory } from '../adapters/jira/user-directory';
import { jiraWorkTracker } from '../adapters/jira/work-tracker';
import { confluencePermissions } from '../adapters/confluence/confluence-permissions';
import { kvsSessionRepository } from '../adapters/kvs/session-repository';
import { kvsSettingsRepository } from '../adapters/kvs/settings-repository';
import { kvsChangeMarkers } from '../adapters/kvs/change-markers';
import { currentTime } from './clock';

/** The adapters the app runs with on Forge (and on the local host, which emulates Forge). */
export const productionPorts: Ports = {
  cycles: kvsCycleRepository,
  teams: kvsTeamRepository,
  okrs: kvsOkrRepository,
  checkIns: kvsCheckInRepository,
  history: kvsOkrChangeRepository,
  cleanup: kvsCleanupRepository,
  users: jiraUserDirectory,
  work: jiraWorkTracker,
  confluence: confluencePermissions,
  settings: kvsSettingsRepository,
  changes: kvsChangeMarkers,
  sessions: kvsSessionRepository,
  clock: { now: currentTime },
  ids: { newId: randomUUID },
};
