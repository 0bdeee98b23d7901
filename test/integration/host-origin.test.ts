/**
 * The local host refuses what another web page in the developer's browser could send it
 * (docs/decisions/0010): nothing is wiped, written or read on its behalf.
 */
import { request as httpRequest } from 'node:http';
import { invoke, startTestHost, type TestHost } from '../support/host';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

const cycleCount = async () => ((await invoke(host, 'listCycles', {})).data as unknown[]).length;

/** A raw request, so `Host` can be set (fetch will not let a script choose it). */
function raw(method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: pathname, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the local host and other web pages', () => {
  it('refuses a cross-origin reset and keeps the data', async () => {
    const before = await cycleCount();
    expect(before).toBeGreaterThan(0);
    const answer = await fetch(`${host.url}/__local/reset`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ seed: 'empty' }),
    });
    expect(answer.status).toBe(403);
    expect(await cycleCount()).toBe(before);
  });

  it('refuses a form-like (text/plain) invoke that carries no Origin', async () => {
    const answer = await fetch(`${host.url}/__local/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ functionKey: 'saveCycle', payload: { name: 'Planted', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' } }),
    });
    expect(answer.status).toBe(403);
    const names = ((await invoke(host, 'listCycles', {})).data as Array<{ name: string }>).map((c) => c.name);
    expect(names).not.toContain('Planted');
  });

  it('refuses a Host that is not this machine (DNS rebinding), pages included', async () => {
    expect((await raw('GET', '/', { host: 'evil.example' })).status).toBe(403);
    expect((await raw('GET', '/__local/stats', { host: 'evil.example' })).status).toBe(403);
  });

  it('refuses a cross-origin read of the demo Jira', async () => {
    const answer = await fetch(`${host.url}/demo-jira/rest/api/3/myself`, { headers: { origin: 'http://evil.example' } });
    expect(answer.status).toBe(403);
  });

  it('answers its own pages and Origin-less local clients', async () => {
    const url = new URL(host.url);
    const answer = await fetch(`${host.url}/__local/invoke`, {
      method: 'POST',
      headers: { origin: `http://${url.host}`, 'content-type': 'application/json' },
      body: JSON.stringify({ functionKey: 'listTeams', payload: {} }),
    });
    expect(answer.status).toBe(200);
    expect((await fetch(`${host.url}/demo-jira/rest/api/3/myself`)).status).toBe(200);
  });

  it('lets no other site frame its pages or the app frames', async () => {
    for (const pathname of ['/', '/confluence/pages/131074']) {
      const response = await fetch(`${host.url}${pathname}`);
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
});
