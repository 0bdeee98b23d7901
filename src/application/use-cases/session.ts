import type { AdvanceSessionInput, DeleteSessionItemInput, SaveSessionItemInput, VoteCandidateInput } from '../../contracts/schemas';
import type { SessionView } from '../../contracts/views';
import { objectiveScore, scoreBand } from '../../domain/scoring';
import { keyResultScore } from '../../domain/key-result-score';
import { scoreOkrTree } from '../../domain/okr-tree';
import { keyResultQualityIssues, objectiveQualityIssues } from '../../domain/quality';
import {
  canChangeFacilitator,
  canMoveTo,
  checkStep,
  choosesFacilitator,
  leadsSession,
  publishBlockers,
  SESSION_STEPS,
  stepIndex,
  type Session,
  type SessionContent,
  type SessionItem,
} from '../../domain/session';
import { alignmentRule } from '../../domain/alignment';
import { byCreation, byDisplayOrder, byVotes } from '../../domain/ordering';
import type { Cycle, Team } from '../../domain/types';
import { requireAlignment } from '../alignment-checks';
import { requireSignedIn } from '../authorise';
import { readAccess, requireAllowed } from '../access';
import { hidesSome, visibleRecords } from '../private-objectives';
import { LIMITS } from '../../contracts/limits';
import { capReached, ConflictError, invalidField, NotFoundError, ValidationError } from '../errors';
import { requireKnownUser } from '../known-users';
import { cycleView } from '../cycle-view';
import type { Actor, ObjectiveRecord, Ports } from '../ports';
import { measureFrom } from '../../domain/measures';
import { previewRepublish } from './republish-preview';
import { sessionKeyOf, type SessionIdentity } from './session-identity';
import { requireVersion } from './versions';

/** The stored session, or the blank one a macro starts with (version 0, nothing saved yet). */
export async function loadSession(ports: Ports, identity: SessionIdentity, now: Date): Promise<Session> {
  const stored = await ports.sessions.get(sessionKeyOf(identity));
  const at = now.toISOString();
  return (
    stored ?? {
      contentId: identity.contentId,
      localId: identity.localId,
      teamId: identity.teamId ?? '',
      cycleId: identity.cycleId ?? '',
      step: 'prep',
      meeting: { notes: '' },
      version: 0,
      createdAt: at,
      updatedAt: at,
    }
  );
}

export function contentOf(items: readonly SessionItem[]): SessionContent {
  return {
    candidates: items.filter((i) => i.kind === 'candidate').sort(byCreation),
    objectives: items.filter((i) => i.kind === 'objective').sort(byDisplayOrder),
    keyResults: items.filter((i) => i.kind === 'key-result').sort(byDisplayOrder),
  };
}

/** The macro's team and cycle, which the session needs before anything can happen in it. */
async function configured(ports: Ports, identity: SessionIdentity): Promise<{ team: Team; cycle: Cycle; teams: Team[]; cycles: Cycle[] } | undefined> {
  if (!identity.teamId || !identity.cycleId) return undefined;
  const [teams, cycles] = await Promise.all([ports.teams.list(), ports.cycles.list()]);
  const team = teams.find((t) => t.id === identity.teamId);
  const cycle = cycles.find((c) => c.id === identity.cycleId);
  return team && cycle ? { team, cycle, teams, cycles } : undefined;
}

