/**
 * Every resolver the session macro calls, one typed wrapper each (its only backend door). The
 * session is the macro's own (its page and localId, from the invocation's context): no payload
 * ever names it.
 */
import { callResolver, type PayloadOf } from '@shared/api';

export const getSession = () => callResolver('getSession', {});
export const saveSessionItem = (payload: PayloadOf<'saveSessionItem'>) => callResolver('saveSessionItem', payload);
export const deleteSessionItem = (payload: PayloadOf<'deleteSessionItem'>) => callResolver('deleteSessionItem', payload);
export const voteCandidate = (payload: PayloadOf<'voteCandidate'>) => callResolver('voteCandidate', payload);
export const advanceSession = (payload: PayloadOf<'advanceSession'>) => callResolver('advanceSession', payload);
export const publishSession = (payload: PayloadOf<'publishSession'>) => callResolver('publishSession', payload);
