/** A stand-in app whose one resolver takes as long as it is told: for the host's time limit. */
import Resolver from '@forge/resolver';

const resolver = new Resolver();
resolver.define('sleep', async ({ payload }) => {
  await new Promise((resolve) => setTimeout(resolve, Number(payload.ms)));
  return { slept: payload.ms };
});

export const handler = resolver.getDefinitions();