export async function getSession(ports: Ports, actor: Actor, identity: SessionIdentity, now: Date): Promise<SessionView> {
  const frame = await configured(ports, identity);
  if (!frame) return { state: 'unconfigured' };
  const key = sessionKeyOf(identity);
  const [session, items, votes] = await Promise.all([
    loadSession(ports, identity, now),
    ports.sessions.listItems(key),
    ports.sessions.listVotes(key),
  ]);
  const content = contentOf(items);
  const current = stepIndex(session.step);
  const facilitator = session.meeting.facilitatorAccountId;
  const [stored, settings] = await Promise.all([ports.okrs.listByCycles(contextCycleIds(frame)), ports.settings.get()]);
  // Prep shares the objectives above the team: private ones only with those who may see them.
  // Jira's "site admin?" is asked only when it could change an answer: a hidden objective, taking
  // part in this team's session, or publishing it once at review (the one step that offers it).
  // A member's poll every few seconds before review so costs no product request.
  const teamId = frame.team.id;
  const atReview = session.step === 'review';
  const access = await readAccess(
    ports,
    actor,
    { teams: frame.teams, settings },
    (known) =>
      hidesSome(known, stored) ||
      !known.can({ kind: 'take-part-in-session', teamId }) ||
      (atReview && !known.can({ kind: 'publish-session', teamId })),
  );
  const records = visibleRecords(access, stored);
  const republish = actor.accountId
    ? previewRepublish(content, session, records, { teamId: frame.team.id, cycleId: frame.cycle.id, accountId: actor.accountId, now })
    : undefined;
  return {
    state: 'ready',
    session: { ...session, teamId: frame.team.id, cycleId: frame.cycle.id },
    team: frame.team,
    cycle: cycleView(frame.cycle),
    candidates: content.candidates
      .map((c) => ({
        ...c,
        votes: votes.filter((v) => v.candidateId === c.id).length,
        votedByMe: votes.some((v) => v.candidateId === c.id && v.accountId === actor.accountId),
        quality: objectiveQualityIssues(c.text),
      }))
      .sort(byVotes),
    objectives: content.objectives.map((o) => {
      const publishedObjectiveId = session.published?.objectives[o.id];
      return { ...o, quality: objectiveQualityIssues(o.title), ...(publishedObjectiveId ? { publishedObjectiveId } : {}) };
    }),
    keyResults: content.keyResults.map((k) => ({ ...k, quality: keyResultQualityIssues(k.title, k.measure) })),
    steps: SESSION_STEPS.map((step, index) => ({
      step,
      state: index < current ? 'done' : index === current ? 'current' : 'todo',
      ...checkStep(step, content, session.meeting),
    })),
    publishBlockers: publishBlockers(content, session.meeting),
    canReopen: !facilitator || facilitator === actor.accountId,
    canChangeFacilitator: actor.accountId !== undefined && choosesFacilitator(session, actor.accountId),
    canResolveConflicts: actor.accountId !== undefined && leadsSession(session.meeting, actor.accountId),
    can: { takePart: access.can({ kind: 'take-part-in-session', teamId }), publish: access.can({ kind: 'publish-session', teamId }) },
    ...(republish ? { republish } : {}),
    context: sessionContext(frame, records, now),
  };
}

/** The cycles the session screen reads: its own (published OKRs), its annual cycle, and the one before. */
function contextCycleIds({ cycle, cycles }: { cycle: Cycle; cycles: Cycle[] }): string[] {
  const previous = previousCycleOf(cycle, cycles);
  return [cycle.id, ...(cycle.parentCycleId ? [cycle.parentCycleId] : []), ...(previous ? [previous.id] : [])];
}

const previousCycleOf = (cycle: Cycle, cycles: Cycle[]): Cycle | undefined =>
  cycles.filter((c) => c.kind === cycle.kind && c.endDate < cycle.startDate).sort((a, b) => b.endDate.localeCompare(a.endDate))[0];

/** What prep shares: the objectives above the team, and the team's last cycle with final scores. */
function sessionContext(
  frame: { team: Team; cycle: Cycle; teams: Team[]; cycles: Cycle[] },
  records: ObjectiveRecord[],
  now: Date,
): Extract<SessionView, { state: 'ready' }>['context'] {
  const { team, cycle, teams, cycles } = frame;
  const previous = previousCycleOf(cycle, cycles);
  // What this team's objectives may align to, by the one rule the save applies (domain/alignment.ts).
  const rule = alignmentRule({ teams, cycles: [cycle], objectives: records.map((r) => r.objective) });
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const cycleById = new Map(cycles.map((c) => [c.id, c]));

  const parentObjectives = records
    .filter((r) => rule.canAlignTo({ teamId: team.id, cycleId: cycle.id }, r.objective).ok)
    .map((r) => {
      // Each key result by the one rule: an initiative-driven one by its initiatives' stored progress.
      const score = objectiveScore(r.keyResults.map((kr) => ({ ...kr, progress: keyResultScore(kr) })));
      return {
        id: r.objective.id,
        title: r.objective.title,
        teamName: teamName.get(r.objective.teamId) ?? '',
        cycleName: cycleById.get(r.objective.cycleId)?.name ?? '',
        score,
        band: scoreBand(score),
      };
    });
  if (!previous) return { parentObjectives };
  const last = records.filter((r) => r.objective.cycleId === previous.id && r.objective.teamId === team.id);
  const scored = scoreOkrTree({
    cycle: previous,
    now,
    objectives: last.map((r) => r.objective),
    keyResults: last.flatMap((r) => r.keyResults),
  });
  return {
    parentObjectives,
    lastCycle: {
      cycle: cycleView(previous),
      objectives: scored.objectives.map((o) => ({
        id: o.id,
        title: o.title,
        score: o.score,
        band: o.band,
        keyResults: o.keyResults.map((k) => ({ id: k.id, title: k.title, progress: k.progress })),
      })),
    },
  };
}

