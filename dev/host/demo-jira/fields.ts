/**
 * `GET /rest/api/3/field` -> FieldDetails[]: the system fields the app reads and the story point
 * estimate custom field, which an app must find here (its id differs per real site).
 */
import { FIELDS } from './catalog';
import type { JiraRoute } from './types';

export const fieldRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/field$/,
    handle: () => ({
      status: 200,
      body: FIELDS.map((f) => ({
        id: f.id,
        key: f.id,
        name: f.name,
        custom: f.custom,
        orderable: f.orderable,
        navigable: f.navigable,
        searchable: f.searchable,
        clauseNames: f.clauseNames,
        ...(f.schema ? { schema: f.schema } : {}),
      })),
    }),
  },
];
