/**
 * What every feature of the panel needs from the loaded tree: the tree itself (teams, cycle,
 * alignment candidates, versions) and `reload()` to refetch after a save. Provided by the
 * okr-tree feature; read by the objective, key-result and check-in features.
 */
import type { OkrTreeView } from '@contracts/views';
import { createContext, useContext } from 'react';

export interface PanelState {
  tree: OkrTreeView;
  /** The team the macro is set to; undefined in the whole-organisation view. */
  teamId: string | undefined;
  reload: () => Promise<void>;
}

export const PanelContext = createContext<PanelState | null>(null);

export function usePanel(): PanelState {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel() is only available inside the loaded OKR panel.');
  return panel;
}
