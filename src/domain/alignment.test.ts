import { alignedTo, alignmentRule, canAlignTo, type AlignmentTarget } from './alignment';
import { generateTeam as team } from './testing';

const teams = [
  team('acme', 'company'),
  team('product', 'department', 'acme'),
  team('growth', 'team', 'product'),
  team('platform', 'team', 'product'),
  team('solo', 'team'),
];
/** 2026 with Q4 under it; 2027 Q1 hangs under no year. */
const cycles = [{ id: 'y2026' }, { id: 'q4', parentCycleId: 'y2026' }, { id: 'next' }];
const frame = { teams, cycles };

const objective = (id: string, teamId: string, cycleId: string, parentObjectiveId?: string): AlignmentTarget => ({
  id,
  teamId,
  cycleId,
  ...(parentObjectiveId ? { parentObjectiveId } : {}),
});

const verdict = (child: Parameters<typeof canAlignTo>[0], parent: AlignmentTarget) => {
  const answer = canAlignTo(child, parent, frame);
  return answer.ok ? 'ok' : answer.refusal;
};

describe('canAlignTo', () => {
  it('aligns a team to its department or the company, and a department to the company', () => {
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('p', 'product', 'q4'))).toBe('ok');
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('c', 'acme', 'q4'))).toBe('ok');
    expect(verdict({ teamId: 'product', cycleId: 'q4' }, objective('c', 'acme', 'q4'))).toBe('ok');
  });

  it('never aligns up-side down or sideways', () => {
    // The finding: a company objective under a team's.
    expect(verdict({ teamId: 'acme', cycleId: 'q4' }, objective('g', 'growth', 'q4'))).toBe('align-to-team-not-above');
    expect(verdict({ teamId: 'product', cycleId: 'q4' }, objective('g', 'growth', 'q4'))).toBe('align-to-team-not-above');
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('p', 'platform', 'q4'))).toBe('align-to-team-not-above');
    expect(verdict({ teamId: 'solo', cycleId: 'q4' }, objective('c', 'acme', 'q4'))).toBe('align-to-team-not-above');
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('g2', 'growth', 'q4'))).toBe('align-to-team-not-above');
  });

  it('hangs a quarter under its annual cycle, its own team included, but never a year under a quarter', () => {
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('c', 'acme', 'y2026'))).toBe('ok');
    expect(verdict({ teamId: 'acme', cycleId: 'q4' }, objective('c', 'acme', 'y2026'))).toBe('ok');
    expect(verdict({ teamId: 'growth', cycleId: 'q4' }, objective('g', 'growth', 'y2026'))).toBe('ok');
    expect(verdict({ teamId: 'growth', cycleId: 'y2026' }, objective('c', 'acme', 'q4'))).toBe('align-to-other-cycle');
    expect(verdict({ teamId: 'growth', cycleId: 'next' }, objective('c', 'acme', 'y2026'))).toBe('align-to-other-cycle');
    expect(verdict({ teamId: 'growth', cycleId: 'next' }, objective('c', 'acme', 'q4'))).toBe('align-to-other-cycle');
  });

  it('refuses itself and loops, following the chain through the objectives it knows', () => {
    expect(verdict({ id: 'g', teamId: 'growth', cycleId: 'q4' }, objective('g', 'growth', 'q4'))).toBe('align-to-self');
    // Stored before the rule: the company objective aligns (through its annual) to Growth's.
    const objectives = [objective('annual', 'acme', 'y2026', 'g'), objective('c', 'acme', 'q4', 'annual'), objective('g', 'growth', 'q4')];
    const rule = alignmentRule({ ...frame, objectives });
    expect(rule.canAlignTo({ id: 'g', teamId: 'growth', cycleId: 'q4' }, objectives[1]!)).toEqual({ ok: false, refusal: 'align-makes-loop' });
    expect(rule.canAlignTo({ teamId: 'growth', cycleId: 'q4' }, objectives[1]!)).toEqual({ ok: true });
  });

  it('stops on a loop already in stored data instead of running forever', () => {
    const objectives = [objective('a', 'acme', 'q4', 'b'), objective('b', 'acme', 'q4', 'a')];
    const rule = alignmentRule({ ...frame, objectives });
    expect(rule.canAlignTo({ id: 'g', teamId: 'growth', cycleId: 'q4' }, objectives[0]!)).toEqual({ ok: true });
  });
});

describe('teamsThatMayAlignTo', () => {
  it('names every team below the parent, and its own team for an annual parent', () => {
    const rule = alignmentRule(frame);
    expect(rule.teamsThatMayAlignTo(objective('c', 'acme', 'q4'), 'q4').sort()).toEqual(['growth', 'platform', 'product']);
    expect(rule.teamsThatMayAlignTo(objective('c', 'acme', 'y2026'), 'q4').sort()).toEqual(['acme', 'growth', 'platform', 'product']);
    expect(rule.teamsThatMayAlignTo(objective('g', 'growth', 'q4'), 'q4')).toEqual([]);
  });
});

describe('alignedTo', () => {
  it('finds the objectives aligned directly to one', () => {
    const objectives = [objective('a', 'acme', 'q4'), objective('b', 'growth', 'q4', 'a'), objective('c', 'growth', 'q4', 'b')];
    expect(alignedTo(objectives, 'a').map((o) => o.id)).toEqual(['b']);
  });
});
