import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeClaimStatement, computeLatePenalties } from './index.js';

// Capitalisation of interest (anatocisme, C. civ. 1343-2). Expected figures recomputed by hand:
// each segment = base × rate × days / 36 500, rounded half-up to the cent; B2B rates are the ECB
// rate of the half-year + 10 points (2023-H2 14.00, 2024-H1 14.50, 2024-H2 14.25, 2025-H1 13.15).

const debt = {
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2023-06-30',
  asOf: '2025-06-30',
} as const;

const lines = (r: ReturnType<typeof computeLatePenalties>) =>
  r.segments.map((s) => `${s.from} ${s.to} ${s.base} ${s.ratePercent} ${s.amount}`);

describe('computeLatePenalties with capitalisation (C. civ. 1343-2)', () => {
  it('capitalises the unpaid interest once it is due for a whole year, then every year', () => {
    const plain = computeLatePenalties(debt);
    expect(plain.interest).toBe('2799.22');
    const r = computeLatePenalties({
      ...debt,
      capitalisation: { from: '2024-06-30', source: 'judgment' },
    });
    expect(lines(r)).toEqual([
      '2023-07-01 2023-12-31 10000.00 14.00 705.75',
      '2024-01-01 2024-06-30 10000.00 14.50 723.01',
      // From the day after the capitalisation, the base includes the 1 428.76 € capitalised.
      '2024-07-01 2024-12-31 11428.76 14.25 820.99',
      '2025-01-01 2025-06-30 11428.76 13.15 745.26',
    ]);
    expect(r.capitalisations).toEqual([
      { date: '2024-06-30', amount: '1428.76', source: 'judgment', article: 'C. civ. 1343-2' },
      { date: '2025-06-30', amount: '1566.25', source: 'judgment', article: 'C. civ. 1343-2' },
    ]);
    expect(r).toMatchObject({
      interest: '2995.01',
      interestOutstanding: '2995.01',
      principalOutstanding: '10000.00',
      total: '3035.01',
      input: { capitalisation: { from: '2024-06-30', source: 'judgment' } },
    });
  });

  it('waits for the first anniversary of `from` at which interest is a whole year old', () => {
    // Asked on 2024-03-01, when interest had run 8 months: first capitalisation on 2025-03-01.
    const r = computeLatePenalties({
      ...debt,
      capitalisation: { from: '2024-03-01', source: 'judgment' },
    });
    expect(r.capitalisations).toEqual([
      { date: '2025-03-01', amount: '2363.28', source: 'judgment', article: 'C. civ. 1343-2' },
    ]);
    expect(lines(r).slice(-2)).toEqual([
      '2025-01-01 2025-03-01 10000.00 13.15 216.16',
      '2025-03-02 2025-06-30 12363.28 13.15 538.95',
    ]);
    expect(r.interest).toBe('2902.23');
  });

  it('keeps capitalised interest bearing interest after the principal is paid', () => {
    const r = computeLatePenalties({
      ...debt,
      payments: [{ date: '2024-03-01', amount: '10000.00' }],
      capitalisation: { from: '2024-06-30', source: 'contract' },
    });
    expect(lines(r)).toEqual([
      '2023-07-01 2023-12-31 10000.00 14.00 705.75',
      '2024-01-01 2024-03-01 10000.00 14.50 242.33',
      // Nothing bears interest until the 948.08 € of unpaid interest is capitalised.
      '2024-07-01 2024-12-31 948.08 14.25 68.11',
      '2025-01-01 2025-06-30 948.08 13.15 61.82',
    ]);
    expect(r.capitalisations.map((c) => [c.date, c.amount])).toEqual([
      ['2024-06-30', '948.08'],
      ['2025-06-30', '129.93'],
    ]);
    expect(r).toMatchObject({ interest: '1078.01', paidOn: '2024-03-01' });
  });

  it('takes payments made while nothing bears interest before capitalising', () => {
    const r = computeLatePenalties({
      ...debt,
      payments: [
        { date: '2024-03-01', amount: '10000.00' },
        { date: '2024-05-02', amount: '100.00', reference: 'on interest' },
        { date: '2025-06-30', amount: new Decimal('50') },
      ],
      capitalisation: { from: '2024-06-30', source: 'contract' },
    });
    expect(r.allocations.map((a) => [a.date, a.toPrincipal, a.toInterest])).toEqual([
      ['2024-03-01', '10000.00', '0.00'],
      ['2024-05-02', '0.00', '100.00'],
      ['2025-06-30', '0.00', '50.00'],
    ]);
    // 948.08 accrued − 100.00 paid = 848.08 capitalised on 2024-06-30.
    expect(r.capitalisations[0]).toMatchObject({ date: '2024-06-30', amount: '848.08' });
    expect(lines(r).slice(-2)).toEqual([
      '2024-07-01 2024-12-31 848.08 14.25 60.92',
      '2025-01-01 2025-06-30 848.08 13.15 55.30',
    ]);
  });

  it('capitalises nothing on a day all interest is paid, and does not split the line there', () => {
    const r = computeLatePenalties(
      {
        ...debt,
        asOf: '2024-12-31',
        // 705.75 + 723.01 + 359.18 (2024-07-01 to 2024-09-30): all the interest on that day.
        payments: [{ date: '2024-09-30', amount: '1787.94' }],
        capitalisation: { from: '2024-09-30', source: 'contract' },
      },
      { allocation: 'interest-first' },
    );
    expect(r.capitalisations).toEqual([]);
    expect(lines(r)).toEqual([
      '2023-07-01 2023-12-31 10000.00 14.00 705.75',
      '2024-01-01 2024-06-30 10000.00 14.50 723.01',
      '2024-07-01 2024-12-31 10000.00 14.25 718.36',
    ]);
  });

  it('capitalises on the statement day what is unpaid after payments made while nothing bore interest', () => {
    const r = computeLatePenalties({
      ...debt,
      asOf: '2024-06-30',
      payments: [
        { date: '2024-03-01', amount: '10000.00' },
        { date: '2024-05-02', amount: '100.00' },
        { date: '2024-05-20', amount: '50.00' },
      ],
      capitalisation: { from: '2024-06-30', source: 'judgment' },
    });
    expect(r.allocations.map((a) => a.toInterest)).toEqual(['0.00', '100.00', '50.00']);
    // 948.08 accrued to 2024-03-01, 150.00 paid since.
    expect(r.capitalisations.map((c) => [c.date, c.amount])).toEqual([['2024-06-30', '798.08']]);
  });

  it('applies interest payments to the capitalised interest first, which then stops bearing it', () => {
    const r = computeLatePenalties(
      {
        ...debt,
        payments: [{ date: '2024-09-30', amount: '1000.00' }],
        capitalisation: { from: '2024-06-30', source: 'judgment' },
      },
      { allocation: 'interest-first' },
    );
    // 1 000 € pays 1 000 € of the 1 428.76 € capitalised: 428.76 € still bears interest.
    expect(r.segments.map((s) => s.base)).toEqual([
      '10000.00',
      '10000.00',
      '11428.76',
      '10428.76',
      '10428.76',
    ]);
  });

  it('capitalises nothing when everything was paid before the first capitalisation day', () => {
    const upTo = computeLatePenalties({ ...debt, asOf: '2024-01-31' });
    const owed = new Decimal(upTo.principalOutstanding).plus(upTo.interestOutstanding).toFixed(2);
    const paid = { ...debt, payments: [{ date: '2024-01-31', amount: owed }] };
    const withCap = computeLatePenalties({
      ...paid,
      capitalisation: { from: '2024-06-30', source: 'judgment' },
    });
    expect(withCap.capitalisations).toEqual([]);
    expect(withCap.interestOutstanding).toBe('0.00');
    expect(withCap.interest).toBe(computeLatePenalties(paid).interest);
  });

  it('is shared by every debt of a claim statement', () => {
    const s = computeClaimStatement(
      [{ reference: 'F-1', amount: '10000.00', dueDate: '2023-06-30' }],
      {
        asOf: '2025-06-30',
        debtor: 'professional',
        capitalisation: { from: '2024-06-30', source: 'judgment' },
      },
    );
    expect(s.lines[0]!.statement.interest).toBe('2995.01');
  });

  it('rejects a malformed capitalisation with its path', () => {
    expect(() =>
      computeLatePenalties({
        ...debt,
        capitalisation: { from: '2024-02-30', source: 'court' } as never,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({ path: ['capitalisation', 'from'] }),
          expect.objectContaining({ path: ['capitalisation', 'source'] }),
        ],
      }),
    );
  });

  it('never lowers the interest, and changes nothing before its first day (property)', () => {
    const day = fc.integer({ min: 0, max: 1500 });
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (asOfOffset, fromOffset, cents, paidPercent, interestFirst) => {
          const date = (d: number) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10);
          const paidCents = Math.floor((cents * paidPercent) / 100);
          const input = {
            debtor: 'professional' as const,
            amount: new Decimal(cents).div(100).toFixed(2),
            dueDate: '2022-01-31',
            asOf: date(200 + asOfOffset),
            payments:
              paidCents > 0
                ? [
                    {
                      date: date(100 + Math.floor(asOfOffset / 2)),
                      amount: new Decimal(paidCents).div(100).toFixed(2),
                    },
                  ]
                : [],
          };
          const options = {
            allocation: interestFirst ? 'interest-first' : 'principal-first',
          } as const;
          const plain = computeLatePenalties(input, options);
          const capped = computeLatePenalties(
            { ...input, capitalisation: { from: date(fromOffset), source: 'contract' } },
            options,
          );
          // Each capitalisation splits a segment: its rounding may cost at most a cent.
          const slack = new Decimal(capped.capitalisations.length).div(100);
          expect(new Decimal(capped.interest).plus(slack).gte(plain.interest)).toBe(true);
          if (capped.capitalisations.every((c) => c.date >= input.asOf))
            expect(capped.interest).toBe(plain.interest);
          // Interest is interest: what is paid plus what is owed.
          expect(new Decimal(capped.interestPaid).plus(capped.interestOutstanding).toFixed(2)).toBe(
            capped.interest,
          );
          expect(
            new Decimal(capped.principalPaid).plus(capped.principalOutstanding).toFixed(2),
          ).toBe(input.amount);
        },
      ),
    );
  });
});
