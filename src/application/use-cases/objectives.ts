import type { DeleteObjectiveInput, SaveObjectiveInput } from '../../contracts/schemas';
import type { Cycle, Objective } from '../../domain/types';
import { requireSignedIn } from '../authorise';
import { invalidField, NotFoundError, unknownReference } from '../errors';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';

/** How far up an alignment chain we follow before calling it a loop. */
const MAX_ALIGNMENT_DEPTH = 16;

export async function saveObjective(
  ports: Ports,
  actor: Actor,
  input: SaveObjectiveInput,
  now: Date,
): Promise<Objective> {
  requireSignedIn(actor);
  const [cycle, team] = await Promise.all([ports.cycles.get(input.cycleId), ports.teams.get(input.teamId)]);
  if (!cycle) throw unknownReference('cycleId', 'cycle', input.cycleId);
  if (!team) throw unknownReference('teamId', 'team', input.teamId);
  if (input.parentObjectiveId) await checkAlignment(ports, cycle, input);

  const fields = {
    cycleId: input.cycleId,
    teamId: input.teamId,
    title: input.title,
    description: input.description,
    commitment: input.commitment,
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
    ...(input.parentObjectiveId ? { parentObjectiveId: input.parentObjectiveId } : {}),
  };
  const at = now.toISOString();
  if (!input.id) {
    return ports.okrs.createObjective({
      id: ports.ids.newId(),
      ...fields,
      order: now.getTime(),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  }
  const version = requireVersion(input.version);
  const existing = await ports.okrs.findObjective(input.id);
  if (!existing) throw new NotFoundError(`No objective with id "${input.id}"`);
  const { objective } = existing;
  return ports.okrs.updateObjective(
    { id: objective.id, ...fields, order: objective.order, version: version + 1, createdAt: objective.createdAt, updatedAt: at },
    version,
  );
}

export async function deleteObjective(ports: Ports, actor: Actor, input: DeleteObjectiveInput): Promise<void> {
  requireSignedIn(actor);
  await ports.okrs.deleteObjective(input.id, input.version);
}

/**
 * An objective aligns to one in the same cycle or in the annual cycle above it (OKR-METHOD.md
 * "Structure and alignment"), and the alignment tree must stay a tree.
 */
async function checkAlignment(ports: Ports, cycle: Cycle, input: SaveObjectiveInput): Promise<void> {
  const parentId = input.parentObjectiveId!;
  if (parentId === input.id) {
    throw invalidField('parentObjectiveId', 'inconsistent', 'An objective cannot align to itself');
  }
  const parent = await ports.okrs.findObjective(parentId);
  if (!parent) throw unknownReference('parentObjectiveId', 'objective', parentId);
  if (parent.objective.cycleId !== cycle.id && parent.objective.cycleId !== cycle.parentCycleId) {
    throw invalidField(
      'parentObjectiveId',
      'inconsistent',
      'Align to an objective of the same cycle or of its annual cycle',
    );
  }
  if (!input.id) return;
  let ancestor: Objective | undefined = parent.objective;
  for (let depth = 0; ancestor && depth < MAX_ALIGNMENT_DEPTH; depth++) {
    if (ancestor.id === input.id) {
      throw invalidField('parentObjectiveId', 'inconsistent', 'That alignment would make a loop');
    }
    ancestor = ancestor.parentObjectiveId
      ? (await ports.okrs.findObjective(ancestor.parentObjectiveId))?.objective
      : undefined;
  }
}
