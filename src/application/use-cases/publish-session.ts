import type { PublishSessionInput } from '../../contracts/schemas';
import type { PublishedSession } from '../../contracts/views';
import { planPublish, type PublishPlan } from '../../domain/publish-plan';
import { leadsSession, publishBlockers, type Session, type SessionContent } from '../../domain/session';
import type { Cycle, Team } from '../../domain/types';
import { requireSignedIn } from '../authorise';
import { requireAllowed } from '../access';
import { alignmentRefusalMessage, cycleIdsAround } from '../alignment-checks';
import { alignmentRule } from '../../domain/alignment';
import { brokenRule, ForbiddenError, ValidationError } from '../errors';
import type { Actor, Ports } from '../ports';
import { alignedObjectiveIds, cyclesAligningTo, planInput } from './republish-preview';
import { contentOf, loadSession, requireConfigured } from './session';
import { sessionKeyOf, type SessionIdentity } from './session-identity';

/** Thrown out of the publish transaction's build: the plan has conflicts, so nothing is written. */
class NeedsResolution extends Error {
  constructor(readonly plan: PublishPlan) {
    super('Publishing needs the facilitator to resolve conflicts first');
  }
}

/**
 * Publishes the session's reviewed OKRs into the team's cycle, all in one transaction (all or
 * nothing). Publishing again merges item by item with what people did in the OKR panel since
 * (src/domain/publish-plan.ts): it never removes their key results, check-ins or initiatives and
 * never overwrites their edits silently; where both sides changed an item, it answers the
 * conflicts and writes nothing until the facilitator resolves them.
 */
export async function publishSession(
  ports: Ports,
  actor: Actor,
  identity: SessionIdentity,
  input: PublishSessionInput,
  now: Date,
): Promise<PublishedSession> {
  const accountId = requireSignedIn(actor);
  const { team, cycle, cycles, teams } = await requireConfigured(ports, identity);
  await requireAllowed(ports, actor, { kind: 'publish-session', teamId: team.id }, teams);
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
  if (Object.keys(input.resolutions).length > 0 && !leadsSession(session.meeting, accountId)) {
    throw new ForbiddenError('Only the facilitator resolves what publishing again would overwrite', {
      resolutions: { code: 'invalid_value', message: 'Only the facilitator resolves conflicts', reason: 'only-facilitator-resolves' },
    });
  }
  await requireDraftsAlign(ports, content, { team, cycle, teams });
  const alignedTo = alignedObjectiveIds(await ports.okrs.listByCycles(cyclesAligningTo(cycle, cycles)));
  const at = now.toISOString();
  let plan: PublishPlan | undefined;
  try {
    await ports.okrs.publishSession({
      sessionKey: key,
      expectedSessionVersion: session.version,
      previouslyPublished: Object.values(session.published?.objectives ?? {}),
      // Runs again on the freshest records if a concurrent write wins the race.
      build: (existing) => {
        plan = planPublish(
          planInput(content, session, existing, alignedTo, {
            teamId: team.id,
            cycleId: cycle.id,
            accountId,
            now,
            resolutions: input.resolutions,
            newId: () => ports.ids.newId(),
          }),
        );
        if (plan.conflicts.length) throw new NeedsResolution(plan);
        const next: Session = {
          ...session,
          teamId: team.id,
          cycleId: cycle.id,
          published: { at, byAccountId: accountId, ...plan.published },
          version: session.version + 1,
          updatedAt: at,
        };
        return { records: plan.records, removedObjectiveIds: plan.removedObjectiveIds, session: next };
      },
    });
  } catch (error) {
    if (error instanceof NeedsResolution) {
      return { state: 'needs-resolution', conflicts: error.plan.conflicts, kept: error.plan.kept };
    }
    throw error;
  }
  const done = plan!;
  return { state: 'published', objectiveIds: done.objectiveIds, ...done.counts, kept: done.kept };
}

/**
 * The alignment rule (src/domain/alignment.ts) once more at publishing: each draft's parent was
 * allowed when the draft was saved, but it may since have been deleted or moved. Publishing is all
 * or nothing and a link is never dropped silently, so nothing is written: VALIDATION on
 * `parentObjectiveId` naming the draft, and the team aligns it again in its step.
 */
async function requireDraftsAlign(ports: Ports, content: SessionContent, frame: { team: Team; cycle: Cycle; teams: Team[] }): Promise<void> {
  const drafts = content.objectives.filter((o) => o.parentObjectiveId);
  if (drafts.length === 0) return;
  const objectives = (await ports.okrs.listByCycles(cycleIdsAround(frame.cycle))).map((r) => r.objective);
  const rule = alignmentRule({ teams: frame.teams, cycles: [frame.cycle], objectives });
  for (const draft of drafts) {
    const parent = objectives.find((o) => o.id === draft.parentObjectiveId) ?? (await ports.okrs.findObjective(draft.parentObjectiveId!))?.objective;
    const verdict = parent ? rule.canAlignTo({ teamId: frame.team.id, cycleId: frame.cycle.id }, parent) : undefined;
    if (verdict?.ok) continue;
    const why = verdict ? alignmentRefusalMessage(verdict.refusal) : 'the objective it aligned to is gone';
    throw brokenRule('parentObjectiveId', verdict?.refusal ?? 'parent-gone', `“${draft.title}” cannot be published as aligned: ${why}`, [draft.title]);
  }
}
