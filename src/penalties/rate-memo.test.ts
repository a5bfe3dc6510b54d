import { describe, expect, it } from 'vitest';
import { createRateTable, defaultRateTable, type RateTable } from '../rates/internal.js';
import { computeLatePenalties } from './index.js';

// Statutory rates are memoised on the rate table (once per table and half-year): a fresh table per
// test makes the first call fill the memo and the second read it.

const b2b2024 = {
  debtor: 'professional',
  amount: '1000.00',
  dueDate: '2024-03-01',
  asOf: '2024-09-30',
} as const;

describe('rate memo on the table', () => {
  it('gives the same statement from a fresh memo and from a filled one', () => {
    const rates = createRateTable({});
    const first = computeLatePenalties(b2b2024, { rates });
    const second = computeLatePenalties(b2b2024, { rates });
    expect(second).toEqual(first);
    expect(first.warnings.map((w) => w.code)).toEqual([
      'STATUTORY_RATE_BELOW_FLOOR',
      'STATUTORY_RATE_BELOW_FLOOR',
    ]);
  });

  it('returns findings that are the caller’s own copies', () => {
    const rates = createRateTable({});
    const first = computeLatePenalties(b2b2024, { rates });
    (first.warnings[0] as { message: string }).message = 'changed by the caller';
    const second = computeLatePenalties(b2b2024, { rates });
    expect(second.warnings[0]!.message).not.toBe('changed by the caller');
    expect(second.warnings[0]).not.toBe(first.warnings[0]);
  });

  it('keeps regimes, legal-rate categories and public start half-years apart', () => {
    const rates = createRateTable({});
    const run = (debtor: 'professional' | 'public' | 'consumer', extra = {}, options = {}) =>
      computeLatePenalties(
        {
          debtor,
          amount: '1000.00',
          dueDate: '2025-03-01',
          asOf: '2025-08-31',
          formalNoticeDate: '2025-03-01',
          ...extra,
        } as Parameters<typeof computeLatePenalties>[0],
        { rates, ...options },
      ).segments.map((s) => `${s.halfYear} ${s.ratePercent} ${s.rule}`);
    // Same table and half-years, four different memo entries.
    expect(run('professional')).toEqual([
      '2025-H1 13.15 statutory-ecb-plus-10',
      '2025-H2 12.15 statutory-ecb-plus-10',
    ]);
    // One rate for the whole delay, labelled with its half-year: one line (issue 13 item 3).
    expect(run('public')).toEqual(['2025-H1 11.15 public-ecb-plus-8']);
    expect(run('public', { dueDate: '2025-07-01' })).toEqual(['2025-H2 10.15 public-ecb-plus-8']);
    expect(run('consumer')).toEqual(['2025-H1 3.71 legal-rate', '2025-H2 2.76 legal-rate']);
    expect(run('consumer', {}, { legalRateCategory: 'consumer-creditor' })).toEqual([
      '2025-H1 7.21 legal-rate',
      '2025-H2 6.65 legal-rate',
    ]);
    // And back: the first entries were not overwritten.
    expect(run('professional')[1]).toBe('2025-H2 12.15 statutory-ecb-plus-10');
    expect(run('consumer')[0]).toBe('2025-H1 3.71 legal-rate');
  });

  it('does not memoise contractual clauses (their rates come from the caller)', () => {
    const rates = createRateTable({});
    const at = (ratePercent: string) =>
      computeLatePenalties({ ...b2b2024, clause: { type: 'fixed', ratePercent } }, { rates })
        .segments[0]!.ratePercent;
    expect(at('12')).toBe('12.00');
    expect(at('15')).toBe('15.00');
  });

  it('lives on frozen tables, so that it can never go stale', () => {
    const rates = createRateTable({
      legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.5' }] },
    });
    for (const t of [defaultRateTable, rates]) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t.ecb)).toBe(true);
      expect(Object.isFrozen(t.legalOther.rows)).toBe(true);
      expect(Object.isFrozen(t.legalOther.rows[0])).toBe(true);
    }
    expect(() => {
      (rates.legalOther.rows[0] as { ratePercent: string }).ratePercent = '9.99';
    }).toThrow(TypeError);
  });

  it('works without a memo on a table built by another copy of the library', () => {
    // Another copy brands with the shared symbol; its private memo symbol is not ours.
    const foreign = Object.defineProperty(
      {
        ecb: defaultRateTable.ecb,
        legalConsumerCreditor: defaultRateTable.legalConsumerCreditor,
        legalOther: defaultRateTable.legalOther,
      },
      Symbol.for('impayes-core.rate-table'),
      { value: true },
    ) as RateTable;
    expect(computeLatePenalties(b2b2024, { rates: foreign })).toEqual(
      computeLatePenalties(b2b2024, { rates: createRateTable({}) }),
    );
  });
});
