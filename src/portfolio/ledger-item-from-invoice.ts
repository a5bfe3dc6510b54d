import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { type ErrorPath, ImpayesError, isImpayesError } from '../errors/internal.js';
import { dec, toCents } from '../internal/decimal.js';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import {
  dueDateOfInvoice,
  type Invoice,
  type InvoiceInput,
  parseInvoice,
  totalsOfInvoice,
} from '../invoice/internal.js';
import { PositiveMoneyInputSchema } from '../money/internal.js';
import type { LedgerEvent, LedgerInvoice, LedgerMovement } from './ledger.js';

// Events are checked in full when the ledger is read; here only their container, so the copy below
// is of plain objects.
const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    debtorId: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    disputed: z.optional(z.boolean()),
    events: z.optional(z.array(z.looseObject({})).check(z.maxLength(100_000))),
  }),
);

/**
 * What the portfolio functions accept as ledger items: the light {@link LedgerInvoice}, or an
 * invoice of the invoice module (mapped with {@link ledgerItemFromInvoice}).
 *
 * @category Portfolio
 */
export type LedgerItem = LedgerInvoice | Invoice | InvoiceInput;

const moveEventSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    type: z.enum(['payment_received', 'credit_note_issued']),
    date: PlainDateSchema,
    amount: PositiveMoneyInputSchema,
  }),
);

/**
 * The payments (or credit notes) recorded in the invoice's log as dunning events
 * (`payment_received`, `credit_note_issued`), each checked, amounts as canonical strings.
 */
function movesOf(
  events: ReadonlyArray<Record<string, unknown>> | undefined,
  type: 'payment_received' | 'credit_note_issued',
): LedgerMovement[] {
  const out: LedgerMovement[] = [];
  (events ?? []).forEach((e, i) => {
    if (e.type !== type) return;
    const m = parseOrThrow(moveEventSchema(), e, 'event', ['options', 'events', i]);
    out.push({ date: m.date, amount: toCents(dec(m.amount)) });
  });
  return out;
}

/**
 * Options of {@link ledgerItemFromInvoice}.
 *
 * @category Portfolio
 */
export interface LedgerItemFromInvoiceOptions {
  /** The debtor id to group by; default the buyer's SIREN, else the buyer's name. */
  readonly debtorId?: string;
  /** True when the invoice is disputed (litige). */
  readonly disputed?: boolean;
  /**
   * The invoice's history (promises to pay…), for example its dunning log: its
   * `payment_received` and `credit_note_issued` events are added to the payments and credit notes.
   */
  readonly events?: ReadonlyArray<LedgerEvent>;
}

/**
 * Turns an invoice of the invoice module into the light {@link LedgerInvoice} the portfolio
 * functions read.
 *
 * @remarks The amount is the invoice total incl. VAT (`invoiceTotals`), the due date the one
 * `invoiceDueDate` finds (given, from the terms, else the statutory default of C. com. L441-10 I),
 * payments and credit notes are copied, with those the `events` log records (`payment_received`,
 * `credit_note_issued`: pass an invoice's dunning log as it is). The invoice is validated with `parseInvoice`: this costs a
 * full schema pass, so convert once and keep the ledger items when reports are run repeatedly on
 * large ledgers.
 * @param invoice - an invoice (parsed or not)
 * @param options - see {@link LedgerItemFromInvoiceOptions}
 * @returns the ledger item
 * @throws {@link ImpayesError} `INVALID_INPUT` when the invoice is not valid.
 * @example
 * ```ts
 * ledgerItemFromInvoice({
 *   number: 'F-1', issueDate: '2026-01-10', dueDate: '2026-02-09',
 *   buyer: { kind: 'professional', name: 'Acme SAS', siren: '732829320' },
 *   totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
 *   payments: [{ date: '2026-02-20', amount: '200.00' }],
 * });
 * //=> { id: 'F-1', debtorId: '732829320', issueDate: '2026-01-10', dueDate: '2026-02-09',
 * //     amount: '1200.00', payments: [{ date: '2026-02-20', amount: '200.00' }], creditNotes: [] }
 * ```
 * @category Portfolio
 */
export function ledgerItemFromInvoice(
  invoice: Invoice | InvoiceInput,
  options: LedgerItemFromInvoiceOptions = {},
): LedgerInvoice {
  const parsed = parseInvoice(invoice);
  const o = parseOrThrow(optionsSchema(), options, 'options', ['options']);
  const item: LedgerInvoice = {
    id: parsed.number,
    debtorId: o.debtorId ?? parsed.buyer.siren ?? parsed.buyer.name,
    issueDate: parsed.issueDate,
    dueDate: dueDateOfInvoice(parsed).dueDate,
    amount: totalsOfInvoice(parsed).inclVat,
    payments: [
      ...parsed.payments.map((p) => ({ date: p.date, amount: p.amount })),
      ...movesOf(o.events, 'payment_received'),
    ],
    creditNotes: [
      ...parsed.creditNotes.map((c) => ({ date: c.date, amount: c.amount })),
      ...movesOf(o.events, 'credit_note_issued'),
    ],
    ...(o.disputed === undefined ? {} : { disputed: o.disputed }),
    // A copy: the result must not alias the caller's log.
    ...(o.events === undefined
      ? {}
      : { events: o.events.map((e) => ({ ...e }) as unknown as LedgerEvent) }),
  };
  return item;
}

/** The stream's mapper for invoice-shaped items: errors get the item's path. @internal */
export function invoiceMapper(item: object, base: ErrorPath): LedgerInvoice {
  try {
    return ledgerItemFromInvoice(item as InvoiceInput);
  } catch (error) {
    if (!isImpayesError(error)) throw error;
    throw new ImpayesError({
      code: error.code,
      issues: error.issues.map((i) => ({ path: [...base, ...i.path], message: i.message })),
      details: error.details,
      cause: error,
    });
  }
}