export async function saveSessionItem(
  ports: Ports,
  actor: Actor,
  identity: SessionIdentity,
  input: SaveSessionItemInput,
  now: Date,
): Promise<{ item: SessionItem } | { session: Session }> {
  const accountId = requireSignedIn(actor);
  const frame = await requireConfigured(ports, identity);
  await requireAllowed(ports, actor, { kind: 'take-part-in-session', teamId: frame.team.id }, frame.teams);
  const key = sessionKeyOf(identity);
  const at = now.toISOString();
  if (input.kind === 'meeting') {
    const session = await loadSession(ports, identity, now);
    const { version, kind: _kind, ...meeting } = input;
    // A stale form is a conflict first: the facilitator it shows may since have been replaced.
    if (session.version > 0 && version !== session.version) {
      throw new ConflictError(`This session was changed by someone else (now version ${session.version}, you edited version ${version})`, session.version);
    }
    if (!canChangeFacilitator(session, meeting.facilitatorAccountId, accountId)) {
      const message = 'Only the facilitator (or, before there is one, the session creator) changes who facilitates';
      throw new ValidationError(message, {
        facilitatorAccountId: { code: 'inconsistent', message, reason: 'only-facilitator-changes-facilitator' },
      });
    }
    await requireKnownUser(ports, 'facilitatorAccountId', meeting.facilitatorAccountId, session.meeting.facilitatorAccountId);
    const next: Session = { ...session, ...frameOf(identity), ...firstSaveBy(session, accountId), meeting, version: version + 1, updatedAt: at };
    return { session: await ports.sessions.saveSession(key, next, version) };
  }

  const items = await ports.sessions.listItems(key);
  const existing = input.id ? items.find((i) => i.id === input.id) : undefined;
  if (input.id && (!existing || existing.kind !== input.kind)) throw new NotFoundError(`No ${input.kind} with id "${input.id}" in this session`);
  const base = {
    id: existing?.id ?? ports.ids.newId(),
    version: existing ? requireVersion(input.version) + 1 : 1,
    createdAt: existing?.createdAt ?? at,
  };
  const order = existing && 'order' in existing ? existing.order : now.getTime();
  let item: SessionItem;
  switch (input.kind) {
    case 'candidate':
      item = { kind: 'candidate', ...base, text: input.text, authorAccountId: existing?.kind === 'candidate' ? existing.authorAccountId : accountId };
      break;
    case 'objective':
      if (input.candidateId && !items.some((i) => i.kind === 'candidate' && i.id === input.candidateId)) {
        throw invalidField('candidateId', 'invalid_value', 'No such candidate in this session');
      }
      // The draft becomes this team's objective in this cycle: the panel's alignment rule applies.
      if (input.parentObjectiveId) {
        await requireAlignment(ports, { teamId: frame.team.id, cycleId: frame.cycle.id }, frame.cycle, input.parentObjectiveId, actor, frame.teams);
      }
      item = {
        kind: 'objective',
        ...base,
        title: input.title,
        description: input.description,
        commitment: input.commitment,
        checklist: input.checklist,
        order,
        ...(input.candidateId ? { candidateId: input.candidateId } : {}),
        ...(input.parentObjectiveId ? { parentObjectiveId: input.parentObjectiveId } : {}),
      };
      break;
    case 'key-result': {
      if (!items.some((i) => i.kind === 'objective' && i.id === input.objectiveItemId)) {
        throw invalidField('objectiveItemId', 'invalid_value', 'No such objective in this session');
      }
      // A draft becomes an objective on publishing: it takes no more key results than one can hold.
      const drafted = items.filter((i) => i.kind === 'key-result' && i.objectiveItemId === input.objectiveItemId).length;
      const joins = existing?.kind !== 'key-result' || existing.objectiveItemId !== input.objectiveItemId;
      if (joins && drafted >= LIMITS.keyResultsPerObjective) {
        const cap = LIMITS.keyResultsPerObjective;
        throw capReached('objectiveItemId', cap, 'too-many-key-results', `An objective can have at most ${cap} key results`);
      }
      const previous = existing?.kind === 'key-result' ? existing.measure : undefined;
      await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId, existing?.kind === 'key-result' ? existing.ownerAccountId : undefined);
      item = {
        kind: 'key-result',
        ...base,
        objectiveItemId: input.objectiveItemId,
        title: input.title,
        measure: measureFrom(input.measure, previous),
        weight: input.weight,
        order,
        ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
      };
      break;
    }
  }
  return { item: await ports.sessions.saveItem(key, item, existing ? input.version : undefined) };
}

