/**
 * zod schemas of every resolver payload. Resolvers parse with these before anything else runs;
 * the UI uses the same schemas to show field-level messages before a round trip.
 */
import { COMMITMENTS, CONFIDENCES, CYCLE_KINDS, EPIC_PROGRESS_MODES, METRIC_DIRECTIONS, TEAM_LEVELS, TEAM_ROLES, VISIBILITIES } from '../domain/values';
import { SESSION_STEPS } from '../domain/session';
import { z } from 'zod';
import { LIMITS } from './limits';
import { hasVisibleText, searchText, userText } from './text';

/** Every field of user text goes through the one text rule (./text.ts). */
const text = (max: number) => userText(max);
const requiredText = (max: number) => userText(max, { required: true });
const multilineText = (max: number) => userText(max, { multiline: true });

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.idMax)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "-" or "_"');
export const accountIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.accountIdMax)
  .regex(/^[A-Za-z0-9:_-]+$/, 'Not an Atlassian account id');
export const isoDateSchema = z.iso.date();
const finite = z.number().finite().min(-LIMITS.metricAbsMax).max(LIMITS.metricAbsMax);
const versionSchema = z.number().int().min(1).max(LIMITS.versionMax);
/** The version of a record that may not be stored yet (0 before the first save). */
const versionOrZeroSchema = z.number().int().min(0).max(LIMITS.versionMax);

export const listCyclesPayload = z.strictObject({});

export const saveCyclePayload = z
  .strictObject({
    id: idSchema.optional(),
    /** Required when updating: the version the user edited. */
    version: versionSchema.optional(),
    name: requiredText(LIMITS.nameMax),
    kind: z.enum(CYCLE_KINDS),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    parentCycleId: idSchema.optional(),
    archived: z.boolean().default(false),
  })
  .refine((c) => c.endDate >= c.startDate, {
    path: ['endDate'],
    message: 'The cycle must end on or after its start date',
  });

export const listTeamsPayload = z.strictObject({});

export const saveTeamPayload = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  name: requiredText(LIMITS.nameMax),
  level: z.enum(TEAM_LEVELS),
  parentTeamId: idSchema.optional(),
  jiraProjectKeys: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Not a Jira project key'))
    .max(LIMITS.jiraProjectKeys)
    .default([]),
  /** The team's admins and members (docs: src/domain/roles.ts); absent keeps none. */
  members: z
    .array(z.strictObject({ accountId: accountIdSchema, role: z.enum(TEAM_ROLES) }))
    .max(LIMITS.teamMembers)
    .default([]),
});

export const getOkrTreePayload = z.strictObject({
  cycleId: idSchema,
  teamId: idSchema.optional(),
});

/** A year and its four quarters in one step, named in the caller's language. */
export const createYearPayload = z.strictObject({
  year: z.number().int().min(2000).max(2100),
});

/** "Has the tree I read changed?": `since` is the `since` of the tree on screen. */
export const getOkrTreeChangesPayload = z.strictObject({
  cycleId: idSchema,
  teamId: idSchema.optional(),
  since: z.string().min(1).max(100_000).regex(/^[A-Za-z0-9_-]+$/, 'Not a change token'),
});

export const saveObjectivePayload = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  cycleId: idSchema,
  teamId: idSchema,
  title: requiredText(LIMITS.titleMax),
  description: multilineText(LIMITS.descriptionMax).default(''),
  ownerAccountId: accountIdSchema.optional(),
  parentObjectiveId: idSchema.optional(),
  commitment: z.enum(COMMITMENTS).default('committed'),
  /** Private: seen only by the team's members and admins and app admins. */
  visibility: z.enum(VISIBILITIES).default('public'),
});

export const deleteObjectivePayload = z.strictObject({
  id: idSchema,
  version: versionSchema,
});

export const metricMeasureSchema = z
  .strictObject({
    kind: z.literal('metric'),
    baseline: finite,
    target: finite,
    current: finite.optional(),
    unit: text(LIMITS.unitMax).default(''),
    /** Needed only when target equals baseline ("hold at X"); otherwise implied by them. */
    direction: z.enum(METRIC_DIRECTIONS).optional(),
  })
  .refine(
    (m) =>
      m.direction === undefined ||
      m.target === m.baseline ||
      (m.direction === 'increase') === m.target > m.baseline,
    { path: ['direction'], message: 'The direction contradicts the baseline and target' },
  );

