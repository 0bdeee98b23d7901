import {
  deleteInitiativePayload,
  getEpicContextPayload,
  getSettingsPayload,
  saveInitiativePayload,
  saveSettingsPayload,
  searchEpicsPayload,
  searchProjectsPayload,
} from '../contracts/schemas';
import { getEpicContext, searchEpics, searchProjects } from '../application/use-cases/epics';
import { deleteInitiative, saveInitiative } from '../application/use-cases/initiatives';
import { getSettings, saveSettings } from '../application/use-cases/settings';
import type { SavedInitiative } from '../contracts/views';
import { defineResolver, type ResolverCall } from './define-resolver';

/** Jira work behind key results: initiatives, epics, and how their progress is counted. */
export const workResolvers = [
  defineResolver('saveInitiative', saveInitiativePayload, async ({ ports, actor, input, now }): Promise<SavedInitiative> => {
    const { id, keyResultId, weight, version, updatedAt } = await saveInitiative(ports, actor, input, now);
    return { initiative: { id, keyResultId, weight, version, updatedAt } };
  }),
  defineResolver('deleteInitiative', deleteInitiativePayload, async ({ ports, actor, input }) => {
    await deleteInitiative(ports, actor, input);
    return { id: input.id };
  }),
  defineResolver('searchEpics', searchEpicsPayload, ({ ports, input }) => searchEpics(ports, input)),
  defineResolver('searchProjects', searchProjectsPayload, ({ ports, input }) => searchProjects(ports, input)),
  defineResolver('getEpicContext', getEpicContextPayload, ({ ports, actor, input, now, context }) =>
    getEpicContext(ports, actor, input, now, panelIssueKey(context)),
  ),
  defineResolver('getSettings', getSettingsPayload, ({ ports }) => getSettings(ports)),
  defineResolver('saveSettings', saveSettingsPayload, ({ ports, actor, input }) => saveSettings(ports, actor, input)),
];

/** The issue Jira shows the epic panel on: trusted, from the invocation context (never the payload). */
function panelIssueKey(context: ResolverCall<unknown>['context']): string | undefined {
  if (context?.moduleKey !== 'okr-epic-panel') return undefined;
  const key = (context.extension as { issue?: { key?: unknown } } | undefined)?.issue?.key;
  return typeof key === 'string' ? key : undefined;
}
