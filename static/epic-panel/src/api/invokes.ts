/** Every resolver the epic panel calls, one typed wrapper each (its only backend door). */
import { callResolver, type PayloadOf } from '@shared/api';

export const getEpicContext = (payload: PayloadOf<'getEpicContext'>) => callResolver('getEpicContext', payload);
