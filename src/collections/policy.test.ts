import { describe, expect, it } from 'vitest';
import { createDunningPolicy, defaultDunningPolicy } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import {
  backlogPolicy,
  createCollectionsPolicy,
  defaultCollectionsPolicy,
  plainPolicy,
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

  it('issue 13 item 4: keeps its two ladders in a WeakMap, built once with the policy', () => {
    const p = createCollectionsPolicy({ minDaysBetweenMessages: 3 });
    expect(Object.getOwnPropertySymbols(p).map(String)).toEqual([
      'Symbol(impayes-core.collections-policy)',
    ]);
    expect(backlogPolicy(p)).toBe(backlogPolicy(p));
    expect(plainPolicy(p)).toBe(plainPolicy(p));
    expect(plainPolicy(p).steps.map((s) => s.id)).toEqual(
      defaultDunningPolicy.steps.map((s) => s.id),
    );
    expect(plainPolicy(p).backlogAfterDays).toBeNull();
  });

  it('issue 17: the default policy builds its ladders on first use, the same as at creation', () => {
    const eager = createCollectionsPolicy({});
    expect(backlogPolicy(defaultCollectionsPolicy)).toEqual(backlogPolicy(eager));
    expect(plainPolicy(defaultCollectionsPolicy)).toEqual(plainPolicy(eager));
    expect(backlogPolicy(defaultCollectionsPolicy)).toBe(backlogPolicy(defaultCollectionsPolicy));
    expect(plainPolicy(defaultCollectionsPolicy)).not.toBe(plainPolicy(eager));
  });

  it('builds the ladders of a policy branded by another copy of the library', () => {
    const foreign = Object.defineProperty(
      { ...defaultCollectionsPolicy, dunning: createDunningPolicy({ minGapDays: 5 }) },
      Symbol.for('impayes-core.collections-policy'),
      { value: true },
    );
    const p = resolvePolicy(foreign);
    expect(p).toBe(foreign);
    expect(backlogPolicy(p).minGapDays).toBe(5);
    expect(backlogPolicy(p).steps.map((s) => s.kind)).not.toContain('reminder');
    expect(plainPolicy(p)).toBe(plainPolicy(p));
  });
});
