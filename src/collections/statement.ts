import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import {
  type DunningInvoiceRef,
  type DunningState,
  type DunningStatus,
  dunningState,
} from '../dunning/internal.js';
import { add, type Dec, dec, sub, toCents, ZERO } from '../internal/decimal.js';
import { lazy } from '../internal/lazy.js';
import { parseOrThrow } from '../internal/validate.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import { agingReport } from '../portfolio/internal.js';
import type { RatesOption } from '../rates/internal.js';
import { defaultLocale, type Locale, LocaleSchema } from '../text/internal.js';
import {
  type AccountInvoice,
  type CustomerAccountInput,
  readAccount,
  rethrowForInvoice,
} from './account.js';
import {
  claimableOf,
  type LatePaymentClaimable,
  lineAmountsOf,
  type PenaltyFacts,
  penaltyFactsOf,
} from './amounts.js';
import { finding, say, text } from './catalogue.js';
import type { CollectionsFinding, CollectionsMessage } from './decision.js';
import { daysFrom } from './evaluate.js';
import type { StatementEntryKind } from './text.js';

/**
 * Options of {@link customerStatement}.
 *
 * @category Collections
 */
export interface CustomerStatementOptions {
  /** The statement's day: what was issued, paid or credited by then. */
  readonly asOf: string;
  /** The language of the labels: `'fr'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** Rate rows beyond the built-in table. */
  readonly rates?: RatesOption;
  /** Upper bounds of the aging buckets in days past due (default `[30, 60, 90]`). */
  readonly buckets?: ReadonlyArray<number>;
}

/**
 * An open item of a statement: an invoice with something left to pay.
 *
 * @category Collections
 */
export interface StatementOpenItem {
  /** The invoice number. */
  readonly number: string;
  /** Its issue date. */
  readonly issueDate: PlainDate;
  /** Its due date. */
  readonly dueDate: PlainDate;
  /** Days past due on `asOf` (0 when not due). */
  readonly daysPastDue: number;
  /** Its dunning status (`disputed`, `promised`, `formal_notice`…). */
  readonly status: DunningStatus;
  /** Invoice total (TTC). */
  readonly invoiced: Amount;
  /** Paid so far. */
  readonly paid: Amount;
  /** Credited so far (credit notes, disputes settled). */
  readonly credited: Amount;
  /** Principal still owed. */
  readonly outstanding: Amount;
  /** Penalties or interest accrued to date (`'0.00'` for a written-off or time-barred claim). */
  readonly penalties: Amount;
  /** The 40 € indemnity owed to date (never for consumers). */
  readonly indemnity: Amount;
}

/**
 * One line of the statement's ledger, in date order, with the running balance.
 *
 * @category Collections
 */
export interface StatementEntry {
  /** The day of the entry. */
  readonly date: PlainDate;
  /** An invoice (debit), a payment, a credit note or a credit after a dispute (credits). */
  readonly kind: StatementEntryKind;
  /** The invoice it concerns. */
  readonly invoiceNumber: string;
  /** The payment's or credit note's reference, if any. */
  readonly reference: string | null;
  /** Its label in the requested locale. */
  readonly label: string;
  /** Debit (an invoice), else `'0.00'`. */
  readonly debit: Amount;
  /** Credit (a payment or credit), else `'0.00'`. */
  readonly credit: Amount;
  /** The balance after this entry (negative: in the customer's favour). */
  readonly balance: Amount;
}

/**
 * A customer statement (relevé de compte); see {@link customerStatement}.
 *
 * @category Collections
 */
