/** Every resolver the setup page calls, one typed wrapper each (its only backend door). */
import { callResolver, type PayloadOf } from '@shared/api';

export const getCurrentUser = () => callResolver('getCurrentUser', {});
export const listCycles = () => callResolver('listCycles', {});
export const createYear = (payload: PayloadOf<'createYear'>) => callResolver('createYear', payload);
export const saveCycle = (payload: PayloadOf<'saveCycle'>) => callResolver('saveCycle', payload);
export const listTeams = () => callResolver('listTeams', {});
export const saveTeam = (payload: PayloadOf<'saveTeam'>) => callResolver('saveTeam', payload);
export const searchProjects = (payload: PayloadOf<'searchProjects'>) => callResolver('searchProjects', payload);
export const getSettings = () => callResolver('getSettings', {});
export const saveSettings = (payload: PayloadOf<'saveSettings'>) => callResolver('saveSettings', payload);
