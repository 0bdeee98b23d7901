import { parseFieldSelection } from './issue-json';
import { decodePageToken, encodePageToken, PageTokenError, pageCap, pageSize } from './search-paging';

describe('search page sizes', () => {
  it('caps at 5000 for ids/keys only and at 100 as soon as any other field is asked for', () => {
    expect(pageCap(0)).toBe(5000);
    expect(pageCap(1)).toBe(100);
    expect(pageCap(3)).toBe(100);
    expect(pageCap(7)).toBe(100);
    expect(pageCap('all')).toBe(100);
  });

  it('defaults maxResults to 50 and keeps it within [1, cap], silently', () => {
    expect(pageSize(undefined, 0)).toBe(50);
    expect(pageSize(undefined, 3)).toBe(50);
    expect(pageSize(5000, 0)).toBe(5000);
    expect(pageSize(9000, 0)).toBe(5000);
    expect(pageSize(5000, 1)).toBe(100);
    expect(pageSize(5000, 3)).toBe(100);
    expect(pageSize(5000, 'all')).toBe(100);
    expect(pageSize(0, 1)).toBe(1);
  });

  it('gives the 5000 cap to no fields, id and key, and 100 to anything else', () => {
    const cap = (fields: string[] | undefined) => pageCap(parseFieldSelection(fields, 'id').weight);
    expect(cap(undefined)).toBe(5000);
    expect(cap(['id'])).toBe(5000);
    expect(cap(['key'])).toBe(5000);
    expect(cap(['id,key'])).toBe(5000);
    expect(cap(['status'])).toBe(100);
    expect(cap(['key', 'customfield_10016'])).toBe(100);
    expect(cap(['*all'])).toBe(100);
    expect(cap(['*navigable'])).toBe(100);
    expect(cap(['-description'])).toBe(100);
  });

  it('weighs the fields parameter as Jira reads it', () => {
    expect(parseFieldSelection(undefined, 'id')).toMatchObject({ idOnly: true, weight: 0 });
    expect(parseFieldSelection(['id'], 'id')).toMatchObject({ idOnly: true, weight: 0 });
    expect(parseFieldSelection(['key'], 'id')).toMatchObject({ idOnly: false, weight: 0 });
    const three = parseFieldSelection(['parent,status', 'customfield_10016'], 'id');
    expect(three).toMatchObject({ idOnly: false, weight: 3 });
    expect(three.includes('status')).toBe(true);
    expect(three.includes('summary')).toBe(false);
    const allButDescription = parseFieldSelection(['*all,-description'], 'id');
    expect(allButDescription.weight).toBe('all');
    expect(allButDescription.includes('summary')).toBe(true);
    expect(allButDescription.includes('description')).toBe(false);
    expect(parseFieldSelection(undefined, '*all').includes('parent')).toBe(true);
  });
});

describe('page tokens', () => {
  it('round-trips an offset for the same query', () => {
    const token = encodePageToken(150, 'project = GROW');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(token, ' project = GROW ')).toBe(150);
  });

  it('refuses a token of another query and garbage', () => {
    const token = encodePageToken(50, 'project = GROW');
    expect(() => decodePageToken(token, 'project = PLAT')).toThrow(new PageTokenError('The nextPageToken does not belong to this JQL query.'));
    expect(() => decodePageToken('not-a-token', 'project = GROW')).toThrow(PageTokenError);
    expect(() => decodePageToken(Buffer.from('{"o":-1,"q":"x"}').toString('base64url'), 'x')).toThrow(PageTokenError);
  });
});
