import * as z from 'zod/mini';
import { addDays, type PlainDate } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { dec, toCents } from '../internal/decimal.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseOrThrow } from '../internal/validate.js';
import { type InvoiceInput, InvoiceSchema, type PartyInput } from '../invoice/internal.js';
import type { MoneyInput } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import { plainCopy, readOverrides } from './overrides.js';

/**
 * The defaults every builder of `impayes-core/testing` uses, so that a test can name them instead of
 * repeating literals: a B2B invoice `F-2026-0001` issued on Monday 5 January 2026 for 1 000 € HT +
 * 20 % VAT (1 200 € TTC), payable 30 days net, so due on Wednesday 4 February 2026; events dated the
 * day after the due date.
 *
 * @example
 * ```ts
 * import { anInvoice, testingDefaults } from 'impayes-core/testing';
 * anInvoice().issueDate === testingDefaults.issueDate; //=> true
 * testingDefaults.dueDate; //=> '2026-02-04'
 * ```
 * @category Testing
 */
export const testingDefaults = /* @__PURE__ */ deepFreeze({
  /** The issue date of a default invoice. */
  issueDate: '2026-01-05',
  /** The payment term of a default invoice, in days net. */
  termDays: 30,
  /** The due date of a default invoice (issue date + 30 days). */
  dueDate: '2026-02-04',
  /** The amount excluding VAT of a default invoice. */
  exclVat: '1000.00',
  /** The VAT rate of a default invoice, in percent. */
  vatRatePercent: '20',
  /** The amount including VAT of a default invoice. */
  inclVat: '1200.00',
  /** The date of an event built without one (the day after the default due date). */
  eventDate: '2026-02-05',
  /** The name of the default business buyer. */
  businessName: 'Client SA',
  /** The name of the default consumer buyer. */
  consumerName: 'Marie Martin',
  /** The name of the default public buyer. */
  publicBuyerName: 'Commune de Saint-Martin',
  /** The name of the default seller. */
  sellerName: 'Atelier Dupont SARL',
} as const);

/**
 * The overrides of {@link anInvoice}: any invoice field (see the invoice module's `InvoiceSchema`),
 * with `buyer` and `seller` merged into the defaults field by field, plus shortcuts. A field set to
 * `undefined` removes the default (`terms: undefined` leaves the statutory default term).
 *
 * @category Testing
 */
export interface InvoiceOverrides
  extends Partial<Omit<InvoiceInput, 'buyer' | 'seller' | 'lines' | 'payments' | 'creditNotes'>> {
  /** The invoice's sequence number (default 1): the number is `F-<year of issue>-<seq on 4 digits>`. */
  readonly seq?: number;
  /** Shortcut: the amount excluding VAT (default `'1000.00'`); totals are computed from it. */
  readonly exclVat?: MoneyInput;
  /** Shortcut: the VAT rate in percent (default `'20'`); the VAT is rounded to the cent. */
  readonly vatRatePercent?: MoneyInput;
  /** Shortcut: a net payment term in days (default 30); ignored when `terms` is given. */
  readonly termDays?: number;
  /** The buyer (the debtor), merged into the default buyer. */
  readonly buyer?: Partial<PartyInput>;
  /** The seller, merged into the default seller. */
  readonly seller?: Partial<PartyInput> | undefined;
  /** The lines, instead of the totals. */
  readonly lines?: InvoiceInput['lines'];
  /** Payments already received and written on the invoice. */
  readonly payments?: InvoiceInput['payments'];
  /** Credit notes (avoirs) already issued. */
  readonly creditNotes?: InvoiceInput['creditNotes'];
}

const SeqSchema = /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(999_999));

/** The number of an invoice from its sequence number and issue date. */
function invoiceNumber(seq: number, issueDate: unknown): string {
  const year = typeof issueDate === 'string' ? issueDate.slice(0, 4) : '2026';
  return `F-${year}-${String(seq).padStart(4, '0')}`;
}

/** Totals from an amount excluding VAT and a rate: the VAT rounded to the cent. */
function totalsOf(exclVat: MoneyInput, vatRatePercent: MoneyInput, path: string[]) {
  const excl = dec(exclVat, [...path, 'exclVat']);
  const rate = dec(vatRatePercent, [...path, 'vatRatePercent']);
  const vat = dec(toCents(excl.times(rate).dividedBy(100)));
  return { exclVat: toCents(excl), vat: toCents(vat), inclVat: toCents(excl.plus(vat)) };
}

