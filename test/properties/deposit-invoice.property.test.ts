// Invariant: the deposit invoice(s) plus the final invoice equal the order, to the cent, per VAT
// rate, for excl. VAT, VAT and incl. VAT (issue 7).
import fc from 'fast-check';
import { depositInvoice, finalInvoice } from 'impayes-core';
import { describe, expect, it } from 'vitest';

const cents = (s: string): number => Math.round(Number(s) * 100);

const line = fc.record({
  description: fc.constant('item'),
  quantity: fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 1000).toString()), // 0–100, 3 dp
  unitPriceExclVat: fc.integer({ min: 0, max: 2_000_000 }).map((n) => (n / 100).toFixed(2)),
  vatRatePercent: fc.constantFrom('0', '2.1', '5.5', '10', '20'),
});
const order = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 8 }) });
const basisPoints = fc.integer({ min: 0, max: 10_000 }); // 0–100 % with 2 decimals, × 100

describe('deposit + final = order', () => {
  it('holds per rate for any order and percent', () => {
    fc.assert(
      fc.property(order, basisPoints, (o, bp) => {
        const deposit = depositInvoice(o, (bp / 100).toString());
        const final = finalInvoice(o, [deposit]);
        const total = cents(deposit.order.inclVat);
        // The deposit is the order total × percent, rounded half-up to the cent.
        expect(cents(deposit.inclVat)).toBe(Math.floor((total * bp + 5000) / 10_000));
        deposit.order.byRate.forEach((row, i) => {
          for (const k of ['exclVat', 'vat', 'inclVat'] as const) {
            expect(cents(deposit.byRate[i]![k]) + cents(final.byRate[i]![k])).toBe(cents(row[k]));
          }
          expect(cents(deposit.byRate[i]!.inclVat)).toBeLessThanOrEqual(cents(row.inclVat));
          expect(cents(final.byRate[i]!.inclVat)).toBeGreaterThanOrEqual(0);
          expect(cents(deposit.byRate[i]!.exclVat) + cents(deposit.byRate[i]!.vat)).toBe(
            cents(deposit.byRate[i]!.inclVat),
          );
        });
        for (const k of ['exclVat', 'vat', 'inclVat'] as const) {
          expect(cents(deposit[k]) + cents(final[k])).toBe(cents(deposit.order[k]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds with two deposits', () => {
    fc.assert(
      fc.property(
        order,
        fc.integer({ min: 0, max: 4500 }),
        fc.integer({ min: 0, max: 4500 }),
        (o, a, b) => {
          const d1 = depositInvoice(o, a / 100);
          const d2 = depositInvoice(o, b / 100);
          const final = finalInvoice(o, [d1, d2]);
          final.order.byRate.forEach((row, i) => {
            for (const k of ['exclVat', 'vat', 'inclVat'] as const) {
              expect(
                cents(d1.byRate[i]![k]) + cents(d2.byRate[i]![k]) + cents(final.byRate[i]![k]),
              ).toBe(cents(row[k]));
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
