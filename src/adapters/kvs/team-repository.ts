import type { TeamRepository } from '../../application/ports';
import type { Team } from '../../domain/types';
import { versionedEntityRepository } from './versioned-entity-repository';

/** Teams are tens, not hundreds: one indexed query lists them all, ordered by name. */
export const kvsTeamRepository: TeamRepository = versionedEntityRepository<Team>('team', 'by-name', 'team');
