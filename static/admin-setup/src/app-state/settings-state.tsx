/**
 * The app's settings as the setup page holds them: loaded once, shared by the app admins and
 * epic progress features, and saved whole (both live in one record with one version), so one
 * feature's save never drops what the other set. A conflict reloads them and says so.
 */
import type { ErrorBody } from '@contracts/envelope';
import { saveSettingsPayload } from '@contracts/schemas';
import type { SettingsView } from '@contracts/views';
import { checkPayload } from '@shared/field-errors';
import { useResource, type Resource } from '@shared/hooks/use-resource';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { getSettings, saveSettings } from '../api/invokes';

/** What one save changes; the rest is sent as it was read. */
export type SettingsChange = Partial<Pick<SettingsView, 'epicProgressMode' | 'appAdminAccountIds'>>;

export type SettingsSave =
  | { status: 'idle' }
  | { status: 'saving'; change: SettingsChange }
  | { status: 'saved'; change: SettingsChange }
  | { status: 'conflict'; change: SettingsChange }
  | { status: 'failed'; error: ErrorBody; change: SettingsChange };

export interface SettingsState {
  resource: Resource<SettingsView>;
  reload: () => Promise<void>;
  state: SettingsSave;
  /** Answers whether it was saved. One save at a time: a second would carry a stale version. */
  save: (change: SettingsChange) => Promise<boolean>;
}

const SettingsContext = createContext<SettingsState | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const { resource, reload, replace } = useResource('settings', getSettings);
  const [state, setState] = useState<SettingsSave>({ status: 'idle' });
  const busy = useRef(false);

  const save = useCallback(
    async (change: SettingsChange) => {
      if (busy.current || resource.status !== 'ok') return false;
      const current = resource.data;
      // Version 0: never saved (the defaults show); the first save sends none.
      const payload = {
        epicProgressMode: change.epicProgressMode ?? current.epicProgressMode,
        appAdminAccountIds: change.appAdminAccountIds ?? current.appAdminAccountIds ?? [],
        ...(current.version >= 1 ? { version: current.version } : {}),
      };
      const checked = checkPayload(saveSettingsPayload, payload);
      if (!checked.ok) {
        setState({ status: 'failed', error: checked.error, change });
        return false;
      }
      busy.current = true;
      setState({ status: 'saving', change });
      const answer = await saveSettings(checked.data);
      busy.current = false;
      if (answer.ok) {
        replace(answer.data);
        setState({ status: 'saved', change });
        return true;
      }
      if (answer.error.code === 'CONFLICT') {
        await reload();
        setState({ status: 'conflict', change });
      } else {
        setState({ status: 'failed', error: answer.error, change });
      }
      return false;
    },
    [resource, reload, replace],
  );

  return <SettingsContext.Provider value={{ resource, reload, state, save }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings() needs the <SettingsProvider> of the setup page.');
  return settings;
}
