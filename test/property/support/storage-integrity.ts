/**
 * What must hold of app storage at rest, read from a raw dump of the host's SQLite table (no app
 * code in between): every locator points at a shard that holds its objective or key result, every
 * objective and key result has its locator, no check-in, epic link or vote outlives what it hangs
 * on, and each row's `scalars` column (the host's partition index) matches its value.
 */
import type { RawStoredRow } from '../../../dev/host/kvs/sqlite-table';

export interface IntegrityProblem {
  /** e.g. `orphan-check-in`, `locator-dangling`; stable, for signatures. */
  kind: string;
  detail: string;
}

interface Shard {
  cycleId: string;
  teamId: string;
  objectives: Array<{ id: string; cycleId: string; teamId: string; keyResults: Array<{ id: string; objectiveId?: string; initiatives?: Array<{ id: string; link: { kind: string; epicKey?: string } }> }> }>;
}

const rowsOf = (dump: readonly RawStoredRow[], entity: string) =>
  dump.filter((r) => r.ns === `entity:${entity}`).map((r) => ({ key: r.key, value: JSON.parse(r.value) as any, row: r }));

/** The host's `scalars` column as sqlite-table.ts derives it from the value. */
function expectedScalars(json: string): string | null {
  if (!json.startsWith('{')) return null;
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const picked = Object.entries(value).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  return JSON.stringify(Object.fromEntries(picked));
}

export function integrityProblems(dump: readonly RawStoredRow[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const add = (kind: string, detail: string) => problems.push({ kind, detail });

  for (const row of dump) {
    try {
      JSON.parse(row.value);
    } catch {
      add('row-not-json', `${row.ns} ${row.key}`);
      continue;
    }
    if (row.scalars !== expectedScalars(row.value)) add('scalars-out-of-step', `${row.ns} ${row.key}: ${row.scalars}`);
  }

  const shards = new Map(rowsOf(dump, 'okr-shard').map(({ key, value }) => [key, value as Shard]));
  const locators = new Map(rowsOf(dump, 'okr-locator').map(({ key, value }) => [key, value as { shardKey: string; objectiveId: string; cycleId: string }]));
  const objectiveHome = new Map<string, string>();
  const keyResults = new Map<string, { objectiveId: string; shardKey: string; initiatives: Map<string, { kind: string; epicKey?: string }> }>();

  for (const [shardKey, shard] of shards) {
    if (!Array.isArray(shard.objectives) || shard.objectives.length === 0) add('shard-empty', shardKey);
    for (const objective of shard.objectives ?? []) {
      if (objectiveHome.has(objective.id)) add('objective-in-two-shards', `${objective.id} in ${objectiveHome.get(objective.id)} and ${shardKey}`);
      objectiveHome.set(objective.id, shardKey);
      if (objective.cycleId !== shard.cycleId || objective.teamId !== shard.teamId) add('objective-in-wrong-shard', `${objective.id} in ${shardKey}`);
      const locator = locators.get(objective.id);
      if (!locator) add('objective-without-locator', `${objective.id} in ${shardKey}`);
      else if (locator.shardKey !== shardKey || locator.objectiveId !== objective.id) add('locator-misplaced', `${objective.id}: locator says ${locator.shardKey}, stored in ${shardKey}`);
      for (const kr of objective.keyResults ?? []) {
        if (keyResults.has(kr.id)) add('key-result-twice', kr.id);
        keyResults.set(kr.id, { objectiveId: objective.id, shardKey, initiatives: new Map((kr.initiatives ?? []).map((i) => [i.id, i.link])) });
        const krLocator = locators.get(kr.id);
        if (!krLocator) add('key-result-without-locator', `${kr.id} of ${objective.id}`);
        else if (krLocator.shardKey !== shardKey || krLocator.objectiveId !== objective.id) add('locator-misplaced', `key result ${kr.id}: locator says ${krLocator.shardKey}/${krLocator.objectiveId}, stored in ${shardKey}/${objective.id}`);
      }
    }
  }

  for (const [id, locator] of locators) {
    const shard = shards.get(locator.shardKey);
    if (!shard) {
      add('locator-dangling', `${id} -> missing shard ${locator.shardKey}`);
      continue;
    }
    const objective = shard.objectives?.find((o) => o.id === locator.objectiveId);
    if (!objective) add('locator-dangling', `${id} -> objective ${locator.objectiveId} not in ${locator.shardKey}`);
    else if (id !== objective.id && !objective.keyResults?.some((k) => k.id === id)) add('locator-dangling', `${id} -> no such key result in ${locator.objectiveId}`);
  }

  for (const { key, value } of rowsOf(dump, 'check-in')) {
    const kr = keyResults.get(value.keyResultId);
    if (!kr) add('orphan-check-in', `check-in ${key} of missing key result ${value.keyResultId}`);
    else if (value.objectiveId && value.objectiveId !== kr.objectiveId) add('check-in-wrong-objective', `check-in ${key}: objective ${value.objectiveId}, key result is in ${kr.objectiveId}`);
  }

  for (const { key, value } of rowsOf(dump, 'epic-link')) {
    const kr = keyResults.get(value.keyResultId);
    const link = kr?.initiatives.get(key);
    if (!kr) add('orphan-epic-link', `epic link ${key} (${value.epicKey}) of missing key result ${value.keyResultId}`);
    else if (!link || link.kind !== 'epic' || link.epicKey !== value.epicKey) add('orphan-epic-link', `epic link ${key} (${value.epicKey}): no such epic initiative on ${value.keyResultId}`);
  }
  for (const [krId, kr] of keyResults) {
    for (const [initiativeId, link] of kr.initiatives) {
      if (link.kind === 'epic' && !dump.some((r) => r.ns === 'entity:epic-link' && r.key === initiativeId)) add('epic-initiative-not-indexed', `${initiativeId} (${link.epicKey}) on ${krId}`);
    }
  }

  const items = new Map(rowsOf(dump, 'session-item').map(({ key, value }) => [key, value]));
  for (const { key, value } of rowsOf(dump, 'session-vote')) {
    const candidate = items.get(value.candidateId);
    if (!candidate || candidate.kind !== 'candidate') add('orphan-vote', `vote ${key} for missing candidate ${value.candidateId}`);
  }
  for (const [key, item] of items) {
    if (item.kind === 'key-result' && item.data?.objectiveItemId && !items.has(item.data.objectiveItemId)) {
      add('orphan-key-result-draft', `draft ${key} of missing objective draft ${item.data.objectiveItemId}`);
    }
  }
  return problems;
}
