/** What the manifest names: the resolver behind every Custom UI surface, and the clean-up job. */
import { buildHandler } from './resolvers/handler';
import { productionPorts } from './resolvers/production-ports';

export const handler = buildHandler(productionPorts);
export { cleanupTrigger } from './jobs/cleanup-trigger';
