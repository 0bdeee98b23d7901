/** Every resolver the Jira project page calls. */
import { callResolver, type PayloadOf } from '@shared/api';

export const listTeams = () => callResolver('listTeams', {});
export const listCycles = () => callResolver('listCycles', {});
export const getOkrTree = (payload: PayloadOf<'getOkrTree'>) => callResolver('getOkrTree', payload);
