import { JiraFaults, parseFaultSpec } from './faults';

const NOW = new Date('2026-11-25T03:00:20.000Z');

describe('injected Jira faults', () => {
  it('fails the next n requests, then lets them through', () => {
    const faults = new JiraFaults();
    faults.inject({ status: 500, count: 2 });
    expect(faults.take('/rest/api/3/myself')?.status).toBe(500);
    expect(faults.pending()).toEqual([{ status: 500, count: 1 }]);
    expect(faults.take('/rest/api/3/field')?.body).toEqual({ errorMessages: ['Internal server error'], errors: {} });
    expect(faults.take('/rest/api/3/myself')).toBeUndefined();
    expect(faults.pending()).toEqual([]);
  });

  it('answers 429 with Jira rate-limit headers', () => {
    const faults = new JiraFaults();
    faults.inject({ status: 429, count: 1, retryAfter: 90 });
    expect(faults.take('/rest/api/3/search/jql', NOW)).toEqual({
      status: 429,
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
      headers: {
        'retry-after': '90',
        'x-ratelimit-reset': '2026-11-25T03:01Z',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'ratelimit-reason': 'jira-burst-based',
      },
    });
  });

  it('matches path prefixes only, and -1 lasts until cleared', () => {
    const faults = new JiraFaults();
    faults.inject({ status: 503, count: -1, paths: ['/rest/api/3/search'] });
    expect(faults.take('/rest/api/3/myself')).toBeUndefined();
    expect(faults.take('/rest/api/3/searchless')).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(faults.take('/rest/api/3/search/jql')?.status).toBe(503);
    faults.clear();
    expect(faults.take('/rest/api/3/search/jql')).toBeUndefined();
  });

  it('checks specs from JSON', () => {
    expect(parseFaultSpec({ status: 503, count: -1 })).toEqual({ status: 503, count: -1 });
    expect(() => parseFaultSpec({ status: 404, count: 1 })).toThrow('status must be 429, 500, 502 or 503');
    expect(() => parseFaultSpec({ status: 429, count: 0 })).toThrow('count must be');
    expect(() => parseFaultSpec({ status: 429, count: 1, paths: ['search'] })).toThrow('paths must');
  });
});
