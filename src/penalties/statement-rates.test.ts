import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfYearOf } from '../dates/internal.js';
import { createRateTable, memoOnTable } from '../rates/internal.js';
import type { RateSetup } from './penalty-rate.js';
import {
  resolveRunRate,
  runRates,
  type StatutoryRateInputs,
  statutoryRateInputs,
  statutoryRateKey,
} from './statement-rates.js';
import type { PenaltyWarning } from './warning.js';

const setup = (overrides: Partial<RateSetup> = {}): RateSetup => ({
  regime: 'b2b-l441-10',
  clause: { type: 'statutory' },
  table: createRateTable({}),
  category: 'other',
  onBelowFloor: 'warn',
  ...overrides,
});
const h = (date: string) => halfYearOf(date);

const inputs = fc.record({
  regime: fc.constantFrom('b2b-l441-10', 'public-procurement', 'legal-interest' as const),
  category: fc.constantFrom('other', 'consumer-creditor' as const),
  onBelowFloor: fc.constantFrom('warn', 'apply-floor' as const),
  reference: fc.constantFrom('2024-01-01', '2024-07-01', '2025-01-01').map(h),
  half: fc.constantFrom('2024-01-01', '2024-07-01', '2025-01-01').map(h),
  uplift: fc.boolean(),
  marginPoints: fc.constantFrom(8, 10, 12),
  floorMultiple: fc.constantFrom(3, 4, 2.5),
  upliftPoints: fc.constantFrom(0, 5, 6),
}) as fc.Arbitrary<StatutoryRateInputs>;

describe('statutory rate memo key', () => {
  it('differs whenever any input differs (property): no input can be served another’s rate', () => {
    fc.assert(
      fc.property(inputs, inputs, (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(JSON.stringify(statutoryRateKey(a)) === JSON.stringify(statutoryRateKey(b))).toBe(
          same,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads the law data on the right dates', () => {
    const i = statutoryRateInputs(setup(), h('2025-01-01'), h('2025-07-01'), true);
    expect(i).toMatchObject({ marginPoints: 10, floorMultiple: 3, upliftPoints: 5 });
    const pub = statutoryRateInputs(
      setup({ regime: 'public-procurement' }),
      h('2025-01-01'),
      h('2025-07-01'),
      false,
    );
    expect([pub.marginPoints, pub.upliftPoints]).toEqual([8, 0]);
  });

  it('a rule reading another input gets its own entry, not a stale one', () => {
    // Two rules for the same table and half-year that differ only in the floor multiple (as a
    // change of law would): each is computed once and served its own value.
    const table = createRateTable({});
    const at = (floorMultiple: number) => {
      const i = {
        ...statutoryRateInputs(setup({ table }), h('2024-01-01'), h('2024-01-01'), false),
        floorMultiple,
      };
      return memoOnTable(table, statutoryRateKey(i), () => `floor × ${floorMultiple}`);
    };
    expect(at(3)).toBe('floor × 3');
    expect(at(4)).toBe('floor × 4');
    expect(at(3)).toBe('floor × 3');
    let computed = 0;
    memoOnTable(table, ['k'], () => ++computed);
    memoOnTable(table, ['k'], () => ++computed);
    expect(computed).toBe(1);
    // Parts are compared one by one, never joined: ['a|b'] and ['a', 'b'] are two keys.
    expect(memoOnTable(table, ['a|b', 'c'], () => 1)).toBe(1);
    expect(memoOnTable(table, ['a', 'b|c'], () => 2)).toBe(2);
  });
});

describe('runRates', () => {
  it('resolves each half-year once per call and pushes its floor finding once, as a copy', () => {
    const s = setup();
    const warnings: PenaltyWarning[] = [];
    const rateOf = runRates(s, false, h('2024-01-01'), warnings);
    const first = rateOf(h('2024-01-01'), false);
    expect(rateOf(h('2024-01-01'), false)).toBe(first);
    expect(first.rate.ratePercent).toBe('14.50');
    expect([first.units.units, first.units.scale]).toEqual([145, 1]); // 14.5 %
    expect(warnings.map((w) => w.code)).toEqual(['STATUTORY_RATE_BELOW_FLOOR']);
    expect(warnings[0]).not.toBe(first.warning);
    // The memo on the table serves the next call the same entry.
    expect(runRates(s, false, h('2024-01-01'), [])(h('2024-01-01'), false)).toBe(first);
  });

  it('keeps the start half-year’s rate when fixed at start, and clauses off the memo', () => {
    const pub = runRates(setup({ regime: 'public-procurement' }), true, h('2025-01-01'), []);
    expect(pub(h('2025-07-01'), false).rate.ratePercent).toBe('11.15');
    const fixed = setup({ clause: { type: 'fixed', ratePercent: '12.125' } });
    const r = runRates(fixed, false, h('2025-01-01'), [])(h('2025-01-01'), false);
    expect([r.rate.ratePercent, r.units.units, r.units.scale]).toEqual(['12.125', 12125, 3]);
    expect(resolveRunRate(fixed, h('2025-01-01'), h('2025-01-01'), false)).not.toBe(r);
  });
});
