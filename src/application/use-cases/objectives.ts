import type { DeleteObjectiveInput, SaveObjectiveInput } from '../../contracts/schemas';
import type { Objective } from '../../domain/types';
import { refuseDeletingAligned, requireAlignedStayBelow, requireAlignment } from '../alignment-checks';
import { requireAllowed } from '../access';
import { growingField, NotFoundError, unknownReference } from '../errors';
import { requireKnownUser } from '../known-users';
import type { Actor, Ports } from '../ports';
import { finishDelete } from './cleanup';
import { changeRecord } from '../change-records';
import { objectiveChanges } from '../../domain/okr-changes';
import { requireVersion } from './versions';

export async function saveObjective(
  ports: Ports,
  actor: Actor,
  input: SaveObjectiveInput,
  now: Date,
): Promise<Objective> {
  // Settled, not Promise.all: when one read fails, the other's retries end before the answer does.
  const [cycleRead, teamsRead] = await Promise.allSettled([ports.cycles.get(input.cycleId), ports.teams.list()]);
  if (cycleRead.status === 'rejected') throw cycleRead.reason;
  if (teamsRead.status === 'rejected') throw teamsRead.reason;
  const [cycle, teams] = [cycleRead.value, teamsRead.value];
  const team = teams.find((t) => t.id === input.teamId);
  if (!cycle) throw unknownReference('cycleId', 'cycle', input.cycleId);
  if (!team) throw unknownReference('teamId', 'team', input.teamId);
  const access = await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: team.id }, teams);
  if (input.parentObjectiveId) {
    await requireAlignment(ports, { id: input.id, teamId: team.id, cycleId: cycle.id }, cycle, input.parentObjectiveId, actor, teams);
  }

  const fields = {
    cycleId: input.cycleId,
    teamId: input.teamId,
    title: input.title,
    description: input.description,
    commitment: input.commitment,
    visibility: input.visibility,
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
    ...(input.parentObjectiveId ? { parentObjectiveId: input.parentObjectiveId } : {}),
  };
  const at = now.toISOString();
  if (!input.id) {
    await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId);
    const created: Objective = { id: ports.ids.newId(), ...fields, order: now.getTime(), version: 1, createdAt: at, updatedAt: at };
    return ports.okrs.createObjective(
      created,
      changeRecord(ports, actor, at, {
        objectiveId: created.id,
        cycleId: created.cycleId,
        subjectKind: 'objective',
        subjectId: created.id,
        subjectTitle: created.title,
        action: 'created',
      }),
    );
  }
  const version = requireVersion(input.version);
  const existing = await ports.okrs.findObjective(input.id);
  if (!existing) throw new NotFoundError(`No objective with id "${input.id}"`);
  const { objective } = existing;
  // Moving an objective to another team changes both teams' OKRs.
  if (objective.teamId !== team.id) await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: objective.teamId }, teams);
  await requireAlignedStayBelow(ports, objective, { id: objective.id, ...fields }, access);
  await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId, objective.ownerAccountId);
  // The description is the objective's own text that can grow it most.
  const updated: Objective = { id: objective.id, ...fields, order: objective.order, version: version + 1, createdAt: objective.createdAt, updatedAt: at };
  // The update is written only if the stored version is still `version`, so `objective` is
  // exactly what it changes: the record's "before".
  const change = changeRecord(ports, actor, at, {
    objectiveId: objective.id,
    cycleId: updated.cycleId,
    subjectKind: 'objective',
    subjectId: objective.id,
    subjectTitle: updated.title,
    action: 'updated',
    fields: objectiveChanges(objective, updated),
  });
  return growingField('description', () => ports.okrs.updateObjective(updated, version, change));
}

/** Deletes an objective nobody aligns to, then what it leaves in storage (check-ins, epic links). */
export async function deleteObjective(ports: Ports, actor: Actor, input: DeleteObjectiveInput): Promise<void> {
  const existing = await ports.okrs.findObjective(input.id);
  if (!existing) throw new NotFoundError(`No objective with id "${input.id}"`);
  const access = await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: existing.objective.teamId });
  await refuseDeletingAligned(ports, input.id, access);
  await finishDelete(ports, await ports.okrs.deleteObjective(input.id, input.version));
}
