/** Every resolver the macro settings screen calls. */
import { callResolver } from '@shared/api';

export const listTeams = () => callResolver('listTeams', {});
export const listCycles = () => callResolver('listCycles', {});
