import type { PublishedSession } from '../../contracts/views';
import { publishBlockers, type Session } from '../../domain/session';
import type { KeyResult, Objective } from '../../domain/types';
import { requireSignedIn } from '../authorise';
import { ValidationError } from '../errors';
import type { Actor, ObjectiveRecord, Ports, PublishBuild } from '../ports';
import { contentOf, loadSession, requireConfigured } from './session';
import { sessionKeyOf, type SessionIdentity } from './session-identity';

/**
 * Publishes the session's reviewed OKRs into the team's cycle: all objectives and key results in
 * one transaction (all or nothing), linked to the session. Publishing again updates the same
 * objectives in place (their check-ins, progress and initiatives are kept), so it never duplicates.
 */
export async function publishSession(ports: Ports, actor: Actor, identity: SessionIdentity, now: Date): Promise<PublishedSession> {
  const accountId = requireSignedIn(actor);
  const { team, cycle } = await requireConfigured(ports, identity);
  const key = sessionKeyOf(identity);
  const [session, items] = await Promise.all([loadSession(ports, identity, now), ports.sessions.listItems(key)]);
  if (session.step !== 'review') {
    throw new ValidationError('Publish from the Review step', {
      session: { code: 'inconsistent', message: 'The session is not at the Review step', reason: 'not-at-review' },
    });
  }
  const content = contentOf(items);
  const blockers = publishBlockers(content, session.meeting);
  if (blockers.length) {
    throw new ValidationError(`The session is not ready to publish (${blockers.map((b) => b.code).join(', ')})`, {
      session: { code: 'inconsistent', message: 'Finish every step first', reason: blockers[0]!.code },
    });
  }
  const at = now.toISOString();
  const previous = session.published;
  let counts = { created: 0, updated: 0 };

  const build = (existing: ReadonlyMap<string, ObjectiveRecord>): PublishBuild => {
    counts = { created: 0, updated: 0 };
    const objectives: Record<string, string> = {};
    const keyResults: Record<string, string> = {};
    const records = content.objectives.map((draft, index): ObjectiveRecord => {
      const before = previous?.objectives[draft.id] ? existing.get(previous.objectives[draft.id]!) : undefined;
      const id = before?.objective.id ?? ports.ids.newId();
      objectives[draft.id] = id;
      if (before) counts.updated++;
      else counts.created++;
      const objective: Objective = {
        id,
        cycleId: cycle.id,
        teamId: team.id,
        title: draft.title,
        description: draft.description,
        commitment: draft.commitment,
        ...(draft.parentObjectiveId ? { parentObjectiveId: draft.parentObjectiveId } : {}),
        ...(before?.objective.ownerAccountId ? { ownerAccountId: before.objective.ownerAccountId } : { ownerAccountId: accountId }),
        order: before?.objective.order ?? now.getTime() + index,
        version: before ? before.objective.version + 1 : 1,
        createdAt: before?.objective.createdAt ?? at,
        updatedAt: at,
      };
      const drafts = content.keyResults.filter((k) => k.objectiveItemId === draft.id);
      const krs = drafts.map((kr, krIndex): KeyResult => {
        const priorId = previous?.keyResults[kr.id];
        const prior = priorId ? before?.keyResults.find((k) => k.id === priorId) : undefined;
        const krId = prior?.id ?? ports.ids.newId();
        keyResults[kr.id] = krId;
        // Same kind as before: keep the progress recorded since (check-ins, current value).
        const measure = prior && prior.measure.kind === kr.measure.kind ? keepProgress(kr.measure, prior.measure) : kr.measure;
        return {
          id: krId,
          objectiveId: id,
          title: kr.title,
          weight: kr.weight,
          measure,
          ...(kr.ownerAccountId ? { ownerAccountId: kr.ownerAccountId } : {}),
          order: prior?.order ?? now.getTime() + krIndex,
          ...(prior?.lastCheckIn ? { lastCheckIn: prior.lastCheckIn } : {}),
          ...(prior?.initiatives ? { initiatives: prior.initiatives } : {}),
          version: prior ? prior.version + 1 : 1,
          createdAt: prior?.createdAt ?? at,
          updatedAt: at,
        };
      });
      return { objective, keyResults: krs };
    });
    const kept = new Set(Object.values(objectives));
    const removedObjectiveIds = Object.values(previous?.objectives ?? {}).filter((id) => !kept.has(id) && existing.has(id));
    const next: Session = {
      ...session,
      teamId: team.id,
      cycleId: cycle.id,
      published: { at, byAccountId: accountId, objectives, keyResults },
      version: session.version + 1,
      updatedAt: at,
    };
    return { records, removedObjectiveIds, session: next };
  };

  const result = await ports.okrs.publishSession({
    sessionKey: key,
    expectedSessionVersion: session.version,
    previouslyPublished: Object.values(previous?.objectives ?? {}),
    build,
  });
  return {
    objectiveIds: result.records.map((r) => r.objective.id),
    created: counts.created,
    updated: counts.updated,
    removed: result.removedObjectiveIds.length,
  };
}

function keepProgress(draft: KeyResult['measure'], prior: KeyResult['measure']): KeyResult['measure'] {
  if (draft.kind === 'metric' && prior.kind === 'metric') return { ...draft, current: prior.current };
  if (draft.kind === 'percentage' && prior.kind === 'percentage') return { ...draft, current: prior.current };
  if (draft.kind === 'milestone' && prior.kind === 'milestone') return { ...draft, done: prior.done };
  return draft;
}
