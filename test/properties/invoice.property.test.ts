import fc from 'fast-check';
import {
  allocatePayment,
  type InvoiceLike,
  invoiceTotals,
  isImpayesError,
  outstandingAmount,
  parseInvoice,
} from 'impayes-core';
import { describe, expect, it } from 'vitest';

/** Integer cents of an Amount string ('-12.34' → -1234n). */
const cents = (amount: string): bigint => BigInt(amount.replace('.', ''));
/** Half-up (away from zero) integer division for non-negative numerators. */
const divHalfUp = (n: bigint, d: bigint): bigint => (n * 2n + d) / (2n * d);
/** Scaled integer → plain decimal string ('12345', 3 → '12.345'). */
const scaled = (n: number, decimals: number): string => {
  const s = String(n).padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
};

const base = {
  number: 'P-1',
  issueDate: '2025-03-10',
  buyer: { kind: 'professional', name: 'Client SA' },
} as const;

// quantity in thousandths, unit price in ten-thousandths, rate in hundredths of a percent.
const lineArb = fc.record({
  q: fc.integer({ min: 0, max: 1_000_000 }),
  p: fc.integer({ min: 0, max: 100_000_000 }),
  r: fc.oneof(fc.constantFrom(0, 210, 550, 1000, 2000), fc.integer({ min: 0, max: 10_000 })),
});

describe('invoiceTotals (property)', () => {
  it('equals the sum of its lines, per rate, to the cent (property)', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 12 }), (lines) => {
        const t = invoiceTotals({
          ...base,
          lines: lines.map((l, i) => ({
            description: `l${i}`,
            quantity: scaled(l.q, 3),
            unitPriceExclVat: scaled(l.p, 4),
            vatRatePercent: scaled(l.r, 2),
          })),
        });
        // Oracle in integers: line cents = round(q·p / 10^5); VAT cents = round(Σ·r / 10^4).
        const perRate = new Map<number, bigint>();
        for (const l of lines) {
          const lineCents = divHalfUp(BigInt(l.q) * BigInt(l.p), 100_000n);
          perRate.set(l.r, (perRate.get(l.r) ?? 0n) + lineCents);
        }
        const rates = [...perRate.keys()].sort((a, b) => a - b);
        expect(t.byRate.map((b) => Math.round(Number(b.vatRatePercent) * 100))).toEqual(rates);
        let excl = 0n;
        let vat = 0n;
        rates.forEach((r, i) => {
          const e = perRate.get(r)!;
          const v = divHalfUp(e * BigInt(r), 10_000n);
          const row = t.byRate[i]!;
          expect(cents(row.exclVat)).toBe(e);
          expect(cents(row.vat)).toBe(v);
          expect(cents(row.inclVat)).toBe(e + v);
          excl += e;
          vat += v;
        });
        expect(cents(t.exclVat)).toBe(excl);
        expect(cents(t.vat)).toBe(vat);
        expect(cents(t.inclVat)).toBe(excl + vat);
        expect(t.lines.reduce((s, l) => s + cents(l.exclVat), 0n)).toBe(excl);
      }),
    );
  });
});

const dateArb = fc
  .integer({ min: 0, max: 700 })
  .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));

