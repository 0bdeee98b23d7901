/**
 * What an open OKR panel asks every 30 seconds: "has my tree changed?" (docs/decisions/0016).
 * The full tree of a 200-objective cycle is hundreds of KiB of storage reads; the answer to this
 * question, when nothing changed, is one batch read of a few change markers (plus the Jira read
 * of the epics the viewer sees, which never costs storage). Only a change costs a full read.
 *
 * The tree carries a `since` token: the cycles it depends on, the markers' state when it was read,
 * the epics it shows with a digest of how they looked, and the story point fields it counted with.
 * The token holds nothing the viewer was not shown (restricted epics are left out: their progress
 * on screen is the stored last known one, which the markers cover). A token that does not parse
 * just means "changed".
 */
import type { GetOkrTreeChangesInput } from '../../contracts/schemas';
import type { OkrTreeChangesView } from '../../contracts/views';
import { readInitiativeProgress } from '../initiative-progress';
import type { Actor, AppSettings, Ports } from '../ports';
import { decodeSince, epicsDigest } from '../tree-since';
import { getOkrTree } from './okr-tree';

export async function getOkrTreeChanges(ports: Ports, actor: Actor, input: GetOkrTreeChangesInput, now: Date): Promise<OkrTreeChangesView> {
  const token = decodeSince(input.since);
  const tree = { cycleId: input.cycleId, ...(input.teamId ? { teamId: input.teamId } : {}) };
  // A token is for one tree: the cycle and team it was read for.
  if (!token || token.c[0] !== input.cycleId || token.t !== (input.teamId ?? null)) return { changed: true, tree: await getOkrTree(ports, actor, tree, now) };
  if ((await ports.changes.read(token.c)) !== token.m) return { changed: true, tree: await getOkrTree(ports, actor, tree, now) };
  if (token.k.length > 0) {
    // Settings are covered by the markers: the token's fields are still the ones to count with.
    const settings: AppSettings = token.p.length
      ? { epicProgressMode: 'points', storyPointsFieldIds: token.p, version: 0 }
      : { epicProgressMode: 'count', version: 0 };
    const progress = await readInitiativeProgress(ports, [], settings, now, token.k);
    if (epicsDigest(progress, token.k) !== token.d) return { changed: true, tree: await getOkrTree(ports, actor, tree, now) };
  }
  return { changed: false };
}