/** A copy without the keys whose value is `undefined` (an override that removes a default). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Builds the invoice; `buyer` is the default buyer of the kind the builder makes. */
function buildInvoice(o: InvoiceOverrides, buyer: PartyInput, label: string): InvoiceInput {
  const seq = o.seq === undefined ? 1 : parseOrThrow(SeqSchema, o.seq, `${label} seq`, ['seq']);
  const {
    seq: _seq,
    exclVat,
    vatRatePercent,
    termDays,
    buyer: buyerOverrides,
    seller: sellerOverrides,
    ...fields
  } = o;
  const givesAmounts = exclVat !== undefined || vatRatePercent !== undefined;
  if (givesAmounts && (o.totals !== undefined || o.lines !== undefined))
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: `Invalid ${label} overrides: give exclVat/vatRatePercent or totals/lines, not both.`,
      path: ['exclVat'],
    });
  const issueDate = 'issueDate' in o ? o.issueDate : testingDefaults.issueDate;
  const defaults: InvoiceInput = {
    number: invoiceNumber(seq, issueDate),
    issueDate: testingDefaults.issueDate,
    terms: { type: 'net', days: termDays ?? testingDefaults.termDays },
    seller: { kind: 'professional', name: testingDefaults.sellerName },
    buyer,
  };
  if (o.lines === undefined && o.totals === undefined)
    defaults.totals = totalsOf(
      exclVat ?? testingDefaults.exclVat,
      vatRatePercent ?? testingDefaults.vatRatePercent,
      [],
    );
  const invoice = withoutUndefined({
    ...defaults,
    ...fields,
    buyer: withoutUndefined({ ...buyer, ...buyerOverrides }),
    seller:
      'seller' in o && sellerOverrides === undefined
        ? undefined
        : withoutUndefined({ ...defaults.seller!, ...sellerOverrides }),
  }) as InvoiceInput;
  // A builder returns valid inputs only: a bad override fails here, not in the code under test.
  parseOrThrow(InvoiceSchema, invoice, label);
  return structuredCopy(invoice);
}

/** A deep copy of JSON-like data, so that no result shares an object with the caller's overrides. */
export const structuredCopy: <T>(value: T) => T = plainCopy;

/**
 * A valid B2B invoice: `F-2026-0001`, issued on 2026-01-05 by a business seller to the business
 * buyer `Client SA`, 1 000 € HT + 20 % VAT = 1 200 € TTC, 30 days net (due 2026-02-04). Every field
 * can be overridden; see {@link InvoiceOverrides} and {@link testingDefaults}.
 *
 * @param overrides - fields to change; `seq` numbers the invoice without module state
 * @returns a fresh invoice input, checked against the invoice schema
 * @throws ImpayesError `INVALID_INPUT` when the overrides make the invoice invalid
 * @example
 * ```ts
 * import { anInvoice } from 'impayes-core/testing';
 * const invoice = anInvoice({ seq: 2, exclVat: '500.00', termDays: 45 });
 * invoice.number; //=> 'F-2026-0002'
 * invoice.totals; //=> { exclVat: '500.00', vat: '100.00', inclVat: '600.00' }
 * ```
 * @category Testing
 */
export function anInvoice(overrides?: InvoiceOverrides): InvoiceInput {
  return buildInvoice(
    readOverrides(overrides, 'anInvoice'),
    { kind: 'professional', name: testingDefaults.businessName },
    'anInvoice',
  );
}

/**
 * Like {@link anInvoice}, owed by the consumer `Marie Martin` (legal interest from the formal
 * notice, no 40 € indemnity, 2-year limitation).
 *
 * @param overrides - fields to change, as for {@link anInvoice}
 * @returns a fresh invoice input, checked against the invoice schema
 * @throws ImpayesError `INVALID_INPUT` when the overrides make the invoice invalid
 * @example
 * ```ts
 * aConsumerInvoice().buyer; //=> { kind: 'consumer', name: 'Marie Martin' }
 * ```
 * @category Testing
 */
export function aConsumerInvoice(overrides?: InvoiceOverrides): InvoiceInput {
  return buildInvoice(
    readOverrides(overrides, 'aConsumerInvoice'),
    { kind: 'consumer', name: testingDefaults.consumerName },
    'aConsumerInvoice',
  );
}

/**
 * Like {@link anInvoice}, owed by the public buyer `Commune de Saint-Martin` (public procurement
 * interest and indemnity, 4-year limitation from 1 January).
 *
 * @param overrides - fields to change, as for {@link anInvoice}
 * @returns a fresh invoice input, checked against the invoice schema
 * @throws ImpayesError `INVALID_INPUT` when the overrides make the invoice invalid
 * @example
 * ```ts
 * aPublicBuyerInvoice().buyer.kind; //=> 'public'
 * ```
 * @category Testing
 */
export function aPublicBuyerInvoice(overrides?: InvoiceOverrides): InvoiceInput {
  return buildInvoice(
    readOverrides(overrides, 'aPublicBuyerInvoice'),
    { kind: 'public', name: testingDefaults.publicBuyerName },
    'aPublicBuyerInvoice',
  );
}

/** The default buyer name of a debtor kind. */
export function defaultNameOf(kind: DebtorKind): string {
  if (kind === 'consumer') return testingDefaults.consumerName;
  if (kind === 'public') return testingDefaults.publicBuyerName;
  return testingDefaults.businessName;
}

/** `date` + `days`, for defaults computed from an event's date. */
export function daysAfter(date: string, days: number): PlainDate {
  return addDays(date, days);
}
