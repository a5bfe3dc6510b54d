import { describe, expect, it } from 'vitest';
import { createDunningPolicy, defaultDunningPolicy } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import {
  backlogPolicy,
  createCollectionsPolicy,
  defaultCollectionsPolicy,
  resolvePolicy,
  settingsOf,
} from './policy.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isImpayesError(e) ? `${e.code} ${e.path.join('.')}` : 'not an ImpayesError';
  }
  return 'no error';
};

describe('createCollectionsPolicy', () => {
  it('fills in the defaults: a week between messages, report the claims, backlog after 60 days', () => {
    expect(createCollectionsPolicy()).toMatchObject({
      dunning: defaultDunningPolicy,
      minDaysBetweenMessages: 7,
      afterLatePayment: 'report',
      backlogAfterDays: 60,
    });
    expect(defaultCollectionsPolicy.minDaysBetweenMessages).toBe(7);
    expect(Object.isFrozen(defaultCollectionsPolicy)).toBe(true);
  });

  it('takes a built or a raw per-invoice policy, and null to never skip courtesy steps', () => {
    const built = createDunningPolicy({ minGapDays: 5 });
    expect(createCollectionsPolicy({ dunning: built }).dunning).toBe(built);
    const raw = createCollectionsPolicy({
      dunning: { minimumAmount: '50.00' },
      backlogAfterDays: null,
    });
    expect(raw.dunning.minimumAmount).toBe('50.00');
    expect(raw.backlogAfterDays).toBeNull();
  });

  it('rejects bad fields with their path', () => {
    expect(code(() => createCollectionsPolicy({ minDaysBetweenMessages: 0 }))).toBe(
      'INVALID_INPUT policy.minDaysBetweenMessages',
    );
    expect(code(() => createCollectionsPolicy({ afterLatePayment: 'sue' as never }))).toBe(
      'INVALID_INPUT policy.afterLatePayment',
    );
    expect(code(() => createCollectionsPolicy({ minDays: 3 } as never))).toBe(
      'INVALID_INPUT policy',
    );
    expect(code(() => createCollectionsPolicy({ dunning: { steps: [] } }))).toMatch(
      /^INVALID_POLICY/,
    );
  });

  it('resolves a built policy without validating it again', () => {
    const p = createCollectionsPolicy({ minDaysBetweenMessages: 3 });
    expect(resolvePolicy(p)).toBe(p);
    expect(resolvePolicy(undefined)).toBe(defaultCollectionsPolicy);
    expect(resolvePolicy({ minDaysBetweenMessages: 3 }).minDaysBetweenMessages).toBe(3);
  });

  it('builds the backlog ladder without the courtesy steps, variants included', () => {
    const ids = (steps: ReadonlyArray<{ id: string }>) => steps.map((s) => s.id);
    const b = backlogPolicy(defaultCollectionsPolicy);
    expect(ids(b.steps)).toEqual([
      'phone-call',
      'written-reminder',
      'registered-letter',
      'formal-notice',
    ]);
    expect(ids(b.variants.public!.steps!)).toEqual([
      'written-reminder',
      'registered-letter',
      'formal-notice',
    ]);
    expect(b.variants.consumer).toMatchObject({ limitationWarningDays: 120 });
    expect(ids(settingsOf(defaultCollectionsPolicy, 'public').steps)).not.toContain('phone-call');
    expect(settingsOf(defaultCollectionsPolicy, 'consumer').minimumAmount).toBe('10.00');
  });
});
