import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import type { AppSettings, SettingsRepository } from '../../application/ports';
import { saveVersioned } from './versioned-entity';

const ENTITY = 'app-settings';
const KEY = 'app';

export const DEFAULT_SETTINGS: AppSettings = { epicProgressMode: 'count', version: 0 };

/** The app's one settings record; absent until an admin first changes a setting. */
export const kvsSettingsRepository: SettingsRepository = {
  async get() {
    const stored = await withKvsRetry(() => kvs.entity<Omit<AppSettings, never>>(ENTITY).get(KEY));
    return stored ?? DEFAULT_SETTINGS;
  },
  async save(settings, expectedVersion) {
    const saved = await saveVersioned(
      ENTITY,
      { id: KEY, ...settings },
      expectedVersion === 0 ? undefined : expectedVersion,
      'settings',
    );
    const { id: _id, ...rest } = saved;
    return rest;
  },
};
