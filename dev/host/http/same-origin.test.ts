import { crossSiteRefusal } from './same-origin';

const request = (headers: Record<string, string>, method = 'POST') => ({ method, headers: { host: '127.0.0.1:8787', ...headers } });

describe('crossSiteRefusal', () => {
  it('answers the host’s own pages and clients without an Origin', () => {
    expect(crossSiteRefusal(request({ origin: 'http://127.0.0.1:8787', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }), '/__local/bridge')).toBeUndefined();
    expect(crossSiteRefusal(request({ 'content-type': 'application/json; charset=utf-8' }), '/__local/invoke')).toBeUndefined();
    expect(crossSiteRefusal(request({ host: 'localhost:8787' }, 'GET'), '/demo-jira/rest/api/3/myself')).toBeUndefined();
    expect(crossSiteRefusal(request({}, 'DELETE'), '/__local/jira/faults')).toBeUndefined();
  });

  it.each([
    ['another origin', { origin: 'http://evil.example', 'content-type': 'application/json' }],
    ['another port of this machine', { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' }],
    ['a sandboxed frame (Origin null)', { origin: 'null', 'content-type': 'application/json' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }],
    ['a same-site fetch from another port', { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }],
    ['a form post (text/plain)', { 'content-type': 'text/plain' }],
    ['a form post (urlencoded)', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a post without a content type', {}],
  ])('refuses %s on the host APIs', (_label, headers) => {
    expect(crossSiteRefusal(request(headers), '/__local/reset')).toEqual(expect.any(String));
  });

  it('refuses a Host that is not this machine (DNS rebinding), on every path', () => {
    expect(crossSiteRefusal(request({ host: 'evil.example:8787' }, 'GET'), '/')).toMatch(/not this machine/);
    expect(crossSiteRefusal(request({ host: '127.0.0.1.evil.example' }, 'GET'), '/confluence/pages/1')).toMatch(/not this machine/);
  });

  it('leaves page navigation alone', () => {
    expect(crossSiteRefusal(request({ 'sec-fetch-site': 'cross-site' }, 'GET'), '/confluence/pages/131073')).toBeUndefined();
  });
});
