import { listCyclesPayload, listTeamsPayload, saveCyclePayload, saveTeamPayload } from '../contracts/schemas';
import { listCycles, saveCycle } from '../application/use-cases/cycles';
import { listTeams, saveTeam } from '../application/use-cases/teams';
import { defineResolver } from './define-resolver';

/** Cycles and teams: the frame every OKR hangs in. */
export const organisationResolvers = [
  defineResolver('listCycles', listCyclesPayload, ({ ports }) => listCycles(ports)),
  defineResolver('saveCycle', saveCyclePayload, ({ ports, actor, input }) => saveCycle(ports, actor, input)),
  defineResolver('listTeams', listTeamsPayload, ({ ports }) => listTeams(ports)),
  defineResolver('saveTeam', saveTeamPayload, ({ ports, actor, input }) => saveTeam(ports, actor, input)),
];
