import { byCreation, byDisplayOrder, byVotes } from './ordering';

const item = (id: string, order: number, createdAt: string) => ({ id, order, createdAt });

describe('the one list order', () => {
  it('display order: order, then creation, then id; a non-finite order counts as 0', () => {
    const items = [item('c', 2, '2026-01-01'), item('b', 1, '2026-01-02'), item('a', 1, '2026-01-02'), item('d', 1, '2026-01-01'), item('e', Number.NaN, '2026-01-03')];
    expect([...items].sort(byDisplayOrder).map((i) => i.id)).toEqual(['e', 'd', 'a', 'b', 'c']);
  });

  it('creation order: oldest first, then id', () => {
    const items = [item('b', 0, '2026-01-02T00:00:00.000Z'), item('c', 0, '2026-01-01T00:00:00.000Z'), item('a', 0, '2026-01-02T00:00:00.000Z')];
    expect([...items].sort(byCreation).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('candidates: most votes first, ties in the order they were added', () => {
    const candidates = [
      { id: 'a', createdAt: '2026-01-03', votes: 1 },
      { id: 'b', createdAt: '2026-01-01', votes: 1 },
      { id: 'c', createdAt: '2026-01-02', votes: 3 },
    ];
    expect([...candidates].sort(byVotes).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});
