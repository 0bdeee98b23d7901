import { kvs } from '@forge/kvs';
import type { TeamRepository } from '../../application/ports';
import type { Team } from '../../domain/types';
import { queryAll, saveVersioned } from './versioned-entity';

const ENTITY = 'team';

/** Teams are tens, not thousands: one indexed query lists them all, ordered by name. */
export const kvsTeamRepository: TeamRepository = {
  list: () => queryAll<Omit<Team, 'id'>>(ENTITY, 'by-name'),
  async get(id) {
    const value = await kvs.entity<Omit<Team, 'id'>>(ENTITY).get(id);
    return value ? { ...value, id } : undefined;
  },
  save: (team, expectedVersion) => saveVersioned(ENTITY, team, expectedVersion, 'team'),
};
