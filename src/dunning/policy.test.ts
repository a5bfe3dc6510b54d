import { describe, expect, it } from 'vitest';
import {
  copyStep,
  createDunningPolicy,
  type DunningStep,
  defaultDunningPolicy,
  minimumAmountOf,
  settingsFor,
} from './policy.js';

describe('defaultDunningPolicy', () => {
  it('follows the graduated ladder of the seed articles (docs/law.md §6)', () => {
    expect(defaultDunningPolicy.steps.map((s) => [s.kind, s.offsetDays])).toEqual([
      ['pre_due_notice', -3],
      ['reminder', 1],
      ['phone_call', 5],
      ['written_reminder', 10],
      ['registered_letter', 20],
      ['formal_notice', 30],
    ]);
    expect(defaultDunningPolicy.steps.at(-1)).toMatchObject({ deadlineDays: 15 });
    expect(defaultDunningPolicy).toMatchObject({ minGapDays: 3, workingDaysOnly: true });
  });

  it('has no phone call for public buyers and earlier limitation warnings for consumers', () => {
    expect(settingsFor(undefined, 'public').steps.map((s) => s.kind)).not.toContain('phone_call');
    expect(settingsFor(undefined, 'consumer')).toMatchObject({
      limitationWarningDays: 120,
      escalateBeforeLimitationDays: 75,
    });
    expect(settingsFor(undefined, 'professional').steps).toHaveLength(6);
  });
});

