import { INITIATIVES_PER_KEY_RESULT, KEY_RESULTS_PER_OBJECTIVE } from '../domain/caps';

/** Input limits, shared so the UI can say them before the resolver refuses. */
export const LIMITS = {
  nameMax: 80,
  titleMax: 200,
  descriptionMax: 2000,
  commentMax: 1000,
  unitMax: 20,
  idMax: 64,
  weightMax: 100,
  /** Absolute bound on metric values: keeps arithmetic exact enough and values sane. */
  metricAbsMax: 1e12,
  jiraProjectKeys: 20,
  /** People named on one team (its admins and members). */
  teamMembers: 200,
  /** App admins named in setup, beyond the sites' admins. */
  appAdmins: 100,
  /** Jira allows account ids of up to 128 characters (its REST API's maxLength). */
  accountIdMax: 128,
  /** A Jira issue key: a project key of up to 20 characters, "-", up to 10 digits. */
  issueKeyMax: 31,
  /**
   * Caps that keep the largest possible objective inside its storage budget: the domain's
   * (src/domain/caps.ts, docs/decisions/0007-storage-size-budget.md).
   */
  keyResultsPerObjective: KEY_RESULTS_PER_OBJECTIVE,
  initiativesPerKeyResult: INITIATIVES_PER_KEY_RESULT,
  /**
   * Versions are stored as the manifest's 32-bit integer attributes, and a save stores the
   * version sent plus one: the largest version a payload may name leaves room for that.
   */
  versionMax: 2 ** 31 - 2,
} as const;
