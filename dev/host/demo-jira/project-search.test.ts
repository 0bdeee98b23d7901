import { JIRA_PROJECTS } from './demo-projects';
import { BadRequest } from './request-params';
import { PROJECT_PAGE_MAX, searchProjectPage } from './project-search';

const keys = (page: { projects: Array<{ key: string }> }) => page.projects.map((p) => p.key);

describe('demo Jira project search', () => {
  it('answers every project for a blank query, by key unless asked otherwise', () => {
    const page = searchProjectPage(JIRA_PROJECTS, { query: '  ' });
    expect(keys(page)).toEqual(['GROW', 'MOB', 'PLAT', 'SEC']);
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, total: 4, isLast: true });
  });

  it('matches the query on key or name, case-insensitively, Korean names included', () => {
    expect(keys(searchProjectPage(JIRA_PROJECTS, { query: 'gro' }))).toEqual(['GROW']);
    expect(keys(searchProjectPage(JIRA_PROJECTS, { query: 'FORM' }))).toEqual(['PLAT']);
    expect(keys(searchProjectPage(JIRA_PROJECTS, { query: '모바일' }))).toEqual(['MOB']);
    expect(searchProjectPage(JIRA_PROJECTS, { query: 'nothing-like-it' })).toMatchObject({ total: 0, isLast: true, projects: [] });
  });

  it('orders by name, ascending or descending', () => {
    expect(keys(searchProjectPage(JIRA_PROJECTS, { orderBy: 'name' }))).toEqual(['GROW', 'PLAT', 'SEC', 'MOB']);
    expect(keys(searchProjectPage(JIRA_PROJECTS, { orderBy: '-name' }))).toEqual(['MOB', 'SEC', 'PLAT', 'GROW']);
    expect(() => searchProjectPage(JIRA_PROJECTS, { orderBy: 'colour' })).toThrow(BadRequest);
  });

  it('pages with startAt and maxResults, capping maxResults within [1, 100]', () => {
    const first = searchProjectPage(JIRA_PROJECTS, { maxResults: 3 });
    expect(first).toMatchObject({ startAt: 0, maxResults: 3, total: 4, isLast: false });
    const second = searchProjectPage(JIRA_PROJECTS, { startAt: 3, maxResults: 3 });
    expect(keys(second)).toEqual(['SEC']);
    expect(second.isLast).toBe(true);
    expect(searchProjectPage(JIRA_PROJECTS, { maxResults: 1000 }).maxResults).toBe(PROJECT_PAGE_MAX);
    expect(searchProjectPage(JIRA_PROJECTS, { maxResults: 0 }).maxResults).toBe(1);
    expect(searchProjectPage(JIRA_PROJECTS, { startAt: -5 }).startAt).toBe(0);
  });
});
