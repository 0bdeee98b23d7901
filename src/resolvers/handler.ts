import Resolver from '@forge/resolver';
import type { Ports } from '../application/ports';
import { runResolver, type ResolverDefinition } from './define-resolver';
import { okrResolvers } from './okr-resolvers';
import { organisationResolvers } from './organisation-resolvers';
import { userResolvers } from './user-resolvers';
import { sessionResolvers } from './session-resolvers';
import { workResolvers } from './work-resolvers';

export const allResolvers: ResolverDefinition[] = [
  ...organisationResolvers,
  ...okrResolvers,
  ...workResolvers,
  ...sessionResolvers,
  ...userResolvers,
];

/** The Forge resolver handler over the given adapters (production, or test doubles). */
export function buildHandler(ports: Ports) {
  const resolver = new Resolver();
  for (const definition of allResolvers) {
    resolver.define(definition.key, (request) => runResolver(definition, request, ports));
  }
  return resolver.getDefinitions();
}