export interface CustomerStatement {
  /** The statement's day. */
  readonly asOf: PlainDate;
  /** The customer. */
  readonly debtor: { readonly id: string; readonly name: string; readonly kind: DebtorKind };
  /** Its title, e.g. « Relevé de compte de Client SA au 31 mars 2026 ». */
  readonly title: CollectionsMessage;
  /** The balance in a sentence. */
  readonly summary: CollectionsMessage;
  /** The invoices with principal still owed, by due date. */
  readonly openItems: ReadonlyArray<StatementOpenItem>;
  /** Invoices, payments and credits in date order, with the running balance. */
  readonly entries: ReadonlyArray<StatementEntry>;
  /** Overpayments not applied to any invoice (owed back or to be applied). */
  readonly unappliedCredits: ReadonlyArray<{
    readonly invoiceNumber: string;
    readonly amount: Amount;
  }>;
  /** Invoices paid late whose penalties and indemnity may still be claimed. */
  readonly latePaymentClaims: ReadonlyArray<
    LatePaymentClaimable & { readonly invoiceNumber: string; readonly claimedOn: PlainDate | null }
  >;
  /** Outstanding principal by tranche of delay. */
  readonly aging: {
    readonly buckets: ReadonlyArray<{
      readonly id: string;
      readonly label: string;
      readonly outstanding: Amount;
      readonly count: number;
    }>;
    readonly outstanding: Amount;
    readonly overdue: Amount;
  };
  /** The sums. */
  readonly totals: {
    readonly invoiced: Amount;
    readonly paid: Amount;
    readonly credited: Amount;
    /** Principal still owed on the open items. */
    readonly outstanding: Amount;
    /** Overpayments. */
    readonly unappliedCredits: Amount;
    /** `outstanding − unappliedCredits`: what the customer owes (negative: what it is owed). */
    readonly balance: Amount;
    /** Penalties or interest to date on the open items. */
    readonly penalties: Amount;
    /** Indemnities to date on the open items. */
    readonly indemnities: Amount;
    /** Still claimable on invoices paid late (not yet claimed). */
    readonly claimable: Amount;
  };
  /** Findings (events after `asOf` left out). */
  readonly warnings: ReadonlyArray<CollectionsFinding>;
}

// Built on first use (cold start, issue 17).
const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    asOf: PlainDateSchema,
    locale: z.optional(LocaleSchema),
    rates: z.optional(z.custom<RatesOption>()),
    buckets: z.optional(z.array(z.int()).check(z.maxLength(24))),
  }),
);

interface Item {
  readonly inv: AccountInvoice;
  readonly state: DunningState;
  readonly facts: PenaltyFacts;
}

const cents = (v: Dec): Amount => toCents(v) as Amount;

function readItem(inv: AccountInvoice, asOf: PlainDate): Item | null {
  let state: DunningState;
  try {
    state = dunningState(inv.invoice as never, inv.events, { asOf });
  } catch (error) {
    return rethrowForInvoice(error, inv);
  }
  const issueDate = (inv.invoice as { issueDate: PlainDate }).issueDate;
  if (issueDate > asOf) return null;
  const ref: DunningInvoiceRef = {
    number: state.invoiceNumber,
    issueDate,
    dueDate: state.dueDate,
    invoiced: state.balances.invoiced,
    debtorKind: state.debtorKind,
    debtorName: '',
  };
  return { inv, state, facts: penaltyFactsOf(inv.invoice, inv.events, ref, asOf) };
}

function openItem(it: Item, asOf: PlainDate, rates: RatesOption | undefined): StatementOpenItem {
  const s = it.state;
  const chased = s.status !== 'written_off' && s.status !== 'time_barred';
  const a = chased ? lineAmountsOf(it.facts, asOf, rates) : null;
  const late = daysFrom(s.dueDate, asOf);
  return {
    number: s.invoiceNumber,
    issueDate: it.facts.ref.issueDate,
    dueDate: s.dueDate,
    daysPastDue: late > 0 ? late : 0,
    status: s.status,
    invoiced: s.balances.invoiced,
    paid: s.balances.paid,
    credited: s.balances.credited,
    outstanding: s.balances.outstanding,
    penalties: a?.penalties ?? ('0.00' as Amount),
    indemnity: a?.indemnity ?? ('0.00' as Amount),
  };
}

