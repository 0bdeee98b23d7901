import { INITIATIVES_PER_KEY_RESULT, KEY_RESULTS_PER_OBJECTIVE } from '../domain/caps';
import { LIMITS } from './limits';

it("tells the UI the domain's caps of an objective", () => {
  expect(LIMITS.initiativesPerKeyResult).toBe(INITIATIVES_PER_KEY_RESULT);
  expect(LIMITS.keyResultsPerObjective).toBe(KEY_RESULTS_PER_OBJECTIVE);
});
