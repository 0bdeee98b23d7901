import type { Request } from '@forge/resolver';
import {
  advanceSessionPayload,
  deleteSessionItemPayload,
  getSessionPayload,
  publishSessionPayload,
  saveSessionItemPayload,
  voteCandidatePayload,
} from '../contracts/schemas';
import { ForbiddenError } from '../application/errors';
import { publishSession } from '../application/use-cases/publish-session';
import { advanceSession, deleteSessionItem, getSession, saveSessionItem, voteCandidate } from '../application/use-cases/session';
import type { SessionIdentity } from '../application/use-cases/session-identity';
import { defineResolver } from './define-resolver';

const SESSION_MODULE_KEY = 'okr-session';

/**
 * The session a call is about comes from the trusted invocation context: the page and the
 * local id of the session macro it was made from, and that macro's configured team and cycle.
 */
export function sessionIdentity(context: Request['context']): SessionIdentity {
  const extension = (context?.extension ?? {}) as {
    type?: string;
    content?: { id?: unknown };
    config?: { teamId?: unknown; cycleId?: unknown };
  };
  const contentId = extension.content?.id;
  const localId = context?.localId;
  if (context?.moduleKey !== SESSION_MODULE_KEY || typeof contentId !== 'string' || typeof localId !== 'string' || !contentId || !localId) {
    throw new ForbiddenError('A team OKR session is only reachable from its session macro');
  }
  const config = extension.config ?? {};
  return {
    contentId,
    localId,
    ...(typeof config.teamId === 'string' && config.teamId ? { teamId: config.teamId } : {}),
    ...(typeof config.cycleId === 'string' && config.cycleId ? { cycleId: config.cycleId } : {}),
  };
}

/** The team OKR session macro: five steps from prep to published OKRs. */
export const sessionResolvers = [
  defineResolver('getSession', getSessionPayload, ({ ports, actor, context, now }) =>
    getSession(ports, actor, sessionIdentity(context), now),
  ),
  defineResolver('saveSessionItem', saveSessionItemPayload, ({ ports, actor, context, input, now }) =>
    saveSessionItem(ports, actor, sessionIdentity(context), input, now),
  ),
  defineResolver('deleteSessionItem', deleteSessionItemPayload, async ({ ports, actor, context, input }) => {
    await deleteSessionItem(ports, actor, sessionIdentity(context), input);
    return { id: input.id };
  }),
  defineResolver('voteCandidate', voteCandidatePayload, ({ ports, actor, context, input }) =>
    voteCandidate(ports, actor, sessionIdentity(context), input),
  ),
  defineResolver('advanceSession', advanceSessionPayload, ({ ports, actor, context, input, now }) =>
    advanceSession(ports, actor, sessionIdentity(context), input, now),
  ),
  defineResolver('publishSession', publishSessionPayload, ({ ports, actor, context, input, now }) =>
    publishSession(ports, actor, sessionIdentity(context), input, now),
  ),
];
