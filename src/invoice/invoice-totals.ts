import { type Dec, dec, decValid, toCents } from '../internal/decimal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';
import { defaultLocale, type Locale, renderMessage } from '../text/internal.js';
import { type Invoice, type InvoiceLike, InvoiceSchema } from './invoice.schema.js';
import { lineTotalsOf } from './line-totals.js';
import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessage } from './text.js';

/**
 * The totals of one VAT rate.
 *
 * @category Invoice
 */
export interface VatRateTotals {
  /** The rate in percent, canonical (`'20.00'`, `'5.50'`). */
  readonly vatRatePercent: string;
  /** Sum of the rounded line amounts excl. VAT at this rate. */
  readonly exclVat: Amount;
  /** VAT at this rate: rate × `exclVat`, rounded half-up to the cent. */
  readonly vat: Amount;
  /** `exclVat + vat`. */
  readonly inclVat: Amount;
}

/**
 * One line's amount excl. VAT, as used in the totals.
 *
 * @category Invoice
 */
export interface InvoiceLineAmount {
  /** The line's position in `invoice.lines`. */
  readonly index: number;
  /** Quantity × unit price excl. VAT, rounded half-up to the cent. */
  readonly exclVat: Amount;
  /** The line's VAT rate, canonical (`'20.00'`). */
  readonly vatRatePercent: string;
}

/**
 * The totals of an invoice, with their breakdown.
 *
 * @category Invoice
 */
export interface InvoiceTotals {
  /** Total excluding VAT (HT). */
  readonly exclVat: Amount;
  /** Total VAT. */
  readonly vat: Amount;
  /** Total including VAT (TTC): the amount the buyer owes, and the base of late penalties. */
  readonly inclVat: Amount;
  /** `'lines'` when computed from the lines, `'totals'` when the given totals were taken as printed. */
  readonly source: 'lines' | 'totals';
  /** Per VAT rate, sorted by rate ascending; empty when `source` is `'totals'` (rates unknown). */
  readonly byRate: ReadonlyArray<VatRateTotals>;
  /** Each line's amount excl. VAT; empty when `source` is `'totals'`. */
  readonly lines: ReadonlyArray<InvoiceLineAmount>;
  /** The rounding convention applied, in one sentence in the requested locale (`'fr'` by default). */
  readonly rule: string;
  /** The convention in the requested locale (`message`), with its `code` and `params`. */
  readonly ruleMessage: InvoiceMessage<'RULE_TOTALS'>;
}

function ruleOf(
  source: 'lines' | 'totals',
  locale: Locale,
): Pick<InvoiceTotals, 'rule' | 'ruleMessage'> {
  const m = renderMessage(invoiceCatalogues, locale, 'RULE_TOTALS', { source });
  return { rule: m.message, ruleMessage: m };
}

/**
 * The total incl. VAT of an already validated invoice as a Decimal: what dunning and penalties
 * start from, without formatting and re-parsing the totals (given totals are validated as cents).
 *
 * @internal
 */
export function exactInclVatOf(invoice: Invoice): Dec {
  // Given totals: only the one figure is read, not the other two.
  return invoice.lines === undefined
    ? decValid(invoice.totals!.inclVat)
    : exactTotalsOf(invoice).inclVat;
}

/**
 * {@link exactInclVatOf} with the total excl. VAT as well.
 *
 * @internal
 */
export function exactTotalsOf(invoice: Invoice): { readonly exclVat: Dec; readonly inclVat: Dec } {
  // Given totals are validated as cents: no rounding to do.
  if (invoice.lines === undefined) {
    const t = invoice.totals!;
    return { exclVat: decValid(t.exclVat), inclVat: decValid(t.inclVat) };
  }
  return lineTotalsOf(invoice.lines);
}

/**
 * Computes the totals of an already validated invoice (no second validation).
 *
 * @internal
 */
export function totalsOfInvoice(invoice: Invoice, locale: Locale = defaultLocale): InvoiceTotals {
  if (invoice.lines === undefined) {
    // The schema guarantees exactly one of lines/totals.
    const t = invoice.totals!;
    return {
      exclVat: toCents(dec(t.exclVat)) as Amount,
      vat: toCents(dec(t.vat)) as Amount,
      inclVat: toCents(dec(t.inclVat)) as Amount,
      source: 'totals',
      byRate: [],
      lines: [],
      ...ruleOf('totals', locale),
    };
  }
  const t = lineTotalsOf(invoice.lines);
  return {
    exclVat: toCents(t.exclVat) as Amount,
    vat: toCents(t.vat) as Amount,
    inclVat: toCents(t.inclVat) as Amount,
    source: 'lines',
    byRate: t.byRate.map((r) => ({
      vatRatePercent: r.vatRatePercent,
      exclVat: toCents(r.exclVat) as Amount,
      vat: toCents(r.vat) as Amount,
      inclVat: toCents(r.inclVat) as Amount,
    })),
    lines: t.lines.map((l, index) => ({
      index,
      exclVat: toCents(l.exclVat) as Amount,
      vatRatePercent: l.vatRatePercent,
    })),
    ...ruleOf('lines', locale),
  };
}

/**
 * Computes an invoice's totals excl. VAT, VAT and incl. VAT, exactly, with the breakdown per VAT
 * rate.
 *
 * @remarks Rounding convention (from lines): each line's amount excl. VAT is quantity × unit price
 * rounded half-up to the cent; the VAT of each rate is computed once on the sum of that rate's
 * line amounts and rounded half-up to the cent (CGI ann. II art. 242 nonies A requires the total
 * excl. VAT and the VAT per rate, so per-rate rounding is what the invoice prints, and avoids the
 * cent drift of rounding VAT line by line); the totals are the sums of the rounded figures, so
 * `exclVat + vat = inclVat` always holds. Given `totals` are taken as they are (checked by
 * {@link parseInvoice}: `exclVat + vat = inclVat` exactly).
 * @param invoice - an {@link Invoice} (or its input form; it is validated)
 * @param options - `locale` of `rule`: `'fr'` (default) or `'en'`
 * @returns the {@link InvoiceTotals}, `byRate` sorted by rate ascending
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice is not valid (see
 * {@link parseInvoice}).
 * @example
 * ```ts
 * invoiceTotals({
 *   number: 'F-1', issueDate: '2025-03-10', buyer: { kind: 'professional', name: 'Client SA' },
 *   lines: [
 *     { description: 'Books', quantity: 3, unitPriceExclVat: '9.99', vatRatePercent: '5.5' },
 *     { description: 'Audit', quantity: 1, unitPriceExclVat: '450', vatRatePercent: 20 },
 *   ],
 * });
 * //=> { exclVat: '479.97', vat: '91.65', inclVat: '571.62', source: 'lines',
 * //     byRate: [{ vatRatePercent: '5.50', exclVat: '29.97', vat: '1.65', inclVat: '31.62' },
 * //              { vatRatePercent: '20.00', exclVat: '450.00', vat: '90.00', inclVat: '540.00' }], … }
 * ```
 * @category Invoice
 */
export function invoiceTotals(invoice: InvoiceLike, options: TextOptions = {}): InvoiceTotals {
  const locale = localeOf(options);
  return totalsOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'), locale);
}