describe('createDunningPolicy', () => {
  it('merges caller fields over the defaults and keeps the default variants', () => {
    const p = createDunningPolicy({
      minGapDays: 5,
      minimumAmount: 50,
      recoveryCostEstimate: '99.5',
    });
    expect(p).toMatchObject({
      minGapDays: 5,
      minimumAmount: '50.00',
      recoveryCostEstimate: '99.50',
    });
    expect(settingsFor(p, 'public').steps).toHaveLength(5);
    expect(settingsFor(p, 'public').minGapDays).toBe(5);
  });

  it('replaces the variants when the caller gives some', () => {
    const p = createDunningPolicy({
      region: 'alsace-moselle',
      catchUp: 'latest',
      workingDaysOnly: false,
      creditorAbroad: true,
      creditorIsTrader: false,
      limitationWarningDays: 30,
      escalateBeforeLimitationDays: 10,
      variants: { professional: { minGapDays: 7 } },
    });
    expect(settingsFor(p, 'professional')).toMatchObject({
      minGapDays: 7,
      region: 'alsace-moselle',
    });
    expect(settingsFor(p, 'public').steps).toHaveLength(6);
    // A raw policy is validated on the fly.
    expect(settingsFor({ minGapDays: 2 }, 'consumer').minGapDays).toBe(2);
  });

  it('throws INVALID_INPUT with the path of a malformed field', () => {
    expect(() => createDunningPolicy({ minGapDays: 0 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['policy', 'minGapDays'] })],
      }),
    );
    expect(() => createDunningPolicy({ bogus: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('throws INVALID_POLICY for a ladder that contradicts itself', () => {
    const bad = () =>
      createDunningPolicy({
        steps: [
          { id: 'a', kind: 'pre_due_notice', channel: 'email', offsetDays: 2 },
          { id: 'a', kind: 'reminder', channel: 'email', offsetDays: 0, deadlineDays: 3 },
          { id: 'c', kind: 'formal_notice', channel: 'registered_letter', offsetDays: 30 },
          { id: 'd', kind: 'reminder', channel: 'email', offsetDays: 20 },
        ],
        limitationWarningDays: 10,
        escalateBeforeLimitationDays: 20,
      });
    expect(bad).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    try {
      bad();
    } catch (e) {
      const paths = (e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual([
        'policy.steps.0.offsetDays',
        'policy.steps.1.id',
        'policy.steps.1.offsetDays',
        'policy.steps.1.offsetDays',
        'policy.steps.1.deadlineDays',
        'policy.steps.2.kind',
        'policy.steps.3.offsetDays',
        'policy.steps.3.kind',
        'policy.escalateBeforeLimitationDays',
      ]);
    }
    expect(() => createDunningPolicy({ steps: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY', path: ['policy', 'steps'] }),
    );
    expect(() =>
      createDunningPolicy({ variants: { consumer: { escalateBeforeLimitationDays: 500 } } }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_POLICY',
        path: ['policy', 'variants', 'consumer', 'escalateBeforeLimitationDays'],
      }),
    );
  });
});

describe('settingsFor', () => {
  it('merges each debtor kind once, when the policy is built', () => {
    const policy = createDunningPolicy({
      minGapDays: 4,
      variants: { consumer: { minGapDays: 6 } },
    });
    expect(settingsFor(policy, 'consumer').minGapDays).toBe(6);
    expect(settingsFor(policy, 'professional').minGapDays).toBe(4);
    // The same merged object on every call: nothing is rebuilt per decision.
    expect(settingsFor(policy, 'consumer')).toBe(settingsFor(policy, 'consumer'));
    expect(settingsFor(policy, 'consumer')).not.toHaveProperty('variants');
    expect(minimumAmountOf(settingsFor(policy, 'public')).toString()).toBe('10');
    const high = createDunningPolicy({ minimumAmount: '50.5', variants: { public: {} } });
    expect(minimumAmountOf(settingsFor(high, 'public')).toString()).toBe('50.5');
    expect(JSON.parse(JSON.stringify(settingsFor(high, 'public')))).toMatchObject({
      minimumAmount: '50.50',
    });
  });

  it('merges on the fly a policy built by another copy of the library', () => {
    // Another copy brands with the shared symbol but has its own (invisible) resolved settings.
    const foreign = Object.defineProperty(
      {
        ...defaultDunningPolicy,
        minGapDays: 4,
        variants: { consumer: { minGapDays: 6 } },
      },
      Symbol.for('impayes-core.dunning-policy'),
      { value: true },
    );
    expect(settingsFor(foreign, 'consumer').minGapDays).toBe(6);
    expect(settingsFor(foreign, 'public').minGapDays).toBe(4);
    expect(settingsFor(foreign, 'public')).not.toHaveProperty('variants');
    expect(minimumAmountOf(settingsFor(foreign, 'public')).toString()).toBe('10');
  });

  it('issue 13 item 4: keeps its caches in WeakMaps, not in hidden symbol fields', () => {
    const policy = createDunningPolicy({ minimumAmount: '25', variants: { public: {} } });
    // Only the cross-copy brand remains on the object; the settings carry no symbol at all.
    expect(Object.getOwnPropertySymbols(policy).map(String)).toEqual([
      'Symbol(impayes-core.dunning-policy)',
    ]);
    const settings = settingsFor(policy, 'public');
    expect(Object.getOwnPropertySymbols(settings)).toEqual([]);
    expect(Object.isFrozen(settings)).toBe(true);
    // The parsed minimum is cached per settings object; a copy is parsed again, to the same value.
    expect(minimumAmountOf(settings)).toBe(minimumAmountOf(settings));
    const copy = { ...settings };
    expect(minimumAmountOf(copy)).not.toBe(minimumAmountOf(settings));
    expect(minimumAmountOf(copy).toString()).toBe('25');
  });
});

describe('copyStep', () => {
  it('copies a step of any key order or label shape as a fresh object with the same keys', () => {
    // Steps not parsed by this copy of the library (another copy's policy) may have any key order.
    const steps = [
      { kind: 'reminder', id: 'a', channel: 'email', offsetDays: 1 },
      { id: 'b', kind: 'reminder', channel: 'email', offsetDays: 2, label: { en: 'B', fr: 'B' } },
      Object.freeze({ offsetDays: 3, id: 'c', kind: 'phone_call', channel: 'phone' }),
    ] as unknown as DunningStep[];
    for (const step of steps) {
      const copy = copyStep(step);
      expect(copy).toEqual(step);
      expect(Object.keys(copy)).toEqual(Object.keys(step));
      expect(copy).not.toBe(step);
      if (step.label !== undefined) expect(copy.label).not.toBe(step.label);
      expect(copyStep(step)).not.toBe(copy);
    }
  });
});
