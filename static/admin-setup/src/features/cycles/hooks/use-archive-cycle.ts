/**
 * Archive or bring back a cycle: one click, sent with the version on screen. If someone else
 * changed the cycle meanwhile, the list reloads and the user is told to try again on what they
 * now see, rather than their click silently replacing the other change.
 */
import type { ErrorBody } from '@contracts/envelope';
import { saveCyclePayload } from '@contracts/schemas';
import type { CycleView } from '@contracts/views';
import { checkPayload } from '@shared/field-errors';
import { useState } from 'react';
import { saveCycle } from '../../../api/invokes';
import { cyclePayload } from './cycle-groups';

export type ArchiveState = { status: 'idle' } | { status: 'saving'; cycleId: string } | { status: 'conflict' } | { status: 'failed'; error: ErrorBody };

export function useArchiveCycle(reload: () => Promise<void>) {
  const [state, setState] = useState<ArchiveState>({ status: 'idle' });
  const toggle = async (cycle: CycleView) => {
    if (state.status === 'saving') return;
    const checked = checkPayload(saveCyclePayload, cyclePayload(cycle, cycle.version, { archived: !cycle.archived }));
    if (!checked.ok) return setState({ status: 'failed', error: checked.error });
    setState({ status: 'saving', cycleId: cycle.id });
    const answer = await saveCycle(checked.data);
    await reload();
    if (answer.ok) setState({ status: 'idle' });
    else setState(answer.error.code === 'CONFLICT' ? { status: 'conflict' } : { status: 'failed', error: answer.error });
  };
  return { state, toggle };
}
