/**
 * Test wiring: a KvsStore behind `global.__forge_fetch__`, so tests drive the real `@forge/kvs`
 * client (which looks the global up on every call) exactly as the app's resolvers do.
 */
import { ForgeKvsAPIError } from '@forge/kvs';
import { createKvsFetch } from './forge-fetch';
import { KvsStore } from './kvs-store';
import type { EntityDeclaration } from './manifest-entities';

/** A test entity covering every attribute type and index shape. */
export const TEST_ENTITIES: EntityDeclaration[] = [
  {
    name: 'task',
    attributes: {
      project: { type: 'string' },
      title: { type: 'string' },
      priority: { type: 'integer' },
      score: { type: 'float' },
      done: { type: 'boolean' },
      tags: { type: 'any' },
      version: { type: 'integer' },
    },
    indexes: [
      'title',
      { name: 'by-project-priority', partition: ['project'], range: ['priority'] },
      { name: 'by-project-title', partition: ['project'], range: ['title'] },
      { name: 'by-project', partition: ['project'] },
      { name: 'by-done-priority', partition: ['done'], range: ['priority'] },
      { name: 'by-priority', partition: ['priority'] },
    ],
  },
  { name: 'note', attributes: { text: { type: 'string' } } },
];

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(start = Date.UTC(2025, 0, 1)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

export function installStore(options: { file?: string; now?: () => number; entities?: EntityDeclaration[] } = {}): KvsStore {
  const store = new KvsStore({ file: options.file ?? ':memory:', entities: options.entities ?? TEST_ENTITIES, ...(options.now ? { now: options.now } : {}) });
  (globalThis as Record<string, unknown>).__forge_fetch__ = createKvsFetch(store);
  return store;
}

/** The rejection of `p` as the client surfaces it (a ForgeKvsAPIError); fails the test if `p` resolves. */
export async function rejection(p: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ForgeKvsAPIError) return e;
    throw e;
  }
  throw new Error('expected the call to be rejected');
}

export async function codeOf(p: Promise<unknown>): Promise<string> {
  return (await rejection(p)).code;
}
