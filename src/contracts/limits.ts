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
} as const;
