/** What the manifest names: the one resolver function behind every Custom UI surface. */
import { buildHandler } from './resolvers/handler';
import { productionPorts } from './resolvers/production-ports';

export const handler = buildHandler(productionPorts);
