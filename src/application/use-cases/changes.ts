import type { ListChangesInput } from '../../contracts/schemas';
import type { ChangeListView, ChangeView } from '../../contracts/views';
import type { OkrChange } from '../../domain/okr-changes';
import { accessOf } from '../access';
import { NotFoundError } from '../errors';
import type { Actor, Ports } from '../ports';
import { mayShow } from '../private-objectives';

const HISTORY_PAGE = 50;

/**
 * An objective's history of changes (its own and its key results'), newest first. A private
 * objective the person may not see is as absent as an unknown one: NOT_FOUND, nothing else.
 */
export async function listChanges(ports: Ports, actor: Actor, input: ListChangesInput): Promise<ChangeListView> {
  const found = await ports.okrs.findObjective(input.objectiveId);
  const hidden = found && !mayShow(await accessOf(ports, actor), found.objective);
  if (!found || hidden) throw new NotFoundError(`No objective with id "${input.objectiveId}"`);
  const page = await ports.history.listByObjective(input.objectiveId, {
    limit: HISTORY_PAGE,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  const changes = page.changes.map(toView);
  return page.cursor ? { changes, cursor: page.cursor } : { changes };
}

const toView = (change: OkrChange): ChangeView => ({
  id: change.id,
  at: change.at,
  ...(change.byAccountId ? { byAccountId: change.byAccountId } : {}),
  subject: { kind: change.subjectKind, id: change.subjectId, title: change.subjectTitle },
  action: change.action,
  fields: change.fields.map(({ field, before, after }) => ({ field, before, after })),
});
