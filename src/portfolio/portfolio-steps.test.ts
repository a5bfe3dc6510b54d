import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { addToAcc, agingWarnings, bucketDefinitions, debtorFigures } from './aging-report.js';
import { countBackWalk, givenMonthlySales } from './days-sales-outstanding.js';
import { laterWarnings } from './ledger.js';
import { payerFlags } from './payer-profile.js';

const acc = () => ({
  cents: [0, 0, 0],
  counts: [0, 0, 0],
  credit: 0,
  creditCount: 0,
  disputed: 0,
  disputedCount: 0,
});
const entry = (over: object) =>
  ({ outstandingCents: 0, creditCents: 0, disputed: false, ...over }) as Parameters<
    typeof addToAcc
  >[1];

describe('issue 13 item 4: portfolio steps on their own', () => {
  it('addToAcc: open, disputed (kept or left out), overpaid and settled entries', () => {
    const a = acc();
    expect(addToAcc(a, entry({ outstandingCents: 500 }), 1, false)).toBe(true);
    expect(addToAcc(a, entry({ outstandingCents: 200, disputed: true }), 2, true)).toBe(true);
    expect(addToAcc(a, entry({ creditCents: 30 }), 0, false)).toBe(true);
    expect(addToAcc(a, entry({}), 0, false)).toBe(false);
    expect(a).toEqual({
      cents: [0, 500, 0],
      counts: [0, 1, 0],
      credit: 30,
      creditCount: 1,
      disputed: 200,
      disputedCount: 1,
    });
  });

  it('debtorFigures: debtors sorted by id, the total adds them up', () => {
    const defs = bucketDefinitions([30]);
    const b = { ...acc(), cents: [100, 0, 0], counts: [1, 0, 0] };
    const a = { ...acc(), cents: [0, 0, 250], counts: [0, 0, 1] };
    const { total, debtors } = debtorFigures(
      new Map([
        ['B', b],
        ['A', a],
      ]),
      defs,
    );
    expect(debtors.map((d) => [d.debtorId, d.outstanding])).toEqual([
      ['A', '2.50'],
      ['B', '1.00'],
    ]);
    expect(total.cents).toEqual([100, 0, 250]);
  });

  it('agingWarnings: drafts with code, params and severity, not text', () => {
    const total = { ...acc(), disputed: 2000, disputedCount: 1 };
    const drafts = agingWarnings(
      2,
      null,
      { asOf: '2026-03-31' as PlainDate, excludeDisputed: true },
      total,
      { disputed: '20.00', credit: '0.00' } as Parameters<typeof agingWarnings>[4],
    );
    expect(drafts).toEqual([
      {
        code: 'NOT_YET_ISSUED',
        params: { count: 2, asOf: '2026-03-31' },
        severity: 'info',
        article: 'C. com. L441-14, D441-6',
      },
      {
        code: 'DISPUTED_EXCLUDED',
        params: { count: 1, amount: '20.00' },
        severity: 'info',
        article: 'C. com. D441-6 IV',
      },
    ]);
  });

  it('laterWarnings: the later-events rule as a draft keeping count and first date', () => {
    expect(laterWarnings({ count: 2, firstDate: '2026-04-02' } as never, '2026-03-31')).toEqual([
      {
        code: 'EVENTS_AFTER_AS_OF',
        params: { count: 2, firstDate: '2026-04-02', asOf: '2026-03-31' },
        severity: 'warning',
        article: 'n/a',
        details: { count: 2, firstDate: '2026-04-02' },
      },
    ]);
  });

  it('countBackWalk: whole months while sales do not cover, then a fraction', () => {
    const walk = countBackWalk(
      '2026-03-15' as PlainDate,
      150_000,
      new Map([
        ['2026-03', 100_000],
        ['2026-02', 100_000],
      ]),
      365,
    );
    // March 1–15: 15 days absorb 1000.00; February: 28 × 500 / 1000 = 14 days.
    expect(walk.months.map((m) => [m.month, m.days, m.dsoDays])).toEqual([
      ['2026-03', 15, 15],
      ['2026-02', 28, 14],
    ]);
    expect(walk.left.isZero()).toBe(true);
  });

  it('givenMonthlySales: a key that is not a month is INVALID_INPUT', () => {
    expect(() => givenMonthlySales({ '2026-13': 1 }, { '2026-13': 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('payerFlags: in a fixed order', () => {
    const b = { openDisputes: 1, broken: [{}], overdue: 5, maxOpenDaysPastDue: 91 } as never;
    expect(payerFlags(b, [], true)).toEqual([
      'over_credit_limit',
      'has_disputes',
      'broken_promises',
      'has_overdue',
      'overdue_over_90_days',
    ]);
  });
});
