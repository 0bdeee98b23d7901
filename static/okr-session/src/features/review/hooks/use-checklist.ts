/**
 * The review checklist of one objective, saved as each box is ticked. Ticks are sent one after
 * another, each on the newest version known (the last answer or the last refresh), so quick
 * ticks never conflict with each other. Each box is its own field: if someone else saved the
 * objective in between (CONFLICT), the tick is applied to their latest version and sent again,
 * so two people ticking different boxes both win. Only a second conflict in a row is shown.
 */
import type { ErrorBody } from '@contracts/envelope';
import { saveSessionItemPayload } from '@contracts/schemas';
import { checkPayload } from '@shared/field-errors';
import { useRef, useState } from 'react';
import { getSession, saveSessionItem } from '../../../api/invokes';
import { useSession } from '../../../app-state/session-context';
import { objectiveItemPayload, type Checklist, type ObjectiveItemView } from '../../../app-state/session-model';

type Base = Pick<ObjectiveItemView, 'version' | 'checklist' | 'title' | 'description' | 'commitment' | 'parentObjectiveId' | 'candidateId'>;

export function useChecklist(item: ObjectiveItemView) {
  const { reload } = useSession();
  const [pending, setPending] = useState<Partial<Checklist>>({});
  const [error, setError] = useState<ErrorBody | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const newest = useRef<Base>(item);
  if (item.version >= newest.current.version) newest.current = item;
  const checklist: Checklist = { ...item.checklist, ...pending };

  const send = (base: Base, key: keyof Checklist, value: boolean) => {
    const checked = checkPayload(saveSessionItemPayload, objectiveItemPayload({ ...item, ...base }, { checklist: { ...base.checklist, [key]: value } }));
    return checked.ok ? saveSessionItem(checked.data) : Promise.resolve({ ok: false as const, error: checked.error });
  };

  const remember = (answer: Awaited<ReturnType<typeof saveSessionItem>>) => {
    if (answer.ok && 'item' in answer.data && answer.data.item.kind === 'objective' && answer.data.item.version > newest.current.version) {
      newest.current = answer.data.item;
    }
  };

  const tick = async (key: keyof Checklist, value: boolean) => {
    let answer = await send(newest.current, key, value);
    if (!answer.ok && answer.error.code === 'CONFLICT') {
      const fresh = await getSession();
      const latest = fresh.ok && fresh.data.state === 'ready' ? fresh.data.objectives.find((o) => o.id === item.id) : undefined;
      if (latest) {
        newest.current = latest;
        answer = await send(latest, key, value);
      }
    }
    remember(answer);
    if (!answer.ok) setError(answer.error);
  };

  const toggle = (key: keyof Checklist, value: boolean) => {
    setPending((p) => ({ ...p, [key]: value }));
    setError(null);
    const run = queue.current.then(() => tick(key, value));
    queue.current = run.then(async () => {
      await reload();
      setPending((p) => {
        if (p[key] !== value) return p;
        const { [key]: _settled, ...rest } = p;
        return rest;
      });
    });
    return queue.current;
  };

  return { checklist, saving: Object.keys(pending) as Array<keyof Checklist>, error, toggle };
}