function entriesOf(items: ReadonlyArray<Item>, locale: Locale): StatementEntry[] {
  const raw: Array<Omit<StatementEntry, 'balance' | 'label'> & { amount: Dec; order: number }> = [];
  for (const it of items) {
    const number = it.state.invoiceNumber;
    const invoiced = dec(it.state.balances.invoiced);
    raw.push({
      date: it.facts.ref.issueDate,
      kind: 'invoice',
      invoiceNumber: number,
      reference: null,
      debit: cents(invoiced),
      credit: '0.00' as Amount,
      amount: invoiced,
      order: 0,
    });
    for (const m of it.facts.moves)
      raw.push({
        date: m.date,
        kind: m.source,
        invoiceNumber: number,
        reference: m.reference,
        debit: '0.00' as Amount,
        credit: cents(m.amount),
        amount: m.amount.neg(),
        order: 1,
      });
  }
  raw.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.order - b.order ||
      (a.invoiceNumber < b.invoiceNumber ? -1 : a.invoiceNumber > b.invoiceNumber ? 1 : 0),
  );
  let balance: Dec = ZERO;
  return raw.map(({ amount, order: _order, ...e }) => {
    balance = add(balance, amount);
    return {
      ...e,
      label: text(locale, 'STATEMENT_ENTRY', {
        kind: e.kind,
        number: e.invoiceNumber,
        reference: e.reference,
      }),
      balance: cents(balance),
    };
  });
}

function agingOf(
  items: ReadonlyArray<Item>,
  debtorId: string,
  asOf: PlainDate,
  locale: Locale,
  buckets: ReadonlyArray<number> | undefined,
): CustomerStatement['aging'] {
  const ledger = items.map((it) => ({
    id: it.state.invoiceNumber,
    debtorId,
    issueDate: it.facts.ref.issueDate,
    dueDate: it.state.dueDate,
    amount: it.state.balances.invoiced,
    payments: it.facts.moves
      .filter((m) => m.kind === 'payment')
      .map((m) => ({ date: m.date, amount: toCents(m.amount) })),
    creditNotes: it.facts.moves
      .filter((m) => m.kind === 'credit')
      .map((m) => ({ date: m.date, amount: toCents(m.amount) })),
    disputed: it.state.status === 'disputed',
  }));
  const r = agingReport(ledger, buckets === undefined ? { asOf } : { asOf, buckets: [...buckets] });
  return {
    buckets: r.buckets.map((b, i) => ({
      id: b.id,
      label: b.label[locale],
      outstanding: r.total.buckets[i]!.outstanding,
      count: r.total.buckets[i]!.count,
    })),
    outstanding: r.total.outstanding,
    overdue: r.total.overdue,
  };
}

function claimsOf(
  items: ReadonlyArray<Item>,
  asOf: PlainDate,
  rates: RatesOption | undefined,
): CustomerStatement['latePaymentClaims'] {
  const out: Array<CustomerStatement['latePaymentClaims'][number]> = [];
  for (const it of items) {
    if (it.state.status !== 'paid') continue;
    const own = it.inv.own.filter((e) => e.date <= asOf);
    if (own.some((e) => e.type === 'late_payment_claim_waived')) continue;
    const c = claimableOf(it.facts, asOf, rates, it.facts.ref.issueDate);
    if (c === null || c.total === '0.00') continue;
    const claimed = own.find((e) => e.type === 'late_payment_claimed');
    out.push({
      invoiceNumber: it.state.invoiceNumber,
      ...c,
      claimedOn: claimed === undefined ? null : (claimed.date as PlainDate),
    });
  }
  return out;
}

function sum(values: ReadonlyArray<string>): Dec {
  let s: Dec = ZERO;
  for (const v of values) s = add(s, dec(v));
  return s;
}

function futureFinding(
  invoices: ReadonlyArray<AccountInvoice>,
  asOf: PlainDate,
  locale: Locale,
): CollectionsFinding[] {
  let count = 0;
  let first: string | null = null;
  for (const inv of invoices)
    for (const e of [...inv.events, ...inv.own])
      if (e.date > asOf) {
        count++;
        if (first === null || e.date < first) first = e.date;
      }
  return count === 0
    ? []
    : [finding(locale, 'EVENTS_AFTER_AS_OF', { count, first: first!, asOf }, 'info', '')];
}

