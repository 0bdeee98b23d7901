/**
 * Issue search: `GET|POST /rest/api/3/search/jql` (the enhanced search: `{issues, nextPageToken?,
 * isLast}`, no `total`), `POST /rest/api/3/search/approximate-count` (`{count}`), and the removed
 * `/rest/api/3/search`, which answers 410 as Jira Cloud does now.
 */
import { issueJson, namesOf, parseFieldSelection, schemaOf } from './issue-json';
import { compileJql, runJql, type CompiledJql } from './jql-eval';
import { JqlError } from './jql-parser';
import { BadRequest, beanBody, guarded, intParam, listParam, stringParam } from './request-params';
import { decodePageToken, encodePageToken, PageTokenError, pageSize } from './search-paging';
import { jiraError, type DemoJiraSite, type JiraRequest, type JiraResponse, type JiraRoute } from './types';

const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

interface SearchParams {
  jql: string;
  fields?: string[] | undefined;
  maxResults?: number | undefined;
  nextPageToken?: string | undefined;
  expand: string[];
}

const SEARCH_BEAN = ['expand', 'fields', 'fieldsByKeys', 'jql', 'maxResults', 'nextPageToken', 'properties', 'reconcileIssues'];

function fromQuery(query: URLSearchParams): SearchParams {
  return {
    jql: query.get('jql') ?? '',
    fields: query.has('fields') ? query.getAll('fields') : undefined,
    maxResults: intParam(query.get('maxResults'), 'maxResults'),
    nextPageToken: query.get('nextPageToken') ?? undefined,
    expand: (query.get('expand') ?? '').split(',').map((e) => e.trim()).filter(Boolean),
  };
}

function fromBody(raw: unknown): SearchParams {
  const body = beanBody(raw, 'SearchAndReconcileRequestBean', SEARCH_BEAN);
  return {
    jql: stringParam(body.jql, 'jql') ?? '',
    fields: listParam(body.fields, 'fields'),
    maxResults: intParam(body.maxResults, 'maxResults'),
    nextPageToken: stringParam(body.nextPageToken, 'nextPageToken'),
    expand: (stringParam(body.expand, 'expand') ?? '').split(',').map((e) => e.trim()).filter(Boolean),
  };
}

/** Parses and checks the JQL for a search endpoint; throws BadRequest with Jira's message. */
export function boundedJql(jql: string, req: JiraRequest, site: DemoJiraSite): CompiledJql {
  let compiled: CompiledJql;
  try {
    compiled = compileJql(jql, { store: site.store, actor: req.actor, now: site.now(), lenient: site.jqlValidation() === 'lenient' });
  } catch (error) {
    if (error instanceof JqlError) throw new BadRequest(error.message);
    throw error;
  }
  if (!compiled.bounded) throw new BadRequest(UNBOUNDED);
  return compiled;
}

function search(params: SearchParams, req: JiraRequest, site: DemoJiraSite): JiraResponse {
  const compiled = boundedJql(params.jql, req, site);
  const selection = parseFieldSelection(params.fields, 'id');
  let offset = 0;
  if (params.nextPageToken) {
    try {
      offset = decodePageToken(params.nextPageToken, params.jql);
    } catch (error) {
      if (error instanceof PageTokenError) throw new BadRequest(error.message);
      throw error;
    }
  }
  const found = runJql(compiled, { store: site.store, actor: req.actor, now: site.now() });
  const page = found.slice(offset, offset + pageSize(params.maxResults, selection.weight));
  const isLast = offset + page.length >= found.length;
  const issues = page.map((issue) => issueJson(issue, selection, site));
  const body: Record<string, unknown> = { issues };
  if (!isLast) body.nextPageToken = encodePageToken(offset + page.length, params.jql);
  body.isLast = isLast;
  const returned = [...new Set(issues.flatMap((i) => Object.keys((i.fields as object | undefined) ?? {})))];
  if (params.expand.includes('names')) body.names = namesOf(returned);
  if (params.expand.includes('schema')) body.schema = schemaOf(returned);
  return { status: 200, body };
}

const GONE =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. ' +
  'A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

export const searchRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/search\/jql$/,
    handle: (req, _params, site) => guarded(() => search(fromQuery(req.query), req, site)),
  },
  {
    method: 'POST',
    pattern: /^\/rest\/api\/3\/search\/jql$/,
    handle: (req, _params, site) => guarded(() => search(fromBody(req.body), req, site)),
  },
  {
    method: 'POST',
    pattern: /^\/rest\/api\/3\/search\/approximate-count$/,
    handle: (req, _params, site) =>
      guarded(() => {
        const body = beanBody(req.body, 'JQLCountRequestBean', ['jql']);
        const compiled = boundedJql(stringParam(body.jql, 'jql') ?? '', req, site);
        return { status: 200, body: { count: runJql(compiled, { store: site.store, actor: req.actor, now: site.now() }).length } };
      }),
  },
  { method: 'GET', pattern: /^\/rest\/api\/[23]\/search$/, handle: () => jiraError(410, GONE) },
  { method: 'POST', pattern: /^\/rest\/api\/[23]\/search$/, handle: () => jiraError(410, GONE) },
];
