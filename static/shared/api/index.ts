export { callResolver } from './call-resolver';
export type { PayloadOf, ResultOf, UiResolverKey } from './resolver-contract';