/**
 * Builds a customer's statement (relevé de compte) as of a day: the open items, every invoice,
 * payment and credit in date order with the running balance, the unapplied credits, the aging
 * buckets, and the penalties and indemnities to date.
 *
 * @remarks The balance is what the customer owes minus every unapplied credit (an overpayment is
 * shown as a credit, not netted silently against another invoice: C. civ. 1342-10 lets the debtor
 * say which debt it pays). Penalties and indemnities to date come from the penalties module
 * (C. com. L441-10 II and D441-5; CCP L2192-13; C. civ. 1231-6 from a formal notice for a
 * consumer, never the 40 €); invoices paid late whose penalties were not yet claimed are listed
 * apart. Aging buckets come from the portfolio module's `agingReport` (C. com. D441-6 tranches).
 * Events dated after `asOf` are left out, with an `EVENTS_AFTER_AS_OF` finding.
 * @param account - the customer and its invoices with their logs
 * @param options - `asOf`, and optionally `locale`, `rates`, `buckets`
 * @returns the statement
 * @throws {@link ImpayesError} `INVALID_INPUT` for a malformed account, invoice, event or option;
 * `INVALID_TRANSITION` for an impossible log.
 * @example
 * ```ts
 * const s = customerStatement(account, { asOf: '2026-03-31' });
 * s.totals.balance; //=> '2100.00'
 * s.summary.message; //=> 'Solde dû au 31 mars 2026 : 2 100,00 €.'
 * ```
 * @category Collections
 */
export function customerStatement(
  account: CustomerAccountInput,
  options: CustomerStatementOptions,
): CustomerStatement {
  const o = parseOrThrow(optionsSchema(), options, 'options', ['options']);
  const locale = o.locale ?? defaultLocale;
  const a = readAccount(account);
  const items = a.invoices
    .map((inv) => readItem(inv, o.asOf))
    .filter((it): it is Item => it !== null)
    .sort((x, y) =>
      x.state.dueDate !== y.state.dueDate
        ? x.state.dueDate < y.state.dueDate
          ? -1
          : 1
        : x.state.invoiceNumber < y.state.invoiceNumber
          ? -1
          : 1,
    );
  const open = items.filter((it) => dec(it.state.balances.outstanding).gt(0));
  const openItems = open.map((it) => openItem(it, o.asOf, o.rates));
  const unappliedCredits = items
    .filter((it) => dec(it.state.balances.overpaid).gt(0))
    .map((it) => ({ invoiceNumber: it.state.invoiceNumber, amount: it.state.balances.overpaid }));
  const claims = claimsOf(items, o.asOf, o.rates);
  const outstanding = sum(openItems.map((i) => i.outstanding));
  const credits = sum(unappliedCredits.map((c) => c.amount));
  const balance = cents(sub(outstanding, credits));
  return {
    asOf: o.asOf,
    debtor: { id: a.debtor.id, name: a.debtor.name, kind: a.debtor.kind },
    title: say(locale, 'STATEMENT_TITLE', { debtorName: a.debtor.name, asOf: o.asOf }),
    summary: say(locale, 'STATEMENT_BALANCE', { balance, asOf: o.asOf }),
    openItems,
    entries: entriesOf(items, locale),
    unappliedCredits,
    latePaymentClaims: claims,
    aging: agingOf(items, a.debtor.id, o.asOf, locale, o.buckets),
    totals: {
      invoiced: cents(sum(items.map((it) => it.state.balances.invoiced))),
      paid: cents(sum(items.map((it) => it.state.balances.paid))),
      credited: cents(sum(items.map((it) => it.state.balances.credited))),
      outstanding: cents(outstanding),
      unappliedCredits: cents(credits),
      balance,
      penalties: cents(sum(openItems.map((i) => i.penalties))),
      indemnities: cents(sum(openItems.map((i) => i.indemnity))),
      claimable: cents(sum(claims.filter((c) => c.claimedOn === null).map((c) => c.total))),
    },
    warnings: futureFinding(a.invoices, o.asOf, locale),
  };
}
