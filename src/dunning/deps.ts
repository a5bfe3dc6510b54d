// Private: the dunning module's only contact with the invoice, penalties and limitation modules.
// Each function takes already-validated values and calls the unvalidated entry points where the
// sibling module exposes one, so that a decision validates its input once.

import type { FrenchRegion, PlainDate } from '../dates/internal.js';
import type { Dec } from '../internal/decimal.js';
import { dec } from '../internal/decimal.js';
import {
  dueDateOfInvoice,
  exactInclVatOf,
  type Invoice,
  parseInvoice,
} from '../invoice/internal.js';
import {
  type LimitationDeadlineResult,
  type LimitationEventInput,
  limitationDeadline,
} from '../limitation/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import {
  computePenaltyCase,
  type DebtMovement,
  type LatePenaltiesResult,
  penaltyTextIn,
  settingsFrom,
} from '../penalties/internal.js';
import type { RatesOption } from '../rates/internal.js';
import type { Locale } from '../text/internal.js';

/** A penalties sentence in another locale (the statement's are French). */
export { penaltyTextIn };

/** A payment, a credit note or a credit from a resolved dispute. */
export interface MoneyMove {
  readonly date: PlainDate;
  readonly amount: Dec;
  readonly kind: 'payment' | 'credit';
  /** Position in the event log, or -1 for the invoice's own payments and credit notes. */
  readonly index: number;
}

/** What the dunning module needs from an invoice. */
export interface InvoiceFacts {
  readonly invoice: Invoice;
  readonly number: string;
  readonly debtorKind: DebtorKind;
  readonly debtorName: string;
  readonly region: FrenchRegion;
  readonly issueDate: PlainDate;
  readonly deliveryDate: PlainDate | null;
  readonly dueDate: PlainDate;
  readonly inclVat: Dec;
  /** The invoice's own payments and credit notes (unknown recording order). */
  readonly moves: ReadonlyArray<MoneyMove>;
}

/** Validates an invoice (INVALID_INPUT with paths) and reads the facts dunning needs. */
export function readInvoice(input: unknown): InvoiceFacts {
  const invoice = parseInvoice(input);
  const moves: MoneyMove[] = [];
  for (const p of invoice.payments)
    moves.push({ date: p.date, amount: dec(p.amount), kind: 'payment', index: -1 });
  for (const c of invoice.creditNotes)
    moves.push({ date: c.date, amount: dec(c.amount), kind: 'credit', index: -1 });
  return {
    invoice,
    number: invoice.number,
    debtorKind: invoice.buyer.kind,
    debtorName: invoice.buyer.name,
    region: invoice.buyer.region ?? 'metropolitan',
    issueDate: invoice.issueDate,
    deliveryDate: invoice.deliveryDate ?? null,
    // A stated due date without terms is the due date as it is (givenDueDate): no explanation
    // drafted for a decision that never shows it. With terms, the plan checks them (and may throw).
    dueDate:
      invoice.dueDate !== undefined && invoice.terms === undefined
        ? invoice.dueDate
        : dueDateOfInvoice(invoice).dueDate,
    inclVat: exactInclVatOf(invoice),
    moves,
  };
}

/** The penalties module's statement (unvalidated entry point; unknown rates become a warning). */
export function penaltyStatement(
  facts: InvoiceFacts,
  moves: ReadonlyArray<MoneyMove>,
  asOf: PlainDate,
  extra: {
    readonly formalNoticeDate: PlainDate | null;
    readonly judgmentServedOn: PlainDate | null;
    readonly insolvencyOpenedOn: PlainDate | null;
    readonly rates: RatesOption | undefined;
  },
): LatePenaltiesResult {
  // The decision quotes the totals only: the statement's lines are not built.
  const settings = settingsFrom(
    extra.rates === undefined
      ? { onUnknownRate: 'warn' }
      : { onUnknownRate: 'warn', rates: extra.rates },
    true,
  );
  const movements: DebtMovement[] = [];
  for (const m of moves)
    if (m.date <= asOf)
      movements.push({
        date: m.date,
        amount: m.amount,
        kind: m.kind === 'payment' ? 'payment' : 'credit-note',
        path: ['moves', movements.length],
      });
  return computePenaltyCase(
    {
      invoiceNumber: facts.number,
      debtor: facts.debtorKind,
      principal: facts.inclVat,
      dueDate: facts.dueDate,
      movements,
      asOf,
      clause: facts.invoice.latePenaltyClause,
      formalNoticeDate: extra.formalNoticeDate ?? undefined,
      judgmentServedOn: extra.judgmentServedOn ?? undefined,
      insolvencyOpenedOn: extra.insolvencyOpenedOn ?? undefined,
      path: [],
    },
    settings,
  );
}

/** The limitation module's deadline for the claim, given the limitation events. */
export function limitationOf(
  facts: InvoiceFacts,
  events: ReadonlyArray<LimitationEventInput>,
  asOf: PlainDate,
  warnWithinDays: number,
  locale: Locale,
): LimitationDeadlineResult {
  return limitationDeadline(
    {
      debtor: facts.debtorKind,
      dueDate: facts.dueDate,
      invoiceDate: facts.issueDate,
      ...(facts.deliveryDate === null ? {} : { completionDate: facts.deliveryDate }),
      events,
    },
    // Its warnings reach the caller (nextDunningStep): in the caller's locale.
    { asOf, warnWithinDays, locale },
  );
}
