import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import { queryAll, saveVersioned } from './versioned-entity';

/**
 * A repository over one versioned entity whose records are few enough to list with one indexed
 * query (cycles, teams): list, get, and save with optimistic concurrency.
 */
export function versionedEntityRepository<T extends { id: string; version: number }>(
  entityName: string,
  listIndex: string,
  what: string,
) {
  return {
    list: () => queryAll<Omit<T, 'id'>>(entityName, listIndex) as Promise<T[]>,
    async get(id: string): Promise<T | undefined> {
      const value = await withKvsRetry(() => kvs.entity<Omit<T, 'id'>>(entityName).get(id));
      return value ? ({ ...value, id } as T) : undefined;
    },
    save: (record: T, expectedVersion?: number) => saveVersioned(entityName, record, expectedVersion, what),
  };
}
