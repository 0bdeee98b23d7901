/**
 * The time a resolver acts at. In Forge this is simply now. The local Forge host may set
 * `__forge_local_clock__` while it seeds demo history (backdated check-ins); nothing else does.
 */
declare global {
  // eslint-disable-next-line no-var
  var __forge_local_clock__: (() => Date) | undefined;
}

export const currentTime = (): Date => globalThis.__forge_local_clock__?.() ?? new Date();
