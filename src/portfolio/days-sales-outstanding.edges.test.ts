import { describe, expect, it } from 'vitest';
import { daysSalesOutstanding } from './index.js';

const DSO_ARTICLE = 'C. com. L441-10 I (payment terms); DSO is a management ratio, not a legal one';

function caught(run: () => unknown): {
  code: string;
  details?: { what?: string };
  issues?: { path: unknown; message: string }[];
} {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('did not throw');
}

// asOf 2026-03-15: receivables 600 + 280 + 100 = 980; sales 600 (March), 280 (Feb), 1000 (Jan).
const asOf = '2026-03-15';
const ledger = [
  { id: 'M1', debtorId: 'A', issueDate: '2026-03-10', dueDate: '2026-04-09', amount: '600.00' },
  { id: 'M2', debtorId: 'A', issueDate: '2026-02-10', dueDate: '2026-03-12', amount: '280.00' },
  {
    id: 'M3',
    debtorId: 'B',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
    amount: '1000.00',
    payments: [{ date: '2026-02-01', amount: '900.00' }],
  },
  { id: 'M4', debtorId: 'B', issueDate: '2026-03-16', dueDate: '2026-04-15', amount: '5000.00' },
];

describe('daysSalesOutstanding (edge cases)', () => {
  it('simple: counts sales issued on the first day of the period, not the day before', () => {
    const items = [
      {
        id: 'I1',
        debtorId: 'A',
        issueDate: '2026-03-01',
        dueDate: '2026-03-31',
        amount: '1000.00',
      },
      {
        id: 'I2',
        debtorId: 'A',
        issueDate: '2026-02-28',
        dueDate: '2026-03-30',
        amount: '500.00',
        payments: [{ date: '2026-03-05', amount: '200.00' }],
      },
    ];
    // receivables 1000 + 300 = 1300; sales of 2026-03-01…2026-03-31 = 1000; 1.3 × 31 = 40.3.
    expect(
      daysSalesOutstanding(items, { asOf: '2026-03-31', periodDays: 31, locale: 'en' }),
    ).toEqual({
      asOf: '2026-03-31',
      method: 'simple',
      days: 40.3,
      receivables: '1300.00',
      sales: '1000.00',
      periodDays: 31,
      periodStart: '2026-03-01',
      months: [],
      complete: true,
      rule: 'DSO = receivables / sales of the period × periodDays',
      ruleMessage: {
        code: 'RULE_DSO',
        params: { method: 'simple' },
        message: 'DSO = receivables / sales of the period × periodDays',
      },
      warnings: [],
    });
  });

  it('simple: rounds the DSO half up to two decimals', () => {
    // 1.00 / 8.00 × 1 = 0.125 → 0.13.
    const items = [
      { id: 'I', debtorId: 'A', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '1.00' },
    ];
    expect(
      daysSalesOutstanding(items, { asOf: '2026-03-31', periodDays: 1, sales: '8.00' }).days,
    ).toBe(0.13);
  });

  it('simple: returns 0 days, complete, when there are neither receivables nor sales', () => {
    const paid = [
      {
        id: 'I',
        debtorId: 'A',
        issueDate: '2025-01-01',
        dueDate: '2025-01-31',
        amount: '10.00',
        payments: [{ date: '2025-01-10', amount: '10.00' }],
      },
    ];
    const r = daysSalesOutstanding(paid, { asOf: '2026-03-31', periodDays: 30 });
    expect(r).toMatchObject({ days: 0, complete: true, sales: '0.00', warnings: [] });
  });

  it('simple: explains NO_SALES with the period bounds', () => {
    const r = daysSalesOutstanding(ledger, { asOf, periodDays: 10, sales: 0 });
    expect(r.days).toBeNull();
    expect(r.warnings).toEqual([
      {
        code: 'NO_SALES',
        params: { periodDays: 10, periodStart: '2026-03-06', asOf: '2026-03-15' },
        message:
          'Aucune vente sur les 10 jours du 6 mars 2026 au 15 mars 2026 : le DSO ne peut pas être calculé.',
        severity: 'warning',
        article: DSO_ARTICLE,
      },
    ]);
  });

  it('count-back: walks March (1st to asOf), February, then a fraction of January', () => {
    // 15 + 28 + 31 × 100 / 1000 = 46.1.
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back' });
    expect(r.rule).toBe(
      "méthode par épuisement : en remontant mois par mois depuis la date d'arrêté, ajouter les mois entiers dont le chiffre d'affaires ne couvre pas les créances restantes, puis jours du mois × reste / chiffre d'affaires du mois",
    );
    expect(r.ruleMessage).toEqual({
      code: 'RULE_DSO',
      params: { method: 'count-back' },
      message: r.rule,
    });
    expect(
      daysSalesOutstanding(ledger, { asOf, method: 'count-back', locale: 'en' }),
    ).toMatchObject({
      asOf,
      method: 'count-back',
      days: 46.1,
      receivables: '980.00',
      sales: '1880.00',
      periodDays: 365,
      periodStart: null,
      months: [
        { month: '2026-03', days: 15, sales: '600.00', absorbed: '600.00', dsoDays: 15 },
        { month: '2026-02', days: 28, sales: '280.00', absorbed: '280.00', dsoDays: 28 },
        { month: '2026-01', days: 31, sales: '1000.00', absorbed: '100.00', dsoDays: 3.1 },
      ],
      complete: true,
      rule: 'count-back: walk back month by month from asOf, adding whole months while their sales do not cover the receivables left, then days × left / sales',
      warnings: [],
    });
  });

  it('count-back: a month that fits exactly in periodDays is still walked', () => {
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back', periodDays: 74 });
    expect(r).toMatchObject({ days: 46.1, complete: true, periodDays: 74 });
  });

  it('count-back: stops one day short and warns SALES_EXHAUSTED with the days walked', () => {
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back', periodDays: 73 });
    expect(r).toMatchObject({ days: 43, complete: false, sales: '880.00' });
    expect(r.months).toHaveLength(2);
    expect(r.warnings).toEqual([
      {
        code: 'SALES_EXHAUSTED',
        params: { days: 43 },
        message:
          'Les ventes des mois parcourus (43 jours) ne couvrent pas les créances : le DSO est un minimum.',
        severity: 'warning',
        article: DSO_ARTICLE,
      },
    ]);
  });

  it('count-back: a month given with zero sales does not count as the oldest month with sales', () => {
    const r = daysSalesOutstanding(ledger, {
      asOf,
      method: 'count-back',
      monthlySales: { '2026-01': 0, '2026-03': '600.00', '2026-02': 100 },
    });
    // March absorbs 600 (15 d), February 100 (28 d); January is older than the oldest sales month.
    expect(r).toMatchObject({ days: 43, complete: false, sales: '700.00' });
    expect(r.months.map((m) => [m.month, m.absorbed])).toEqual([
      ['2026-03', '600.00'],
      ['2026-02', '100.00'],
    ]);
  });

  it('count-back: finds the oldest month with sales whatever the order the months are given in', () => {
    const r = daysSalesOutstanding(ledger, {
      asOf,
      method: 'count-back',
      monthlySales: { '2026-01': 0, '2026-02': 100, '2026-03': '600.00' },
    });
    // March absorbs 600 (15 d), February 100 (28 d), then January (no sales) is older: 43.
    expect(r).toMatchObject({ days: 43, complete: false, sales: '700.00' });
  });

  it('labels option errors as options', () => {
    const e = caught(() => daysSalesOutstanding([], { asOf: '2026-02-30', periodDays: 1 }));
    expect((e as { message?: string }).message?.startsWith('Invalid options.')).toBe(true);
  });

  it('count-back: uses only monthlySales when given, not the ledger sales', () => {
    const r = daysSalesOutstanding(ledger, {
      asOf,
      method: 'count-back',
      monthlySales: { '2026-03': '3000.00' },
    });
    // 15 × 980 / 3000 = 4.9.
    expect(r).toMatchObject({ days: 4.9, complete: true, sales: '3000.00' });
  });

  it('count-back: rounds a month part half up to two decimals', () => {
    const r = daysSalesOutstanding(ledger, {
      asOf,
      method: 'count-back',
      monthlySales: { '2026-03': '2400.00' },
    });
    // 15 × 980 / 2400 = 6.125 → 6.13.
    expect(r.months[0]?.dsoDays).toBe(6.13);
    expect(r.days).toBe(6.13);
  });

  it('count-back: walks no month when no month has sales (DSO 0, incomplete)', () => {
    const r = daysSalesOutstanding(ledger, { asOf, method: 'count-back', monthlySales: {} });
    expect(r).toMatchObject({ days: 0, months: [], complete: false, sales: '0.00' });
    expect(r.warnings[0]?.message).toBe(
      'Les ventes des mois parcourus (0 jour) ne couvrent pas les créances : le DSO est un minimum.',
    );
  });

  it.each(['x2026-03', '2026-031', '2026-00', '2026-1a'])(
    'refuses the monthlySales key %s',
    (month) => {
      const e = caught(() =>
        daysSalesOutstanding([], { asOf, method: 'count-back', monthlySales: { [month]: 1 } }),
      );
      expect(e.issues?.[0]?.path).toEqual(['options', 'monthlySales', month]);
    },
  );

  it('accepts monthlySales keys for every month 01 to 12', () => {
    const monthlySales = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, '0.00']),
    );
    expect(daysSalesOutstanding([], { asOf, method: 'count-back', monthlySales }).days).toBe(0);
  });

  it('names receivables or sales when a total leaves exact cents', () => {
    const huge = {
      debtorId: 'A',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amount: '90071992547409.91',
    };
    const unpaid = [
      { ...huge, id: 'F' },
      { ...huge, id: 'G' },
    ];
    expect(caught(() => daysSalesOutstanding(unpaid, { asOf, periodDays: 30 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      details: { what: 'receivables' },
    });
    const paid = unpaid.map((i) => ({
      ...i,
      payments: [{ date: '2026-03-02', amount: huge.amount }],
    }));
    expect(caught(() => daysSalesOutstanding(paid, { asOf, periodDays: 30 })).details?.what).toBe(
      'sales',
    );
    const withDebt = [
      ...paid,
      { id: 'H', debtorId: 'A', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '1.00' },
    ];
    expect(
      caught(() => daysSalesOutstanding(withDebt, { asOf, method: 'count-back' })).details?.what,
    ).toBe('sales');
  });

  it('accepts periodDays up to 3660 and refuses 3661', () => {
    expect(daysSalesOutstanding([], { asOf, periodDays: 3660 }).periodDays).toBe(3660);
    expect(
      caught(() => daysSalesOutstanding([], { asOf, periodDays: 3661 })).issues?.[0]?.path,
    ).toEqual(['options', 'periodDays']);
  });

  it('explains each inconsistent option combination', () => {
    const messages = (options: object) =>
      caught(() => daysSalesOutstanding([], options as never)).issues?.map((i) => [
        i.path,
        i.message,
      ]);
    expect(messages({ asOf })).toEqual([
      [['options', 'periodDays'], 'is required with the simple method'],
    ]);
    expect(messages({ asOf, method: 'count-back', sales: 1 })).toEqual([
      [
        ['options', 'sales'],
        'applies to the simple method only; give monthlySales with count-back',
      ],
    ]);
    expect(messages({ asOf, method: 'simple', periodDays: 30, monthlySales: {} })).toEqual([
      [
        ['options', 'monthlySales'],
        'applies to the count-back method only; give sales with the simple method',
      ],
    ]);
    expect(
      messages({ asOf, method: 'count-back', monthlySales: { '2026-3': 1 } })?.[0]?.[0],
    ).toEqual(['options', 'monthlySales', '2026-3']);
    expect(messages({ asOf, method: 'average' })?.[0]?.[0]).toEqual(['options', 'method']);
  });
});
