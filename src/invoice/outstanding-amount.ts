import { type DateInput, type PlainDate, PlainDateSchema } from '../dates/index.js';
import { dec, toCents, ZERO } from '../internal/decimal.js';
import { countLater, laterEventsWarning } from '../internal/later-events.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/index.js';
import { type Invoice, type InvoiceLike, InvoiceSchema } from './invoice.schema.js';
import { totalsOfInvoice } from './invoice-totals.js';
import type { InvoiceWarning } from './warning.js';

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
export function outstandingOfInvoice(invoice: Invoice, asOf: PlainDate): OutstandingAmount {
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
    warnings:
      later === null ? [] : [laterEventsWarning(later, asOf, 'payment(s) or credit note(s)')],
  };
}

/**
 * Returns what is still owed on an invoice on a date: its total incl. VAT less the payments and
 * credit notes dated on or before that date.
 *
 * @remarks The amount incl. VAT (TTC) is what the buyer owes and the base of late penalties
 * (C. com. L441-10 II). A payment counts on its own date, so a payment made on `asOf` counts. An
 * overpayment is reported as `credit` (owed back to the buyer, C. civ. 1302-1), never as a
 * negative debt.
 * @param invoice - an {@link Invoice} (or its input form; it is validated)
 * @param asOf - the date of the statement, `YYYY-MM-DD`
 * @returns the {@link OutstandingAmount}
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice is not valid (see
 * {@link parseInvoice}) or `asOf` is not a calendar date (path `['asOf']`).
 * @example
 * ```ts
 * outstandingAmount({
 *   number: 'F-1', issueDate: '2025-03-10', buyer: { kind: 'professional', name: 'Client SA' },
 *   totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
 *   payments: [{ date: '2025-04-01', amount: '500.00' }, { date: '2025-06-01', amount: '700.00' }],
 * }, '2025-05-01');
 * //=> { asOf: '2025-05-01', inclVat: '1200.00', paid: '500.00', credited: '0.00',
 * //     outstanding: '700.00', credit: '0.00', ignoredAfterAsOf: 1 }
 * ```
 * @category Invoice
 */
export function outstandingAmount(invoice: InvoiceLike, asOf: DateInput): OutstandingAmount {
  const date = parseOrThrow(PlainDateSchema, asOf, 'asOf', ['asOf']);
  return outstandingOfInvoice(parseOrThrow(InvoiceSchema, invoice, 'invoice'), date);
}
