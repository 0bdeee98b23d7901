/**
 * Writes the demo organisation through the app itself: the resolver handler with the contract
 * payloads, as a user would through the UI. So the seed exercises validation, ids, versions and
 * storage layout exactly as production does, and never goes stale when the storage changes.
 *
 * Backdated history: `invokeAs(..., { now })` runs that one invocation with the app's clock
 * (`globalThis.__forge_local_clock__`, read by src/resolvers/clock.ts) fixed at `now`, so
 * check-ins, objectives and key results get the dates they would have had. The host scopes the
 * clock to the invocation (AsyncLocalStorage), so live requests during seeding keep real time.
 */
import type { ADMIN_SURFACE_MODULE_KEYS } from '../../../src/contracts/admin-surfaces';
import type { ResolverKey } from '../../../src/contracts/resolver-keys';
import { DEMO_USERS } from '../demo-users';
import type { CycleKey, DemoOrg, SeedObjective, TeamKey } from './demo-org';

export type InvokeAs = (
  functionKey: ResolverKey,
  payload: Record<string, unknown>,
  options: { accountId: string; now?: Date; context?: Record<string, unknown> },
) => Promise<unknown>;

export interface SeedIds {
  cycles: Partial<Record<CycleKey, string>>;
  teams: Partial<Record<TeamKey, string>>;
  /** Seed objective key -> the id the app gave it. */
  objectives: Record<string, string>;
  currentQuarterId?: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Who sets up cycles and teams: the demo's admin. */
const ADMIN = DEMO_USERS.jisoo.accountId;
const SETUP_MODULE_KEY: (typeof ADMIN_SURFACE_MODULE_KEYS)[number] = 'okr-setup-confluence';

/**
 * `frameOnly`: only the cycles and teams. For the host's real-site mode, where the demo's people
 * (owners) and epics do not exist on the site, so objectives naming them would be refused.
 */
export async function applySeed(data: DemoOrg, invokeAs: InvokeAs, options: { frameOnly?: boolean } = {}): Promise<SeedIds> {
  const now = new Date(data.now);
  const call = async (key: ResolverKey, payload: Record<string, unknown>, accountId: string, at?: Date) =>
    unwrap(key, await invokeAs(key, payload, { accountId, ...(at ? { now: at } : {}) }));
  // Cycles and teams are set up where an admin sets them up: on the app's setup surface.
  const setUp = async (key: ResolverKey, payload: Record<string, unknown>) =>
    unwrap(key, await invokeAs(key, payload, { accountId: ADMIN, context: { moduleKey: SETUP_MODULE_KEY } }));
  const ids: SeedIds = { cycles: {}, teams: {}, objectives: {} };

  for (const { key, parentKey, ...cycle } of data.cycles) {
    const parentCycleId = parentKey ? ids.cycles[parentKey] : undefined;
    ids.cycles[key] = idOf(await setUp('saveCycle', { ...cycle, ...(parentCycleId ? { parentCycleId } : {}) }));
  }
  ids.currentQuarterId = ids.cycles.currentQuarter;

  for (const { key, parentKey, members, ...team } of data.teams) {
    const parentTeamId = parentKey ? ids.teams[parentKey] : undefined;
    // A real site has none of the demo's people: its teams start without members.
    const named = options.frameOnly ? [] : members;
    ids.teams[key] = idOf(await setUp('saveTeam', { ...team, members: named, ...(parentTeamId ? { parentTeamId } : {}) }));
  }

  if (options.frameOnly) return ids;

  for (const [index, objective] of data.objectives.entries()) {
    const plannedAt = planningTime(objective, data, now, index);
    // The team's admin writes its OKRs (src/domain/roles.ts); owners check in on their key results.
    const teamAdmin = teamAdminOf(data, objective.teamKey);
    const objectiveId = idOf(await call('saveObjective', objectivePayload(objective, ids), teamAdmin, plannedAt), 'objective');
    ids.objectives[objective.key] = objectiveId;

    for (const [krIndex, keyResult] of objective.keyResults.entries()) {
      const { checkIns, initiatives = [], ...fields } = keyResult;
      const krAt = new Date(plannedAt.getTime() + (krIndex + 1) * MINUTE);
      const keyResultId = idOf(await call('saveKeyResult', { objectiveId, ...fields }, teamAdmin, krAt), 'keyResult');
      for (const initiative of initiatives) {
        const link =
          'epicKey' in initiative ? { kind: 'epic', epicKey: initiative.epicKey } : { kind: 'manual', progress: initiative.progress };
        const title = 'title' in initiative ? initiative.title : '';
        await call('saveInitiative', { keyResultId, title, weight: initiative.weight ?? 1, link }, teamAdmin, krAt);
      }
      for (const checkIn of checkIns) {
        const { daysAgo, ...reading } = checkIn;
        await call('addCheckIn', { keyResultId, ...reading }, keyResult.ownerAccountId ?? teamAdmin, checkInTime(now, daysAgo));
      }
    }
  }
  // One read of the organisation's current OKRs as its admin (who sees every demo epic) stores
  // each linked epic's progress, so the restricted epic shows a last known progress to others.
  if (ids.currentQuarterId) await call('getOkrTree', { cycleId: ids.currentQuarterId }, ADMIN, now);
  return ids;
}

/** The first admin named on the team, or the demo's app admin for a team without members. */
function teamAdminOf(data: DemoOrg, teamKey: string): string {
  const team = data.teams.find((t) => t.key === teamKey);
  return team?.members.find((m) => m.role === 'admin')?.accountId ?? ADMIN;
}

function objectivePayload(objective: SeedObjective, ids: SeedIds): Record<string, unknown> {
  const parentObjectiveId = objective.parentKey ? ids.objectives[objective.parentKey] : undefined;
  if (objective.parentKey && !parentObjectiveId) {
    throw new Error(`Seed objective ${objective.key} aligns to ${objective.parentKey}, which is not seeded before it`);
  }
  return {
    cycleId: ids.cycles[objective.cycleKey],
    teamId: ids.teams[objective.teamKey],
    title: objective.title,
    description: objective.description,
    ownerAccountId: objective.ownerAccountId,
    commitment: objective.commitment,
    ...(objective.visibility ? { visibility: objective.visibility } : {}),
    ...(parentObjectiveId ? { parentObjectiveId } : {}),
  };
}

/** OKRs are written in the planning days before their cycle starts (never in the future). */
function planningTime(objective: SeedObjective, data: DemoOrg, now: Date, index: number): Date {
  const cycle = data.cycles.find((c) => c.key === objective.cycleKey);
  const start = cycle ? Date.parse(`${cycle.startDate}T01:00:00Z`) : now.getTime();
  // Distinct minutes keep the seed's order (the app orders objectives by creation time).
  return new Date(Math.min(start - 3 * DAY, now.getTime() - DAY) + index * 10 * MINUTE);
}

/** 09:30 in Seoul, `daysAgo` days before now: when a Monday check-in would happen. */
function checkInTime(now: Date, daysAgo: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY);
  const at = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, 30);
  return new Date(Math.min(at, now.getTime() - MINUTE));
}

function unwrap(key: ResolverKey, answer: unknown): unknown {
  const envelope = answer as { ok?: boolean; data?: unknown; error?: { code?: string; message?: string; fields?: unknown } };
  if (envelope?.ok === true) return envelope.data;
  const error = envelope?.error;
  throw new Error(
    `Seeding failed at ${key}: ${error?.code ?? 'no envelope'} ${error?.message ?? JSON.stringify(answer)}` +
      (error?.fields ? ` ${JSON.stringify(error.fields)}` : ''),
  );
}

/** The saved record's id: `data.id`, or `data.<wrapper>.id` for resolvers that wrap it. */
function idOf(data: unknown, wrapper?: string): string {
  const record = data as Record<string, unknown> | undefined;
  const inner = wrapper && record && typeof record[wrapper] === 'object' ? (record[wrapper] as Record<string, unknown>) : record;
  const id = inner?.id;
  if (typeof id !== 'string') throw new Error(`Seeding: no id in ${JSON.stringify(data)}`);
  return id;
}
