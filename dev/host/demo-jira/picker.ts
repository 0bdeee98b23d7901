/**
 * `GET /rest/api/3/issue/picker?query=&currentJQL=` -> IssuePickerSuggestions: the "History
 * Search" section (the demo keeps no history, so it is empty) and "Current Search": visible
 * issues of `currentJQL` whose key starts with, or summary contains, the query.
 */
import { issueTypeById } from './catalog';
import { issueTypeJson } from './entity-json';
import type { IssueRecord } from './issue-record';
import { compileJql, runJql } from './jql-eval';
import { JqlError } from './jql-parser';
import { BadRequest, guarded } from './request-params';
import type { JiraRoute } from './types';

const MAX_SUGGESTIONS = 20;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The summary as HTML with the matched text in <b>, as Jira's picker renders it. */
function highlight(summary: string, query: string): string {
  const at = query ? summary.toLowerCase().indexOf(query.toLowerCase()) : -1;
  if (at < 0) return escapeHtml(summary);
  return `${escapeHtml(summary.slice(0, at))}<b>${escapeHtml(summary.slice(at, at + query.length))}</b>${escapeHtml(summary.slice(at + query.length))}`;
}

export const pickerRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/issue\/picker$/,
    handle: (req, _params, site) =>
      guarded(() => {
        const query = (req.query.get('query') ?? '').trim();
        const q = query.toLowerCase();
        const currentJql = req.query.get('currentJQL') ?? '';
        const excludeKey = req.query.get('currentIssueKey')?.toUpperCase();
        const projectId = req.query.get('currentProjectId');
        const showSubTasks = req.query.get('showSubTasks') !== 'false';
        let compiled;
        try {
          compiled = compileJql(currentJql, { store: site.store, actor: req.actor, now: site.now() });
        } catch (error) {
          if (error instanceof JqlError) throw new BadRequest(error.message);
          throw error;
        }
        const matches = (issue: IssueRecord) =>
          (q === '' || issue.key.toLowerCase().startsWith(q) || issue.summary.toLowerCase().includes(q)) &&
          issue.key !== excludeKey &&
          (projectId === null || site.store.projectOf(issue).id === projectId) &&
          (showSubTasks || !issueTypeById(issue.issueTypeId)?.subtask);
        const found = runJql(compiled, { store: site.store, actor: req.actor, now: site.now() }).filter(matches);
        const shown = found.slice(0, MAX_SUGGESTIONS);
        const issues = shown.map((issue) => {
          const type = issueTypeById(issue.issueTypeId);
          return {
            id: Number(issue.id),
            key: issue.key,
            keyHtml: escapeHtml(issue.key),
            img: type ? (issueTypeJson(type, site).iconUrl as string) : '',
            summary: highlight(issue.summary, query),
            summaryText: issue.summary,
          };
        });
        return {
          status: 200,
          body: {
            sections: [
              { label: 'History Search', sub: 'Showing 0 of 0 matching issues', id: 'hs', issues: [] },
              { label: 'Current Search', sub: `Showing ${shown.length} of ${found.length} matching issues`, id: 'cs', issues },
            ],
          },
        };
      }),
  },
];
