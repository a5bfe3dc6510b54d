import * as z from 'zod/mini';
import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { dec, toCents, ZERO } from '../internal/decimal.js';
import { countLater } from '../internal/later-events.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';
import { type Locale, LocaleSchema, renderMessage } from '../text/internal.js';
import { type Invoice, type InvoiceLike, InvoiceSchema } from './invoice.schema.js';
import { totalsOfInvoice } from './invoice-totals.js';
import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceWarning } from './warning.js';

/** The EVENTS_AFTER_AS_OF warning, in `locale` (count and first date kept in `details`). */
function laterWarning(
  later: { count: number; firstDate: string },
  asOf: PlainDate,
  locale: Locale,
): InvoiceWarning {
  const { count, firstDate } = later;
  const message = renderMessage(invoiceCatalogues, locale, 'EVENTS_AFTER_AS_OF', {
    count,
    firstDate,
    asOf,
  });
  return { ...message, severity: 'warning', article: 'n/a', details: { count, firstDate } };
}

/**
 * What is still owed on an invoice on a given date.
 *
 * @category Invoice
 */
export interface OutstandingAmount {
  /** The date of the statement; payments and credit notes dated on or before it count. */
  readonly asOf: PlainDate;
  /** The invoice total incl. VAT. */
  readonly inclVat: Amount;
  /** Sum of the payments dated on or before `asOf`. */
  readonly paid: Amount;
  /** Sum of the credit notes dated on or before `asOf`. */
  readonly credited: Amount;
  /** `inclVat − paid − credited`, never below zero. */
  readonly outstanding: Amount;
  /** What was paid or credited beyond the total (owed back to the buyer), zero or more. */
  readonly credit: Amount;
  /** How many payments and credit notes are dated after `asOf` and were left out. */
  readonly ignoredAfterAsOf: number;
  /** `EVENTS_AFTER_AS_OF` (count and first date) when some were left out, else empty. */
  readonly warnings: ReadonlyArray<InvoiceWarning>;
}

/**
 * The outstanding amount of an already validated invoice on an already validated date.
 *
 * @internal
 */
export function outstandingOfInvoice(
  invoice: Invoice,
  asOf: PlainDate,
  locale: Locale = 'fr',
): OutstandingAmount {
  const inclVat = totalsOfInvoice(invoice).inclVat;
  let paid = ZERO;
  let credited = ZERO;
  let later: { count: number; firstDate: string } | null = null;
  for (const p of invoice.payments) {
    if (p.date <= asOf) paid = paid.plus(dec(p.amount));
    else later = countLater(later, p.date, asOf);
  }
  for (const c of invoice.creditNotes) {
    if (c.date <= asOf) credited = credited.plus(dec(c.amount));
    else later = countLater(later, c.date, asOf);
  }
  const net = dec(inclVat).minus(paid).minus(credited);
  return {
    asOf,
    inclVat,
    paid: toCents(paid) as Amount,
    credited: toCents(credited) as Amount,
    outstanding: toCents(net.isNegative() ? ZERO : net) as Amount,
    credit: toCents(net.isNegative() ? net.negated() : ZERO) as Amount,
    ignoredAfterAsOf: later?.count ?? 0,
    warnings: later === null ? [] : [laterWarning(later, asOf, locale)],
  };
}

/**
 * Options of {@link outstandingAmount}: `asOf`, the day of the statement, as in every function of
 * the library that computes "as of" a day.
 *
 * @category Invoice
 */
export interface OutstandingAmountOptions extends TextOptions {
  /** The date of the statement, `YYYY-MM-DD`. */
  readonly asOf: DateInput;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: PlainDateSchema,
  locale: z.optional(LocaleSchema),
});

/** The day and locale from `{ asOf, locale? }` or, as before, the date itself (then `text`'s locale). */
function optionsOf(options: unknown, text: TextOptions): { asOf: PlainDate; locale: Locale } {
  if (typeof options === 'string')
    return {
      asOf: parseOrThrow(PlainDateSchema, options, 'asOf', ['asOf']),
      locale: localeOf(text),
    };
  const o = parseOrThrow(OptionsSchema, options, 'options');
  return { asOf: o.asOf, locale: o.locale ?? localeOf(text) };
}

/**
 * Returns what is still owed on an invoice on a date: its total incl. VAT less the payments and
 * credit notes dated on or before that date.
 *
 * @remarks The amount incl. VAT (TTC) is what the buyer owes and the base of late penalties
 * (C. com. L441-10 II). A payment counts on its own date, so a payment made on `asOf` counts. An
 * overpayment is reported as `credit` (owed back to the buyer, C. civ. 1302-1), never as a
 * negative debt. The day is given as `{ asOf }`, like everywhere in the library (issue 18); the
 * date alone as second argument is still accepted (deprecated).
 * @param invoice - an {@link Invoice} (or its input form; it is validated)
 * @param options - `{ asOf, locale? }`: the date of the statement `YYYY-MM-DD` (or, deprecated,
 * that date alone) and the locale of the warnings, `'fr'` (default) or `'en'`
 * @param text - with the deprecated date form only: `{ locale }`
 * @returns the {@link OutstandingAmount}
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice is not valid (see
 * {@link parseInvoice}) or `asOf` is not a calendar date (path `['asOf']`).
 * @example
 * ```ts
 * outstandingAmount({
 *   number: 'F-1', issueDate: '2025-03-10', buyer: { kind: 'professional', name: 'Client SA' },
 *   totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
 *   payments: [{ date: '2025-04-01', amount: '500.00' }, { date: '2025-06-01', amount: '700.00' }],
 * }, { asOf: '2025-05-01' });
 * //=> { asOf: '2025-05-01', inclVat: '1200.00', paid: '500.00', credited: '0.00',
 * //     outstanding: '700.00', credit: '0.00', ignoredAfterAsOf: 1, … }
 * ```
 * @category Invoice
 */
export function outstandingAmount(
  invoice: InvoiceLike,
  options: OutstandingAmountOptions | DateInput,
  text: TextOptions = {},
): OutstandingAmount {
  const { asOf, locale } = optionsOf(options, text);
  return outstandingOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'), asOf, locale);
}
