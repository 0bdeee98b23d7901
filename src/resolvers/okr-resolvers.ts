import {
  addCheckInPayload,
  deleteKeyResultPayload,
  deleteObjectivePayload,
  getOkrTreePayload,
  getOkrTreeChangesPayload,
  listCheckInsPayload,
  listChangesPayload,
  saveKeyResultPayload,
  saveObjectivePayload,
} from '../contracts/schemas';
import { addCheckIn, listCheckIns } from '../application/use-cases/check-ins';
import { listChanges } from '../application/use-cases/changes';
import { deleteKeyResult, saveKeyResult } from '../application/use-cases/key-results';
import { deleteObjective, saveObjective } from '../application/use-cases/objectives';
import { getOkrTree } from '../application/use-cases/okr-tree';
import { getOkrTreeChanges } from '../application/use-cases/okr-tree-changes';
import { defineResolver } from './define-resolver';

/** Objectives, key results and check-ins: the OKR panel's resolvers. */
export const okrResolvers = [
  defineResolver('getOkrTree', getOkrTreePayload, ({ ports, actor, input, now }) => getOkrTree(ports, actor, input, now)),
  defineResolver('getOkrTreeChanges', getOkrTreeChangesPayload, ({ ports, actor, input, now }) => getOkrTreeChanges(ports, actor, input, now)),
  defineResolver('saveObjective', saveObjectivePayload, async ({ ports, actor, input, now }) => ({
    objective: await saveObjective(ports, actor, input, now),
  })),
  defineResolver('deleteObjective', deleteObjectivePayload, async ({ ports, actor, input }) => {
    await deleteObjective(ports, actor, input);
    return { id: input.id };
  }),
  defineResolver('saveKeyResult', saveKeyResultPayload, async ({ ports, actor, input, now }) => ({
    keyResult: await saveKeyResult(ports, actor, input, now),
  })),
  defineResolver('deleteKeyResult', deleteKeyResultPayload, async ({ ports, actor, input }) => {
    await deleteKeyResult(ports, actor, input);
    return { id: input.id };
  }),
  defineResolver('addCheckIn', addCheckInPayload, ({ ports, actor, input, now }) => addCheckIn(ports, actor, input, now)),
  defineResolver('listCheckIns', listCheckInsPayload, ({ ports, actor, input }) => listCheckIns(ports, actor, input)),
  defineResolver('listChanges', listChangesPayload, ({ ports, actor, input }) => listChanges(ports, actor, input)),
];
