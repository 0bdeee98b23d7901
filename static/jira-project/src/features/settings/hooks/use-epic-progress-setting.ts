/**
 * The app-wide "epic progress" setting (count issues or story points), saved with its version.
 * A conflict means someone else changed it meanwhile: the tree (and the setting in it) reloads
 * to show their choice, and the user is told, rather than silently overwriting it.
 */
import type { ErrorBody } from '@contracts/envelope';
import { saveSettingsPayload } from '@contracts/schemas';
import type { SettingsView } from '@contracts/views';
import { checkPayload } from '@shared/field-errors';
import { useState } from 'react';
import { saveSettings } from '../../../api/invokes';

export type EpicProgressMode = SettingsView['epicProgressMode'];

export type SettingSave =
  | { status: 'idle' }
  | { status: 'saving'; mode: EpicProgressMode }
  | { status: 'conflict' }
  | { status: 'failed'; error: ErrorBody };

export function useEpicProgressSetting(settings: SettingsView, reload: () => Promise<void>) {
  const [state, setState] = useState<SettingSave>({ status: 'idle' });

  const choose = async (mode: EpicProgressMode) => {
    // One save at a time: a second one would carry the same, by then stale, version.
    if (state.status === 'saving' || mode === settings.epicProgressMode) return;
    // Version 0: the setting was never saved (the default shows); the first save sends none.
    const version = settings.version >= 1 ? { version: settings.version } : {};
    const checked = checkPayload(saveSettingsPayload, { epicProgressMode: mode, ...version });
    if (!checked.ok) {
      setState({ status: 'failed', error: checked.error });
      return;
    }
    setState({ status: 'saving', mode });
    const answer = await saveSettings(checked.data);
    // Every epic's progress is counted anew: the tree reloads either way.
    await reload();
    if (answer.ok) setState({ status: 'idle' });
    else setState(answer.error.code === 'CONFLICT' ? { status: 'conflict' } : { status: 'failed', error: answer.error });
  };

  const shown: EpicProgressMode = state.status === 'saving' ? state.mode : settings.epicProgressMode;
  return { state, shown, choose };
}
