import { describe, expect, it } from '@jest/globals';
import { saveInitiativePayload } from '@contracts/schemas';
import type { InitiativeView } from './initiative-facts';
import { INITIATIVE_FIELDS, initiativeDraft, initiativePayload, progressOutOfRange, type InitiativeDraft } from './initiative-draft';

const base = {
  keyResultId: 'kr-1',
  order: 0,
  version: 3,
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
};
const manual: InitiativeView = { ...base, id: 'i-1', title: 'Hire two designers', weight: 2, ownerAccountId: 'acc-1', progress: 0.425, link: { kind: 'manual', progress: 0.425 } };
const restrictedEpic: InitiativeView = { ...base, id: 'i-2', title: '', weight: 1, progress: 0.3, link: { kind: 'epic', epic: { state: 'restricted', progress: 0.3 } } };

const draft = (changes: Partial<InitiativeDraft> = {}): InitiativeDraft => ({ title: 'Run a pilot', progress: '25', weight: '1', ...changes });

describe('initiativeDraft', () => {
  it('starts new work at 0% with weight 1', () => {
    expect(initiativeDraft(undefined)).toEqual({ title: '', progress: '0', weight: '1' });
  });

  it('shows manual progress in percent without float noise', () => {
    expect(initiativeDraft(manual)).toEqual({ title: 'Hire two designers', progress: '42.5', weight: '2' });
    expect(initiativeDraft({ ...manual, link: { kind: 'manual', progress: 0.07 } }).progress).toBe('7');
    expect(initiativeDraft({ ...manual, link: { kind: 'manual', progress: 1 / 3 } }).progress).toBe('33.33');
  });

  it('has no progress field for an epic (its progress is read from Jira)', () => {
    expect(initiativeDraft(restrictedEpic).progress).toBe('0');
  });
});

describe('progressOutOfRange', () => {
  it('flags a percentage below 0 or above 100, ends allowed', () => {
    expect(progressOutOfRange(draft({ progress: '-1' }))).toBe(true);
    expect(progressOutOfRange(draft({ progress: '100.5' }))).toBe(true);
    expect(progressOutOfRange(draft({ progress: '0' }))).toBe(false);
    expect(progressOutOfRange(draft({ progress: '100' }))).toBe(false);
  });

  it('leaves empty and non-numeric input to the schema', () => {
    expect(progressOutOfRange(draft({ progress: '' }))).toBe(false);
    expect(progressOutOfRange(draft({ progress: 'lots' }))).toBe(false);
  });
});

describe('initiativePayload', () => {
  it('creates manual work with its progress as a fraction, accepted by the contract', () => {
    const payload = initiativePayload(draft(), { keyResultId: 'kr-1' });
    expect(payload).toEqual({ keyResultId: 'kr-1', title: 'Run a pilot', weight: 1, link: { kind: 'manual', progress: 0.25 } });
    expect(saveInitiativePayload.safeParse(payload).success).toBe(true);
  });

  it('updates manual work with its id, the version read and its owner', () => {
    const payload = initiativePayload(initiativeDraft(manual), { keyResultId: 'kr-1', initiative: manual, version: 3 });
    expect(payload).toEqual({ id: 'i-1', version: 3, keyResultId: 'kr-1', title: 'Hire two designers', weight: 2, link: { kind: 'manual', progress: 0.425 }, ownerAccountId: 'acc-1' });
    expect(saveInitiativePayload.safeParse(payload).success).toBe(true);
  });

  it('re-weights an epic without sending a link, even one the user cannot see', () => {
    const payload = initiativePayload(draft({ weight: '4', title: 'ignored', progress: '90' }), { keyResultId: 'kr-1', initiative: restrictedEpic, version: 3 });
    expect(payload).toEqual({ id: 'i-2', version: 3, keyResultId: 'kr-1', title: '', weight: 4 });
    expect(payload).not.toHaveProperty('link');
    expect(saveInitiativePayload.safeParse(payload).success).toBe(true);
  });

  it('sends an empty weight or progress as absent, a typo as NaN, and an out-of-range one the contract refuses', () => {
    expect(initiativePayload(draft({ weight: '' }), { keyResultId: 'kr-1' }).weight).toBeUndefined();
    expect(initiativePayload(draft({ weight: 'x' }), { keyResultId: 'kr-1' }).weight).toBeNaN();
    expect(initiativePayload(draft({ progress: '' }), { keyResultId: 'kr-1' }).link).toEqual({ kind: 'manual', progress: undefined });
    expect(saveInitiativePayload.safeParse(initiativePayload(draft({ progress: '150' }), { keyResultId: 'kr-1' })).success).toBe(false);
    expect(saveInitiativePayload.safeParse(initiativePayload(draft({ title: '  ' }), { keyResultId: 'kr-1' })).success).toBe(false);
  });

  it('names a contract path for each input', () => {
    const payload = initiativePayload(draft(), { keyResultId: 'kr-1' });
    for (const path of INITIATIVE_FIELDS) {
      const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], payload);
      expect(value).toBeDefined();
    }
  });
});
