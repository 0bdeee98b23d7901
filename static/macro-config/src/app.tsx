/** The settings screen shared by the OKR panel and session macros: which team, which cycle. */
import { useExtensionConfig } from '@shared/context';
import { SettingsForm } from './features/settings/components/settings-form';

export function App() {
  const config = useExtensionConfig();
  return (
    <SettingsForm
      initial={{
        teamId: typeof config.teamId === 'string' ? config.teamId : '',
        cycleId: typeof config.cycleId === 'string' ? config.cycleId : '',
      }}
    />
  );
}
