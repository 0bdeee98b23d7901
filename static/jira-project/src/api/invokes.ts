/** Every resolver the Jira project page calls, one typed wrapper each (its only backend door). */
import { callResolver, type PayloadOf } from '@shared/api';

export const listTeams = () => callResolver('listTeams', {});
export const listCycles = () => callResolver('listCycles', {});
export const getOkrTree = (payload: PayloadOf<'getOkrTree'>) => callResolver('getOkrTree', payload);
export const saveInitiative = (payload: PayloadOf<'saveInitiative'>) => callResolver('saveInitiative', payload);
export const deleteInitiative = (payload: PayloadOf<'deleteInitiative'>) => callResolver('deleteInitiative', payload);
export const searchEpics = (payload: PayloadOf<'searchEpics'>) => callResolver('searchEpics', payload);
export const saveSettings = (payload: PayloadOf<'saveSettings'>) => callResolver('saveSettings', payload);
