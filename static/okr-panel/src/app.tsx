/** The OKR panel macro: reads its saved settings (team, cycle) and shows that slice of the OKRs. */
import { useExtensionConfig } from '@shared/context';
import { OkrPanel } from './features/okr-tree/components/okr-panel';

export function App() {
  const config = useExtensionConfig();
  // Missing keys mean "whole organisation" and "follow the current cycle" (see macro-config).
  const teamId = typeof config.teamId === 'string' && config.teamId ? config.teamId : undefined;
  const cycleId = typeof config.cycleId === 'string' && config.cycleId ? config.cycleId : undefined;
  return <OkrPanel teamId={teamId} configuredCycleId={cycleId} />;
}
