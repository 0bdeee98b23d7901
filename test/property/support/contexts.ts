/**
 * Who calls and from where: demo accounts, an unknown account, anonymous; the Company panel,
 * session macros (configured, unconfigured, with junk config), Jira surfaces, random contexts.
 * The host takes `context` as fields merged over the default (dev/host/runtime/default-context.ts).
 */
import fc from 'fast-check';
import { DEMO_ACCOUNTS, demoSessionContext, type Pool, Ref, refArb, UNKNOWN_ACCOUNT } from './pool';
import { weirdValueArb } from './payload-arbitraries';

/**
 * Mostly demo users: an account Jira does not know, or an anonymous call, makes every Jira read
 * retry for seconds before UNAVAILABLE, so those two come one call in ten between them.
 */
export const userArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 18, arbitrary: fc.constantFrom<string | null>(...DEMO_ACCOUNTS) },
  { weight: 1, arbitrary: fc.constant(UNKNOWN_ACCOUNT) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export type ContextSpec =
  | { kind: 'company-panel' }
  | { kind: 'demo-session' }
  | { kind: 'other-session'; team: Ref; cycle: Ref; page: string }
  | { kind: 'unconfigured-session' }
  | { kind: 'junk-session'; config: unknown; contentId: unknown; localId: unknown }
  | { kind: 'project-page'; projectKey: string }
  | { kind: 'issue-panel'; issue: Ref }
  | { kind: 'random'; fields: Record<string, unknown> };

export const contextArb: fc.Arbitrary<ContextSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'company-panel' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'demo-session' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('other-session' as const), team: refArb('team'), cycle: refArb('cycle'), page: fc.constantFrom('page-1', '131073', '131075') }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unconfigured-session' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('junk-session' as const),
      config: fc.oneof(weirdValueArb, fc.record({ teamId: weirdValueArb, cycleId: weirdValueArb })),
      contentId: weirdValueArb,
      localId: weirdValueArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('project-page' as const), projectKey: fc.constantFrom('GROW', 'PLAT', 'SEC', 'NOPE') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('issue-panel' as const), issue: refArb('epicKey') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('random' as const),
      fields: fc.dictionary(fc.constantFrom('moduleKey', 'localId', 'extension', 'accountId', 'locale', 'cloudId', 'timezone'), fc.oneof(weirdValueArb, fc.jsonValue({ maxDepth: 3 })), { maxKeys: 4 }),
    }),
  },
);

/** The context fields sent to /__local/invoke for a spec, or undefined for the default. */
export function resolveContext(spec: ContextSpec, pool: Pool, demoSessionConfig: Record<string, unknown>): Record<string, unknown> | undefined {
  switch (spec.kind) {
    case 'company-panel':
      return undefined;
    case 'demo-session':
      return demoSessionContext(demoSessionConfig);
    case 'other-session':
      return demoSessionContext({ teamId: spec.team.resolve(pool, 0), cycleId: spec.cycle.resolve(pool, 0) }, spec.page, 'property-macro');
    case 'unconfigured-session':
      return demoSessionContext({}, 'page-unconfigured', 'property-macro');
    case 'junk-session':
      return {
        moduleKey: 'okr-session',
        localId: spec.localId,
        extension: { type: 'macro', content: { id: spec.contentId, type: 'page' }, config: spec.config },
      };
    case 'project-page':
      return { moduleKey: 'okr-project-page', localId: `okr-project-page-${spec.projectKey}`, extension: { type: 'jira:projectPage', project: { id: '10000', key: spec.projectKey, type: 'software' } } };
    case 'issue-panel': {
      const key = String(spec.issue.resolve(pool, 0));
      return {
        moduleKey: 'okr-epic-panel',
        localId: `okr-epic-panel-${key}`,
        extension: { type: 'jira:issuePanel', project: { id: '10000', key: key.split('-')[0], type: 'software' }, issue: { id: '10001', key, type: 'Epic', typeId: '10000' }, isNewToIssue: false },
      };
    }
    case 'random':
      return spec.fields;
  }
}
