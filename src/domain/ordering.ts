/**
 * The orders OKRs and session items are listed in, one home for the server and the screens alike
 * (the panel's tree, the session's drafts and candidates). Every order ends on the id, so equal
 * records still sort the same way every time, whatever order storage returned them in.
 */
type Ordered = { id: string; order: number; createdAt: string };
type Created = { id: string; createdAt: string };

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first (ISO timestamps compare as text), then id. */
export function byCreation(a: Created, b: Created): number {
  return byText(a.createdAt, b.createdAt) || byText(a.id, b.id);
}

/** Display order: `order` (a non-finite one counts as 0), then `createdAt`, then id. */
export function byDisplayOrder(a: Ordered, b: Ordered): number {
  const byOrder = (Number.isFinite(a.order) ? a.order : 0) - (Number.isFinite(b.order) ? b.order : 0);
  return byOrder || byCreation(a, b);
}

/** Session candidates: most votes first; ties in the order they were added. */
export function byVotes(a: Created & { votes: number }, b: Created & { votes: number }): number {
  return b.votes - a.votes || byCreation(a, b);
}