describe('allocatePayment (property)', () => {
  it('conserves money to the cent and never over-pays a debt (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        dateArb,
        fc.array(
          fc.record({
            due: dateArb,
            owed: fc.integer({ min: 0, max: 5_000_000 }),
            interest: fc.option(fc.boolean(), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        fc.option(fc.nat({ max: 7 }), { nil: undefined }),
        (amount, date, raw, designated) => {
          const debts = raw.map((d, i) => ({
            id: `D${i}`,
            dueDate: d.due,
            outstanding: scaled(d.owed, 2),
            ...(d.interest === undefined ? {} : { interestBearing: d.interest }),
          }));
          const designation =
            designated !== undefined && designated < debts.length ? `D${designated}` : undefined;
          const r = allocatePayment(
            { date, amount: scaled(amount, 2) },
            debts,
            designation === undefined ? undefined : { designation },
          );
          const total = r.allocations.reduce((s, a) => s + cents(a.amount), 0n);
          expect(total + cents(r.credit)).toBe(BigInt(amount));
          const given = new Map<string, bigint>();
          for (const a of r.allocations) {
            expect(cents(a.amount) > 0n).toBe(true);
            given.set(a.id, (given.get(a.id) ?? 0n) + cents(a.amount));
          }
          raw.forEach((d, i) => {
            expect((given.get(`D${i}`) ?? 0n) <= BigInt(d.owed)).toBe(true);
          });
          const owedTotal = raw.reduce((s, d) => s + BigInt(d.owed), 0n);
          expect(cents(r.credit)).toBe(
            BigInt(amount) > owedTotal ? BigInt(amount) - owedTotal : 0n,
          );
        },
      ),
    );
  });
});

describe('outstandingAmount (property)', () => {
  it('is never negative; an overpayment is a credit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.record({ date: dateArb, amount: fc.integer({ min: 1, max: 600_000 }) }), {
          maxLength: 6,
        }),
        fc.array(fc.record({ date: dateArb, amount: fc.integer({ min: 1, max: 300_000 }) }), {
          maxLength: 3,
        }),
        dateArb,
        (total, payments, notes, asOf) => {
          const invoice = {
            ...base,
            issueDate: '2025-01-01',
            totals: { exclVat: scaled(total, 2), vat: 0, inclVat: scaled(total, 2) },
            payments: payments.map((p) => ({ date: p.date, amount: scaled(p.amount, 2) })),
            creditNotes: notes.map((c) => ({ date: c.date, amount: scaled(c.amount, 2) })),
          } satisfies InvoiceLike;
          const r = outstandingAmount(invoice, asOf);
          const out = cents(r.outstanding);
          const credit = cents(r.credit);
          expect(out >= 0n && credit >= 0n).toBe(true);
          expect(out === 0n || credit === 0n).toBe(true);
          expect(out - credit).toBe(cents(r.inclVat) - cents(r.paid) - cents(r.credited));
        },
      ),
    );
  });
});

describe('parseInvoice (property)', () => {
  const expectOnlyImpayesErrors = (input: unknown): void => {
    try {
      parseInvoice(input);
    } catch (e) {
      if (!isImpayesError(e)) throw e;
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues.length).toBeGreaterThan(0);
    }
  };

  it('throws nothing but ImpayesError on random junk (property)', () => {
    fc.assert(fc.property(fc.anything(), expectOnlyImpayesErrors), { numRuns: 300 });
  });

  it('throws nothing but ImpayesError when any field of a valid invoice is junk (property)', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        '2025-02-30',
        'USD',
        '1,5',
        '-1',
        '',
        Number.NaN,
        Number.POSITIVE_INFINITY,
        [],
      ),
    );
    const valid: Record<string, unknown> = {
      ...base,
      dueDate: '2025-04-09',
      lines: [{ description: 'a', quantity: 1, unitPriceExclVat: 10, vatRatePercent: 20 }],
      payments: [{ date: '2025-03-15', amount: 5 }],
      creditNotes: [{ date: '2025-03-15', amount: 1 }],
      mentions: { operationNature: 'goods' },
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(valid), 'totals', 'terms', 'currency', 'seller'),
        junk,
        fc.constantFrom('top', 'line', 'buyer', 'payment'),
        (key, value, where) => {
          const input = structuredClone(valid) as Record<string, Record<string, unknown>>;
          if (where === 'top') (input as Record<string, unknown>)[key] = value;
          else if (where === 'buyer') input.buyer![key] = value;
          else if (where === 'line')
            (input.lines as unknown as Array<Record<string, unknown>>)[0]![key] = value;
          else (input.payments as unknown as Array<Record<string, unknown>>)[0]![key] = value;
          expectOnlyImpayesErrors(input);
        },
      ),
      { numRuns: 500 },
    );
  });
});
