import { ancestorsOf, teamHierarchyIssues } from './team-hierarchy';
import { generateTeam as team } from './testing';

/** Acme > Product > Growth, Platform; Acme > Business. */
const org = [
  team('acme', 'company'),
  team('product', 'department', 'acme'),
  team('business', 'department', 'acme'),
  team('growth', 'team', 'product'),
  team('platform', 'team', 'product'),
];

describe('teamHierarchyIssues', () => {
  it('accepts every level under a higher one, and a team with no parent', () => {
    expect(teamHierarchyIssues(org, { level: 'team', parentTeamId: 'product' })).toEqual([]);
    expect(teamHierarchyIssues(org, { level: 'team', parentTeamId: 'acme' })).toEqual([]);
    expect(teamHierarchyIssues(org, { level: 'department', parentTeamId: 'acme' })).toEqual([]);
    expect(teamHierarchyIssues(org, { level: 'team' })).toEqual([]);
    expect(teamHierarchyIssues(org, { id: 'growth', level: 'team', parentTeamId: 'business' })).toEqual([]);
  });

  it('refuses a parent at the same level or below', () => {
    expect(teamHierarchyIssues(org, { level: 'team', parentTeamId: 'growth' })).toEqual([{ field: 'parentTeamId', problem: 'team-parent-not-above' }]);
    expect(teamHierarchyIssues(org, { level: 'department', parentTeamId: 'product' })).toEqual([{ field: 'parentTeamId', problem: 'team-parent-not-above' }]);
    expect(teamHierarchyIssues(org, { level: 'department', parentTeamId: 'growth' })).toEqual([{ field: 'parentTeamId', problem: 'team-parent-not-above' }]);
  });

  it('gives a company no parent', () => {
    expect(teamHierarchyIssues(org, { level: 'company', parentTeamId: 'acme' })).toEqual([{ field: 'parentTeamId', problem: 'team-company-has-parent' }]);
    expect(teamHierarchyIssues(org, { id: 'acme', level: 'company' })).toEqual([]);
  });

  it('refuses a team as its own parent, or under a team below it', () => {
    expect(teamHierarchyIssues(org, { id: 'product', level: 'department', parentTeamId: 'product' })).toEqual([{ field: 'parentTeamId', problem: 'team-parent-loop' }]);
    // The finding: the company turned into a team under its own department.
    expect(teamHierarchyIssues(org, { id: 'acme', level: 'team', parentTeamId: 'product' })).toEqual([
      { field: 'parentTeamId', problem: 'team-parent-loop' },
      { field: 'level', problem: 'team-children-not-below' },
    ]);
  });

  it('keeps the teams already under it below its new level', () => {
    expect(teamHierarchyIssues(org, { id: 'product', level: 'team', parentTeamId: 'acme' })).toEqual([{ field: 'level', problem: 'team-children-not-below' }]);
    expect(teamHierarchyIssues(org, { id: 'acme', level: 'department' })).toEqual([{ field: 'level', problem: 'team-children-not-below' }]);
    // A department without teams may become a team.
    expect(teamHierarchyIssues(org, { id: 'business', level: 'team', parentTeamId: 'acme' })).toEqual([]);
  });
});

describe('ancestorsOf', () => {
  it('lists the teams above, nearest first', () => {
    expect(ancestorsOf(org, 'growth').map((t) => t.id)).toEqual(['product', 'acme']);
    expect(ancestorsOf(org, 'acme')).toEqual([]);
    expect(ancestorsOf(org, 'unknown')).toEqual([]);
  });

  it('stops at a loop in stored data instead of running forever', () => {
    const looped = [team('a', 'team', 'b'), team('b', 'department', 'a')];
    expect(ancestorsOf(looped, 'a').map((t) => t.id)).toEqual(['b']);
  });
});
