// Private: the VAT computation on validated lines, shared by the schema (negative-invoice check)
// and by invoiceTotals. Exact decimals; each computed figure rounded half-up to the cent.
import { type Dec, dec, roundCents, toPercent, ZERO } from '../internal/decimal.js';
import type { MoneyInput } from '../money/internal.js';

/** The subset of a line the computation needs. */
export interface LineAmounts {
  readonly quantity: MoneyInput;
  readonly unitPriceExclVat: MoneyInput;
  readonly vatRatePercent: MoneyInput;
}

/** One VAT rate's totals, in exact (already rounded) decimals. */
export interface RateTotalsDec {
  readonly vatRatePercent: string;
  readonly rate: Dec;
  readonly exclVat: Dec;
  readonly vat: Dec;
  readonly inclVat: Dec;
}

/** The totals of a list of lines. */
export interface LineTotalsDec {
  readonly lines: ReadonlyArray<{ readonly exclVat: Dec; readonly vatRatePercent: string }>;
  readonly byRate: ReadonlyArray<RateTotalsDec>;
  readonly exclVat: Dec;
  readonly vat: Dec;
  readonly inclVat: Dec;
}

/**
 * Line exclVat = quantity × unit price rounded to the cent; per rate, VAT = rate × (sum of that
 * rate's line amounts) rounded to the cent; totals = sums of the rounded parts.
 */
export function lineTotalsOf(lines: ReadonlyArray<LineAmounts>): LineTotalsDec {
  const perLine: Array<{ exclVat: Dec; vatRatePercent: string }> = [];
  const groups = new Map<string, { rate: Dec; exclVat: Dec }>();
  for (const line of lines) {
    const exclVat = roundCents(dec(line.quantity).times(dec(line.unitPriceExclVat)));
    const rate = dec(line.vatRatePercent);
    const key = toPercent(rate);
    perLine.push({ exclVat, vatRatePercent: key });
    const group = groups.get(key);
    if (group) group.exclVat = group.exclVat.plus(exclVat);
    else groups.set(key, { rate, exclVat });
  }
  const byRate: RateTotalsDec[] = [...groups.entries()]
    .map(([key, g]) => {
      const vat = roundCents(g.exclVat.times(g.rate).div(100));
      return {
        vatRatePercent: key,
        rate: g.rate,
        exclVat: g.exclVat,
        vat,
        inclVat: g.exclVat.plus(vat),
      };
    })
    .sort((a, b) => a.rate.comparedTo(b.rate));
  let exclVat = ZERO;
  let vat = ZERO;
  for (const r of byRate) {
    exclVat = exclVat.plus(r.exclVat);
    vat = vat.plus(r.vat);
  }
  return { lines: perLine, byRate, exclVat, vat, inclVat: exclVat.plus(vat) };
}
