/** Which session a call is about: the macro it comes from, and the macro's configured team and cycle. */
export interface SessionIdentity {
  contentId: string;
  localId: string;
  teamId?: string;
  cycleId?: string;
}

export const sessionKeyOf = ({ contentId, localId }: SessionIdentity): string => `${contentId}:${localId}`;
