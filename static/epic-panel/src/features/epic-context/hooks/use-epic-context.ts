/**
 * What this epic moves: one `getEpicContext` call, kept live like the OKR screens (progress of
 * the epic and of its key results changes as issues close and people check in).
 */
import type { EpicContextView } from '@contracts/views';
import { useLiveRefresh } from '@shared/hooks/use-live-refresh';
import { useResource } from '@shared/hooks/use-resource';
import { getEpicContext } from '../../../api/invokes';

export function useEpicContext(issueKey: string) {
  const context = useResource<EpicContextView>(issueKey ? `epic/${issueKey}` : null, () => getEpicContext({ issueKey }));
  useLiveRefresh(context.reload, context.resource.status === 'ok');
  return context;
}
