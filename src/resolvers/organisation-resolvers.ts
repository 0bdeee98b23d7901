import { createYearPayload, listCyclesPayload, listTeamsPayload, saveCyclePayload, saveTeamPayload } from '../contracts/schemas';
import { createYear, listCycles, saveCycle } from '../application/use-cases/cycles';
import { listTeams, saveTeam } from '../application/use-cases/teams';
import { defineResolver } from './define-resolver';

/** Cycles and teams: the frame every OKR hangs in. */
export const organisationResolvers = [
  defineResolver('listCycles', listCyclesPayload, ({ ports }) => listCycles(ports)),
  defineResolver('saveCycle', saveCyclePayload, ({ ports, actor, input }) => saveCycle(ports, actor, input)),
  // The names follow the caller's locale as the product reports it, never a payload field.
  defineResolver('createYear', createYearPayload, ({ ports, actor, input, context }) =>
    createYear(ports, actor, input, typeof context?.locale === 'string' ? context.locale : undefined),
  ),
  defineResolver('listTeams', listTeamsPayload, ({ ports }) => listTeams(ports)),
  defineResolver('saveTeam', saveTeamPayload, ({ ports, actor, input }) => saveTeam(ports, actor, input)),
];
