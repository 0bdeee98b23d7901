import { alignmentRule } from '../../../src/domain/alignment';
import { teamHierarchyIssues } from '../../../src/domain/team-hierarchy';
import type { Team } from '../../../src/domain/types';
import { demoCycles, demoOrg } from './demo-org';

const DAY = 86_400_000;

describe('the demo organisation', () => {
  it('has the year, the ended, the current and the next quarter around now', () => {
    expect(demoCycles(new Date('2026-11-25T03:00:00Z'))).toEqual([
      { key: 'year', name: '2026', kind: 'year', startDate: '2026-01-01', endDate: '2026-12-31' },
      { key: 'previousQuarter', name: '2026 Q3', kind: 'quarter', startDate: '2026-07-01', endDate: '2026-09-30', parentKey: 'year' },
      { key: 'currentQuarter', name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31', parentKey: 'year' },
      { key: 'nextQuarter', name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' },
    ]);
  });

  it('hangs a quarter under the annual cycle only when it lies inside it', () => {
    const cycles = demoCycles(new Date('2027-02-10T00:00:00Z'));
    expect(cycles.find((c) => c.key === 'previousQuarter')).toEqual(
      expect.objectContaining({ name: '2026 Q4', startDate: '2026-10-01' }),
    );
    expect(cycles.find((c) => c.key === 'previousQuarter')).not.toHaveProperty('parentKey');
    expect(cycles.find((c) => c.key === 'nextQuarter')).toMatchObject({ name: '2027 Q2', parentKey: 'year' });
  });

  it.each(['2026-11-25T03:00:00Z', '2027-01-03T00:00:00Z', '2026-06-30T12:00:00Z'])(
    'dates every check-in inside its cycle and before now (now = %s)',
    (iso) => {
      const now = new Date(iso);
      const org = demoOrg(now);
      for (const objective of org.objectives) {
        const cycle = org.cycles.find((c) => c.key === objective.cycleKey)!;
        for (const kr of objective.keyResults) {
          const days = kr.checkIns.map((c) => c.daysAgo);
          expect([...days].sort((a, b) => b - a)).toEqual(days); // oldest first
          for (const checkIn of kr.checkIns) {
            const at = now.getTime() - checkIn.daysAgo * DAY;
            expect(checkIn.daysAgo).toBeGreaterThanOrEqual(1);
            expect(at).toBeGreaterThanOrEqual(Date.parse(cycle.startDate));
            expect(at).toBeLessThan(Date.parse(cycle.endDate) + DAY);
          }
        }
      }
    },
  );

  it('declares every aligned objective after the objective it aligns to', () => {
    const { objectives } = demoOrg(new Date('2026-11-25T03:00:00Z'));
    objectives.forEach((objective, i) => {
      if (!objective.parentKey) return;
      const parentIndex = objectives.findIndex((o) => o.key === objective.parentKey);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(i);
    });
  });

  it.each(['2026-11-25T03:00:00Z', '2027-01-03T00:00:00Z'])('follows the team hierarchy and alignment rules (now = %s)', (iso) => {
    const org = demoOrg(new Date(iso));
    const teams: Team[] = org.teams.map(({ key, name, level, parentKey, jiraProjectKeys }) => ({
      id: key,
      members: [],
      name,
      level,
      jiraProjectKeys,
      version: 1,
      ...(parentKey ? { parentTeamId: parentKey } : {}),
    }));
    for (const team of teams) expect({ team: team.id, issues: teamHierarchyIssues(teams, team) }).toEqual({ team: team.id, issues: [] });

    const objectives = org.objectives.map((o) => ({ id: o.key, teamId: o.teamKey, cycleId: o.cycleKey, ...(o.parentKey ? { parentObjectiveId: o.parentKey } : {}) }));
    const cycles = org.cycles.map((c) => ({ id: c.key, ...(c.parentKey ? { parentCycleId: c.parentKey } : {}) }));
    const rule = alignmentRule({ teams, cycles, objectives });
    const aligned = objectives.filter((o) => o.parentObjectiveId);
    expect(aligned.length).toBeGreaterThan(0);
    for (const objective of aligned) {
      const parent = objectives.find((o) => o.id === objective.parentObjectiveId)!;
      expect({ objective: objective.id, verdict: rule.canAlignTo(objective, parent) }).toEqual({ objective: objective.id, verdict: { ok: true } });
    }
  });

  it('gives each team 2 to 4 objectives in the current quarter, each with 2 to 4 key results', () => {
    const { objectives } = demoOrg(new Date('2026-11-25T03:00:00Z'));
    const current = objectives.filter((o) => o.cycleKey === 'currentQuarter');
    for (const team of ['acme', 'growth', 'platform', 'cs']) {
      const mine = current.filter((o) => o.teamKey === team);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      expect(mine.length).toBeLessThanOrEqual(4);
      for (const o of mine) expect(o.keyResults.length).toBeGreaterThanOrEqual(2);
    }
  });
});
