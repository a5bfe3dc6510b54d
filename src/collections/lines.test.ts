import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDunningPolicy,
  type DunningStep,
  defaultDunningPolicy,
} from '../dunning/internal.js';
import { keyOrder } from '../internal/fast.fixtures.js';
import { copyStep } from './lines.js';
import { defaultCollectionsPolicy, plainPolicy } from './policy.js';

/** What the field-by-field copy replaces: a spread, the label copied too. */
const spread = (s: DunningStep): DunningStep =>
  s.label === undefined ? { ...s } : { ...s, label: { ...s.label } };

function expectSameCopy(s: DunningStep): void {
  const copy = copyStep(s);
  expect(copy).toStrictEqual(spread(s));
  expect(keyOrder(copy)).toStrictEqual(keyOrder(spread(s)));
  expect(copy).not.toBe(s);
  if (s.label !== undefined) expect(copy.label).not.toBe(s.label);
}

describe('copyStep', () => {
  it('copies the steps of the built-in ladders as a spread does (keys, order, values)', () => {
    for (const s of defaultDunningPolicy.steps) expectSameCopy(s);
    for (const s of plainPolicy(defaultCollectionsPolicy).steps) expectSameCopy(s);
  });

  it('copies any validated step as a spread does, optional keys given or not (property)', () => {
    // The optional keys come in any order and sometimes as undefined: validation puts them in
    // the schema's order, which the copy relies on.
    const entries = fc.record(
      {
        deadlineDays: fc.constantFrom(undefined, 8, 15),
        label: fc.constantFrom(undefined, { en: 'Notice', fr: 'Mise en demeure' }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(entries, fc.boolean(), (extra, first) => {
        const base = { id: 'notice', kind: 'formal_notice', channel: 'registered_letter' };
        const step = first
          ? { ...extra, ...base, offsetDays: 20 }
          : { offsetDays: 20, ...base, ...extra };
        const friendly = { id: 'mail', kind: 'reminder', channel: 'email', offsetDays: 1 } as const;
        const policy = createDunningPolicy({ steps: [friendly, step as DunningStep] });
        for (const s of policy.steps) expectSameCopy(s);
      }),
      { numRuns: 100 },
    );
  });
});
