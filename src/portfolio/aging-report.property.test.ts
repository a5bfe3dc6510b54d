import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../internal/decimal.js';
import { agingReport } from './aging-report.js';
import { ASOF, ledger } from './portfolio.fixtures.js';

const sum = (xs: ReadonlyArray<string>) => xs.reduce((a, x) => a.plus(x), new D(0)).toFixed(2);

describe('agingReport (properties)', () => {
  it('bucket totals equal total outstanding, per debtor and in total (property)', () => {
    fc.assert(
      fc.property(
        ledger,
        fc.constantFrom<number[] | undefined>(undefined, [30, 60, 90], [10, 45]),
        (items, buckets) => {
          const r = agingReport(items, buckets ? { asOf: ASOF, buckets } : { asOf: ASOF });
          for (const f of [r.total, ...r.debtors]) {
            expect(sum(f.buckets.map((b) => b.outstanding))).toBe(f.outstanding);
            expect(f.buckets.reduce((n, b) => n + b.count, 0)).toBe(f.count);
            expect(sum([f.overdue, f.buckets[0]!.outstanding])).toBe(f.outstanding);
          }
          expect(sum(r.debtors.map((d) => d.outstanding))).toBe(r.total.outstanding);
          // Independent check with Decimal: Σ max(amount − payments − credit notes, 0) on asOf.
          let expected = new D(0);
          for (const i of items) {
            if (i.issueDate > ASOF) continue;
            let net = new D(i.amount as string);
            for (const m of [...(i.payments ?? []), ...(i.creditNotes ?? [])]) {
              if (m.date <= ASOF) net = net.minus(m.amount as string);
            }
            if (net.gt(0)) expected = expected.plus(net);
          }
          expect(r.total.outstanding).toBe(expected.toFixed(2));
        },
      ),
    );
  });

  it('does not depend on invoice order (property)', () => {
    fc.assert(
      fc.property(
        ledger.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        ([items, shuffled]) => {
          expect(agingReport(shuffled, { asOf: ASOF })).toEqual(agingReport(items, { asOf: ASOF }));
        },
      ),
    );
  });
});
