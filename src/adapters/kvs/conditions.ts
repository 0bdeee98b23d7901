import { Filter, FilterConditions } from '@forge/kvs';
import type { BaseFilter } from '@forge/kvs/out/entity-query';

/**
 * Transaction conditions on an entity's `version` attribute. Conditions are checked against the
 * stored record, DynamoDB-style: on a missing record every attribute is absent, so `isAbsent()`
 * guards a create and `versionIs(n)` an update of exactly the version that was read.
 * (Generic over the entity's value type, which the kvs Filter is typed by.)
 */
export const versionIs = <T>(version: number): BaseFilter<T> =>
  new Filter<T>().and('version' as keyof T, FilterConditions.equalTo(version));

export const isAbsent = <T>(): BaseFilter<T> => new Filter<T>().and('version' as keyof T, FilterConditions.notExists());