export const measureSchema = z.discriminatedUnion('kind', [
  metricMeasureSchema,
  z.strictObject({ kind: z.literal('percentage'), current: z.number().min(0).max(100).optional() }),
  z.strictObject({ kind: z.literal('milestone'), done: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('initiatives') }),
]);

export const saveKeyResultPayload = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  objectiveId: idSchema,
  title: requiredText(LIMITS.titleMax),
  ownerAccountId: accountIdSchema.optional(),
  weight: z.number().finite().min(0).max(LIMITS.weightMax).default(1),
  measure: measureSchema,
});

export const deleteKeyResultPayload = z.strictObject({
  id: idSchema,
  version: versionSchema,
});

export const confidenceSchema = z.enum(CONFIDENCES);

export const addCheckInPayload = z.strictObject({
  keyResultId: idSchema,
  value: finite,
  confidence: confidenceSchema,
  comment: multilineText(LIMITS.commentMax).default(''),
  /** An earlier check-in of the same key result that this one corrects (not already corrected). */
  correctsCheckInId: idSchema.optional(),
});

export const listCheckInsPayload = z.strictObject({
  keyResultId: idSchema,
  cursor: z.string().max(2000).optional(),
});

/** An objective's history of changes, a page at a time (newest first). */
export const listChangesPayload = z.strictObject({
  objectiveId: idSchema,
  cursor: z.string().max(2000).optional(),
});

export const sessionStepSchema = z.enum(SESSION_STEPS);

/** The session is the one of the macro the call comes from (req.context), never named in a payload. */
export const getSessionPayload = z.strictObject({});

export const saveSessionItemPayload = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('meeting'),
    /** The session's version as read (0 before anything was saved). */
    version: versionOrZeroSchema,
    at: z.iso.datetime().optional(),
    facilitatorAccountId: accountIdSchema.optional(),
    notes: multilineText(LIMITS.descriptionMax).default(''),
  }),
  z.strictObject({
    kind: z.literal('candidate'),
    id: idSchema.optional(),
    version: versionSchema.optional(),
    text: requiredText(LIMITS.titleMax),
  }),
  z.strictObject({
    kind: z.literal('objective'),
    id: idSchema.optional(),
    version: versionSchema.optional(),
    candidateId: idSchema.optional(),
    title: requiredText(LIMITS.titleMax),
    description: multilineText(LIMITS.descriptionMax).default(''),
    parentObjectiveId: idSchema.optional(),
    commitment: z.enum(COMMITMENTS).default('committed'),
    checklist: z
      .strictObject({ ambitious: z.boolean(), scorable: z.boolean(), commitmentAgreed: z.boolean() })
      .default({ ambitious: false, scorable: false, commitmentAgreed: false }),
  }),
  z.strictObject({
    kind: z.literal('key-result'),
    id: idSchema.optional(),
    version: versionSchema.optional(),
    objectiveItemId: idSchema,
    title: requiredText(LIMITS.titleMax),
    measure: measureSchema,
    ownerAccountId: accountIdSchema.optional(),
    weight: z.number().finite().min(0).max(LIMITS.weightMax).default(1),
  }),
]);

export const deleteSessionItemPayload = z.strictObject({ id: idSchema, version: versionSchema });

export const voteCandidatePayload = z.strictObject({ candidateId: idSchema, vote: z.boolean() });

export const advanceSessionPayload = z.strictObject({
  to: sessionStepSchema,
  /** The session's version as read: two people moving the step at once must not both win. */
  version: versionOrZeroSchema,
});

/** How the facilitator resolved one re-publishing conflict, for the record version they saw. */
export const conflictResolutionSchema = z.strictObject({
  take: z.enum(['panel', 'session']),
  panelVersion: z.number().int().min(0).max(2 ** 31 - 1),
});

export const publishSessionPayload = z.strictObject({
  /** Draft item id -> resolution, for the conflicts a previous answer listed (none on a first publish). */
  resolutions: z
    .record(idSchema, conflictResolutionSchema)
    .refine((r) => Object.keys(r).length <= 500, { message: 'At most 500 resolutions' })
    .default({}),
});

export const getCurrentUserPayload = z.strictObject({});

export const projectKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Not a Jira project key');
export const issueKeySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}$/, 'Not a Jira issue key (like GROW-12)');

