/** Every resolver the OKR panel calls, one typed wrapper each (the panel's only backend door). */
import { callResolver, type PayloadOf } from '@shared/api';

export const getOkrTree = (payload: PayloadOf<'getOkrTree'>) => callResolver('getOkrTree', payload);
export const listCycles = () => callResolver('listCycles', {});
export const saveObjective = (payload: PayloadOf<'saveObjective'>) => callResolver('saveObjective', payload);
export const deleteObjective = (payload: PayloadOf<'deleteObjective'>) => callResolver('deleteObjective', payload);
export const saveKeyResult = (payload: PayloadOf<'saveKeyResult'>) => callResolver('saveKeyResult', payload);
export const deleteKeyResult = (payload: PayloadOf<'deleteKeyResult'>) => callResolver('deleteKeyResult', payload);
export const addCheckIn = (payload: PayloadOf<'addCheckIn'>) => callResolver('addCheckIn', payload);
export const listCheckIns = (payload: PayloadOf<'listCheckIns'>) => callResolver('listCheckIns', payload);
export const saveInitiative = (payload: PayloadOf<'saveInitiative'>) => callResolver('saveInitiative', payload);
export const deleteInitiative = (payload: PayloadOf<'deleteInitiative'>) => callResolver('deleteInitiative', payload);
