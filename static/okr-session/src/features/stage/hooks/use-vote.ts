/**
 * A person's vote on a candidate, shown at once (optimistically) and then as the resolver counted
 * it. Votes are per person, so there is nothing to conflict with; a failed vote rolls back and says so.
 */
import type { ErrorBody } from '@contracts/envelope';
import { useState } from 'react';
import { voteCandidate } from '../../../api/invokes';
import { useSession } from '../../../app-state/session-context';
import type { CandidateView } from '../../../app-state/session-model';

export function useVote(candidate: CandidateView) {
  const { reload } = useSession();
  const [pending, setPending] = useState<{ votes: number; votedByMe: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const shown = pending ?? { votes: candidate.votes, votedByMe: candidate.votedByMe };

  const toggle = async () => {
    if (busy) return;
    const vote = !shown.votedByMe;
    setBusy(true);
    setError(null);
    setPending({ votes: Math.max(0, shown.votes + (vote ? 1 : -1)), votedByMe: vote });
    const answer = await voteCandidate({ candidateId: candidate.id, vote });
    if (answer.ok) setPending({ votes: answer.data.votes, votedByMe: answer.data.votedByMe });
    else {
      setPending(null);
      setError(answer.error);
    }
    await reload();
    setPending(null);
    setBusy(false);
  };

  return { ...shown, busy, error, toggle };
}