export const initiativeLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('epic'), epicKey: issueKeySchema }),
  z.strictObject({ kind: z.literal('manual'), progress: z.number().min(0).max(1) }),
]);

export const saveInitiativePayload = z
  .strictObject({
    id: idSchema.optional(),
    version: versionSchema.optional(),
    keyResultId: idSchema,
    /** Optional for an epic (its summary is shown live); a manual initiative needs one. */
    title: text(LIMITS.titleMax).default(''),
    ownerAccountId: accountIdSchema.optional(),
    weight: z.number().finite().min(0).max(LIMITS.weightMax).default(1),
    /** Required for a new initiative; left out on an update, the stored link stays. */
    link: initiativeLinkSchema.optional(),
  })
  .refine((i) => i.link !== undefined || i.id !== undefined, {
    path: ['link'],
    message: 'Link an epic or describe manually tracked work',
  })
  .refine((i) => i.link?.kind !== 'manual' || hasVisibleText(i.title), {
    path: ['title'],
    message: 'Name the work this initiative is',
  });

export const deleteInitiativePayload = z.strictObject({
  keyResultId: idSchema,
  id: idSchema,
  version: versionSchema,
});

export const searchEpicsPayload = z.strictObject({
  projectKey: projectKeySchema,
  query: searchText(100).default(''),
});

/** The setup's project picker: Jira projects the caller can browse whose key or name matches. */
export const searchProjectsPayload = z.strictObject({
  query: searchText(100).default(''),
});

export const getEpicContextPayload = z.strictObject({
  issueKey: issueKeySchema,
});

export const getSettingsPayload = z.strictObject({});

export const saveSettingsPayload = z.strictObject({
  epicProgressMode: z.enum(EPIC_PROGRESS_MODES),
  /** The app admins named in setup, beyond the sites' admins; absent: unchanged. */
  appAdminAccountIds: z.array(accountIdSchema).max(LIMITS.appAdmins).optional(),
  /** The settings' version as read (0 before they were ever saved). */
  version: versionOrZeroSchema.optional(),
});

export const searchUsersPayload = z.strictObject({
  query: searchText(100).default(''),
});

export const getUsersPayload = z.strictObject({
  accountIds: z.array(accountIdSchema).max(200),
});

export type SaveCycleInput = z.infer<typeof saveCyclePayload>;
export type SaveTeamInput = z.infer<typeof saveTeamPayload>;
export type GetOkrTreeInput = z.infer<typeof getOkrTreePayload>;
export type GetOkrTreeChangesInput = z.infer<typeof getOkrTreeChangesPayload>;
export type CreateYearInput = z.infer<typeof createYearPayload>;
export type SaveObjectiveInput = z.infer<typeof saveObjectivePayload>;
export type DeleteObjectiveInput = z.infer<typeof deleteObjectivePayload>;
export type MeasureInput = z.infer<typeof measureSchema>;
export type SaveKeyResultInput = z.infer<typeof saveKeyResultPayload>;
export type DeleteKeyResultInput = z.infer<typeof deleteKeyResultPayload>;
export type AddCheckInInput = z.infer<typeof addCheckInPayload>;
export type ListCheckInsInput = z.infer<typeof listCheckInsPayload>;
export type ListChangesInput = z.infer<typeof listChangesPayload>;
export type SearchUsersInput = z.infer<typeof searchUsersPayload>;
export type GetUsersInput = z.infer<typeof getUsersPayload>;
export type SaveInitiativeInput = z.infer<typeof saveInitiativePayload>;
export type DeleteInitiativeInput = z.infer<typeof deleteInitiativePayload>;
export type SearchEpicsInput = z.infer<typeof searchEpicsPayload>;
export type SearchProjectsInput = z.infer<typeof searchProjectsPayload>;
export type GetEpicContextInput = z.infer<typeof getEpicContextPayload>;
export type SaveSettingsInput = z.infer<typeof saveSettingsPayload>;
export type SaveSessionItemInput = z.infer<typeof saveSessionItemPayload>;
export type DeleteSessionItemInput = z.infer<typeof deleteSessionItemPayload>;
export type VoteCandidateInput = z.infer<typeof voteCandidatePayload>;
export type AdvanceSessionInput = z.infer<typeof advanceSessionPayload>;
export type PublishSessionInput = z.infer<typeof publishSessionPayload>;
