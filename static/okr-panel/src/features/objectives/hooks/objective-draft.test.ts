import { describe, expect, it } from '@jest/globals';
import type { ObjectiveView } from '@contracts/views';
import { saveObjectivePayload } from '@contracts/schemas';
import { OBJECTIVE_FIELDS, objectiveDraft, objectivePayload } from './objective-draft';

const stored = {
  id: 'obj-1',
  cycleId: 'cycle-q2',
  teamId: 'team-a',
  title: 'Delight new customers',
  description: 'First week matters',
  ownerAccountId: 'acc-1',
  parentObjectiveId: 'obj-parent',
  commitment: 'aspirational',
  order: 0,
  visibility: 'private',
  version: 4,
  createdAt: '2026-04-01T09:00:00.000Z',
  updatedAt: '2026-04-02T09:00:00.000Z',
} as const;
const objective = stored as unknown as ObjectiveView;

describe('objectiveDraft', () => {
  it('starts a new objective on the default team, committed, public, with no parent', () => {
    expect(objectiveDraft(undefined, 'team-b')).toEqual({
      title: '',
      description: '',
      teamId: 'team-b',
      ownerAccountId: undefined,
      commitment: 'committed',
      parentObjectiveId: '',
      visibility: 'public',
    });
    expect(objectiveDraft(undefined, undefined).teamId).toBe('');
  });

  it('fills every field from a stored objective, its team over the default', () => {
    expect(objectiveDraft(objective, 'team-b')).toEqual({
      title: 'Delight new customers',
      description: 'First week matters',
      teamId: 'team-a',
      ownerAccountId: 'acc-1',
      commitment: 'aspirational',
      parentObjectiveId: 'obj-parent',
      visibility: 'private',
    });
  });

  it('reads an objective stored before visibility existed as public', () => {
    const old: Record<string, unknown> = { ...stored };
    delete old.visibility;
    expect(objectiveDraft(old as unknown as ObjectiveView, undefined).visibility).toBe('public');
  });

  it('has a contract path for every field it holds', () => {
    expect([...OBJECTIVE_FIELDS].sort()).toEqual(Object.keys(objectiveDraft(undefined, undefined)).sort());
  });
});

describe('objectivePayload', () => {
  it('creates without id or version, and omits an empty owner and parent', () => {
    const payload = objectivePayload({ ...objectiveDraft(undefined, 'team-b'), title: 'Grow' }, { cycleId: 'cycle-q2' });
    expect(payload).toEqual({ cycleId: 'cycle-q2', teamId: 'team-b', title: 'Grow', description: '', commitment: 'committed', visibility: 'public' });
    expect(saveObjectivePayload.safeParse(payload).success).toBe(true);
  });

  it('updates with the id and the version the form was opened on', () => {
    const payload = objectivePayload(objectiveDraft(objective, undefined), { id: 'obj-1', version: 4, cycleId: 'cycle-q2' });
    expect(payload).toMatchObject({ id: 'obj-1', version: 4, ownerAccountId: 'acc-1', parentObjectiveId: 'obj-parent' });
    expect(saveObjectivePayload.safeParse(payload).success).toBe(true);
  });

  it('always sends the visibility, so saving a private objective keeps it private', () => {
    const payload = objectivePayload(objectiveDraft(objective, undefined), { id: 'obj-1', version: 4, cycleId: 'cycle-q2' });
    expect(payload.visibility).toBe('private');
    const parsed = saveObjectivePayload.parse(payload);
    expect(parsed.visibility).toBe('private');
    const madePublic = objectivePayload({ ...objectiveDraft(objective, undefined), visibility: 'public' }, { id: 'obj-1', version: 4, cycleId: 'cycle-q2' });
    expect(madePublic.visibility).toBe('public');
  });

  it('removes the alignment by leaving the parent out, not by sending an empty id', () => {
    const payload = objectivePayload({ ...objectiveDraft(objective, undefined), parentObjectiveId: '', ownerAccountId: undefined }, { id: 'obj-1', version: 4, cycleId: 'c' });
    expect(payload).not.toHaveProperty('parentObjectiveId');
    expect(payload).not.toHaveProperty('ownerAccountId');
    expect(saveObjectivePayload.safeParse(payload).success).toBe(true);
  });
});