export async function deleteSessionItem(ports: Ports, actor: Actor, identity: SessionIdentity, input: DeleteSessionItemInput): Promise<void> {
  requireSignedIn(actor);
  const frame = await requireConfigured(ports, identity);
  await requireAllowed(ports, actor, { kind: 'take-part-in-session', teamId: frame.team.id }, frame.teams);
  const key = sessionKeyOf(identity);
  const items = await ports.sessions.listItems(key);
  const item = items.find((i) => i.id === input.id);
  if (!item) throw new NotFoundError(`No item with id "${input.id}" in this session`);
  // An objective draft takes its key result drafts with it.
  const dependents = item.kind === 'objective' ? items.filter((i) => i.kind === 'key-result' && i.objectiveItemId === item.id).map((i) => i.id) : [];
  await ports.sessions.deleteItem(key, input.id, input.version, dependents);
}

export async function voteCandidate(ports: Ports, actor: Actor, identity: SessionIdentity, input: VoteCandidateInput) {
  const accountId = requireSignedIn(actor);
  const frame = await requireConfigured(ports, identity);
  await requireAllowed(ports, actor, { kind: 'take-part-in-session', teamId: frame.team.id }, frame.teams);
  const key = sessionKeyOf(identity);
  const items = await ports.sessions.listItems(key);
  if (!items.some((i) => i.kind === 'candidate' && i.id === input.candidateId)) {
    throw new NotFoundError(`No candidate with id "${input.candidateId}" in this session`);
  }
  await ports.sessions.setVote(key, { candidateId: input.candidateId, accountId }, input.vote);
  const votes = (await ports.sessions.listVotes(key)).filter((v) => v.candidateId === input.candidateId);
  return { candidateId: input.candidateId, votes: votes.length, votedByMe: votes.some((v) => v.accountId === accountId) };
}

export async function advanceSession(
  ports: Ports,
  actor: Actor,
  identity: SessionIdentity,
  input: AdvanceSessionInput,
  now: Date,
): Promise<{ session: Session }> {
  const accountId = requireSignedIn(actor);
  const frame = await requireConfigured(ports, identity);
  await requireAllowed(ports, actor, { kind: 'take-part-in-session', teamId: frame.team.id }, frame.teams);
  const key = sessionKeyOf(identity);
  const [session, items] = await Promise.all([loadSession(ports, identity, now), ports.sessions.listItems(key)]);
  const move = canMoveTo(session, input.to, contentOf(items), accountId);
  if (!move.ok) {
    throw new ValidationError(`Cannot move the session to "${input.to}": ${move.reason}`, {
      to: { code: 'inconsistent', message: move.reason, reason: move.reason },
    });
  }
  const next: Session = {
    ...session,
    ...frameOf(identity),
    ...firstSaveBy(session, accountId),
    step: input.to,
    version: input.version + 1,
    updatedAt: now.toISOString(),
  };
  return { session: await ports.sessions.saveSession(key, next, input.version) };
}

const frameOf = (identity: SessionIdentity) => ({ teamId: identity.teamId ?? '', cycleId: identity.cycleId ?? '' });

/** The first save of a session (version 0: nothing stored yet) records who created it. */
const firstSaveBy = (session: Session, accountId: string) => (session.version === 0 ? { createdByAccountId: accountId } : {});

export async function requireConfigured(ports: Ports, identity: SessionIdentity) {
  const frame = await configured(ports, identity);
  if (!frame) {
    throw new ValidationError('Choose the team and cycle of this session in the macro settings first', {
      config: { code: 'required', message: 'The macro has no team or cycle', reason: 'session-unconfigured' },
    });
  }
  return frame;
}
