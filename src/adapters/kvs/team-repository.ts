import type { TeamRepository } from '../../application/ports';
import type { Team } from '../../domain/types';
import { versionedEntityRepository } from './versioned-entity-repository';

/** Teams are tens, not hundreds: one indexed query lists them all, ordered by name. */
const stored = versionedEntityRepository<Team>('team', 'by-name', 'team');

/** A team saved before teams had members has none (everyone a viewer until an admin names them). */
const withMembers = (team: Team): Team => ({ ...team, members: team.members ?? [] });

export const kvsTeamRepository: TeamRepository = {
  list: async () => (await stored.list()).map(withMembers),
  get: async (id) => {
    const team = await stored.get(id);
    return team && withMembers(team);
  },
  save: async (team, expectedVersion) => withMembers(await stored.save(team, expectedVersion)),
};
