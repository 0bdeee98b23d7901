/**
 * The `since` token of an OKR tree (docs/decisions/0016): what a later "has it changed?" needs to
 * answer without reading the tree again. See use-cases/okr-tree-changes.ts.
 */
import { z } from 'zod';
import { cyrb53 } from '../domain/hash';
import type { InitiativeProgress } from './initiative-progress';

const sinceToken = z.strictObject({
  v: z.literal(1),
  /** The cycles the tree reads (the cycle, its annual parent). */
  c: z.array(z.string().max(100)).min(1).max(2),
  /** The team the tree is for; null for the whole organisation. */
  t: z.string().max(100).nullable(),
  /** The change markers' state, as ChangeMarkers.read answered it. */
  m: z.string().max(500),
  /** The epics shown with what Jira said of them (not the restricted ones). */
  k: z.array(z.string().max(64)).max(5000),
  /** Story point fields counted with; empty: by issue count. */
  p: z.array(z.string().max(64)).max(10),
  /** Digest of the epics' views. */
  d: z.string().max(64),
});
export type SinceToken = z.infer<typeof sinceToken>;

export const encodeSince = (token: SinceToken): string => Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');

export function decodeSince(since: string): SinceToken | undefined {
  try {
    const parsed = sinceToken.safeParse(JSON.parse(Buffer.from(since, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How the epics `keys` look to this viewer now, as a short digest: their state, progress, counts,
 * status and summary (not the time they were read), and whether Jira answered for them.
 */
export function epicsDigest(progress: InitiativeProgress, keys: readonly string[]): string {
  if (keys.length === 0) return '0';
  const views = keys.map((key) => {
    const { asOf: _asOf, ...view } = progress.epicViewOf(key) as { asOf?: string };
    return view;
  });
  return hash(JSON.stringify([progress.jira, views]));
}

/** The epics a tree shows with what Jira says of them: the token's `k`. */
export function shownEpicKeys(progress: InitiativeProgress, keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((key) => progress.epicViewOf(key).state !== 'restricted').sort();
}

/** Collisions only cost a missed refresh until the next change. */
const hash = (text: string): string => cyrb53(text).toString(36);
