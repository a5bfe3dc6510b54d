// Amounts of invoices whose per-invoice decision carries none: the overdue invoices listed in a
// customer message without a step of their own today, and the invoices paid late. Both come from
// the penalties module (its unvalidated entry points: the invoice and its log are already valid),
// fed with the invoice's money moves.
import type { PlainDate } from '../dates/internal.js';
import type {
  DunningClaimable,
  DunningEventInput,
  DunningInvoiceRef,
} from '../dunning/internal.js';
import { add, type Dec, dec, sub, toCents, ZERO } from '../internal/decimal.js';
import { computeLimitation } from '../limitation/internal.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import {
  caseFromRequest,
  computeLatePenalties,
  computePenaltyCase,
  type LatePenaltiesRequest,
  type LatePenaltiesResult,
  settingsFrom,
} from '../penalties/internal.js';
import type { RatesOption } from '../rates/internal.js';

/**
 * The amounts of one invoice in a customer decision, as of the decision's day.
 *
 * @category Collections
 */
export interface CustomerLineAmounts {
  /** Principal still owed (TTC). */
  readonly principal: Amount;
  /** Late-payment penalties (or interest) accrued and unpaid. */
  readonly penalties: Amount;
  /** The 40 € recovery indemnity where owed (never for consumers), else `'0.00'`. */
  readonly indemnity: Amount;
  /** Principal + penalties + indemnity. */
  readonly total: Amount;
  /** `false` when a rate was unknown: penalties then stop at the last known day. */
  readonly complete: boolean;
}

/**
 * What may still be claimed on an invoice paid in full after its due date: penalties (or interest)
 * and the 40 € indemnity, less what the debtor paid beyond the principal.
 *
 * @category Collections
 */
export interface LatePaymentClaimable extends DunningClaimable {
  /** True when limitation has run out (counted from the due date, the earliest day claimed). */
  readonly timeBarred: boolean;
}

/** @internal A payment or a credit, with where it comes from. */
export interface Move {
  readonly date: PlainDate;
  readonly amount: Dec;
  readonly kind: 'payment' | 'credit';
  readonly source: 'payment' | 'credit_note' | 'dispute_credit';
  readonly reference: string | null;
}

/** @internal The facts the penalties module needs, read from an invoice and its (valid) log. */
export interface PenaltyFacts {
  readonly ref: DunningInvoiceRef;
  readonly clause: unknown;
  readonly moves: ReadonlyArray<Move>;
  readonly formalNoticeDate: PlainDate | null;
  readonly judgmentServedOn: PlainDate | null;
  readonly insolvencyOpenedOn: PlainDate | null;
  /** A dispute ended upheld or settled: the claim was corrected, no claim after payment. */
  readonly disputeSettled: boolean;
  /** A court route or a write-off: the court (or the creditor) decided; no claim after payment. */
  readonly closedOtherwise: boolean;
}

interface RawMoney {
  readonly date: PlainDate;
  readonly amount: unknown;
  readonly reference?: string;
}

function raw(list: unknown): ReadonlyArray<RawMoney> {
  return Array.isArray(list) ? (list as RawMoney[]) : [];
}

/** One money move of an invoice, as the penalty computation takes it. */
function moveOf(
  date: PlainDate,
  amount: unknown,
  source: Move['source'],
  reference?: string,
): Move {
  return {
    date,
    amount: dec(amount),
    kind: source === 'payment' ? 'payment' : 'credit',
    source,
    reference: reference ?? null,
  };
}

/** Step: the payments and credit notes recorded on the invoice itself, up to `asOf`. */
function invoiceMoves(inv: { payments?: unknown; creditNotes?: unknown }, asOf: PlainDate): Move[] {
  const moves: Move[] = [];
  for (const p of raw(inv.payments))
    if (p.date <= asOf) moves.push(moveOf(p.date, p.amount, 'payment', p.reference));
  for (const c of raw(inv.creditNotes))
    if (c.date <= asOf) moves.push(moveOf(c.date, c.amount, 'credit_note', c.reference));
  return moves;
}

/**
 * @internal Reads the money moves and dates of an invoice already validated by the dunning module,
 * as its fold does (events after `asOf` ignored; an upheld dispute credited from the due date).
 */
export function penaltyFactsOf(
  invoice: unknown,
  events: ReadonlyArray<DunningEventInput>,
  ref: DunningInvoiceRef,
  asOf: PlainDate,
): PenaltyFacts {
  const inv = invoice as { payments?: unknown; creditNotes?: unknown; latePenaltyClause?: unknown };
  const moves: Move[] = invoiceMoves(inv, asOf);
  const move = (date: PlainDate, amount: unknown, source: Move['source'], reference?: string) => {
    moves.push(moveOf(date, amount, source, reference));
  };
  let formalNoticeDate: PlainDate | null = null;
  let judgmentServedOn: PlainDate | null = null;
  let insolvencyOpenedOn: PlainDate | null = null;
  let disputeSettled = false;
  let closedOtherwise = false;
  for (const e of events) {
    const date = e.date as PlainDate;
    if (date > asOf) continue;
    switch (e.type) {
      case 'payment_received':
        move(date, e.amount, 'payment', e.reference);
        break;
      case 'credit_note_issued':
        move(date, e.amount, 'credit_note', e.reference);
        break;
      case 'dispute_resolved':
        if (e.outcome !== 'rejected') disputeSettled = true;
        if (e.amount !== undefined)
          move(
            e.outcome === 'upheld' && ref.dueDate < date ? ref.dueDate : date,
            e.amount,
            'dispute_credit',
          );
        break;
      case 'formal_notice_sent':
        formalNoticeDate = date;
        break;
      case 'judgment_served':
        judgmentServedOn = date;
        break;
      case 'insolvency_opened':
        insolvencyOpenedOn ??= date;
        break;
      case 'legal_action_filed':
      case 'written_off':
        closedOtherwise = true;
        break;
      default:
        break;
    }
  }
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    ref,
    clause: inv.latePenaltyClause,
    moves,
    formalNoticeDate,
    judgmentServedOn,
    insolvencyOpenedOn,
    disputeSettled,
    closedOtherwise,
  };
}

/**
 * @internal The request of the penalty statement of an invoice: built from values the dunning
 * module validated (dates, cents, the invoice's clause), so it is what the penalties module's
 * schema would return for it.
 */
export function penaltyRequestOf(
  f: PenaltyFacts,
  moves: ReadonlyArray<Move>,
  asOf: PlainDate,
): LatePenaltiesRequest {
  const request: { -readonly [K in keyof LatePenaltiesRequest]: LatePenaltiesRequest[K] } = {
    debtor: f.ref.debtorKind,
    amount: f.ref.invoiced,
    dueDate: f.ref.dueDate,
    // Credit notes go to the principal like payments do under the default principal-first rule.
    payments: moves.map((m) => ({ date: m.date, amount: toCents(m.amount) })),
    asOf,
  };
  // Fields set only when known, without spreading small objects (validation orders the fields).
  if (f.clause !== undefined) request.clause = f.clause as never;
  if (f.formalNoticeDate !== null) request.formalNoticeDate = f.formalNoticeDate;
  if (f.judgmentServedOn !== null) request.judgment = { servedOn: f.judgmentServedOn };
  if (f.insolvencyOpenedOn !== null) request.insolvencyOpenedOn = f.insolvencyOpenedOn;
  return request;
}

/**
 * @internal The statement of `computeLatePenalties(request, { onUnknownRate: 'warn', rates })`
 * for a request that is already valid (see {@link penaltyRequestOf}). Without `rates`, through the
 * penalties module's unvalidated entry points (issue 17): French sentences, as the public call's
 * default locale; only codes and amounts are read here. With `rates`, the public call itself: it is
 * what validates the caller's rates for `customerStatement` (its error stays the same).
 */
export function statementOf(
  request: LatePenaltiesRequest,
  rates: RatesOption | undefined,
): LatePenaltiesResult {
  if (rates !== undefined) return computeLatePenalties(request, { onUnknownRate: 'warn', rates });
  const s = settingsFrom({ onUnknownRate: 'warn' });
  return computePenaltyCase(caseFromRequest(request, s), s);
}

function statement(
  f: PenaltyFacts,
  moves: ReadonlyArray<Move>,
  asOf: PlainDate,
  rates: RatesOption | undefined,
): LatePenaltiesResult {
  return statementOf(penaltyRequestOf(f, moves, asOf), rates);
}

function isComplete(r: LatePenaltiesResult): boolean {
  return !r.warnings.some((w) => w.code === 'RATE_UNKNOWN');
}

/** @internal The amounts of an open invoice as of `asOf`. */
export function lineAmountsOf(
  f: PenaltyFacts,
  asOf: PlainDate,
  rates: RatesOption | undefined,
): CustomerLineAmounts {
  const r = statement(f, f.moves, asOf, rates);
  return {
    principal: r.principalOutstanding,
    penalties: r.interestOutstanding,
    indemnity: r.indemnity,
    total: r.amountDue,
    complete: isComplete(r),
  };
}

/**
 * @internal What may still be claimed on an invoice paid in full by a payment made after its due
 * date, or `null`. Moves beyond the principal are taken off the penalties, then the indemnity.
 */
export function claimableOf(
  f: PenaltyFacts,
  asOf: PlainDate,
  rates: RatesOption | undefined,
  issueDate: PlainDate,
): LatePaymentClaimable | null {
  if (f.disputeSettled || f.closedOtherwise || f.insolvencyOpenedOn !== null) return null;
  if (!f.moves.some((m) => m.kind === 'payment' && m.date > f.ref.dueDate)) return null;
  let left = dec(f.ref.invoiced);
  let excess = ZERO;
  const capped: Move[] = [];
  for (const m of f.moves) {
    const take = m.amount.lte(left) ? m.amount : left;
    if (take.gt(0)) capped.push({ ...m, amount: take });
    left = sub(left, take);
    if (m.kind === 'payment') excess = add(excess, sub(m.amount, take));
  }
  if (left.gt(0) || capped.length === 0) return null;
  const r = statement(f, capped, asOf, rates);
  if (r.paidOn === null || r.paidOn <= f.ref.dueDate) return null;
  const interest = dec(r.interestOutstanding);
  const toInterest = excess.lte(interest) ? excess : interest;
  const penalties = sub(interest, toInterest);
  const rest = sub(excess, toInterest);
  const fee = dec(r.indemnity);
  const indemnity = rest.gte(fee) ? ZERO : sub(fee, rest);
  return {
    paidOn: r.paidOn,
    daysLate: r.daysLate,
    penalties: toCents(penalties) as Amount,
    indemnity: toCents(indemnity) as Amount,
    total: toCents(add(penalties, indemnity)) as Amount,
    article: r.article,
    complete: isComplete(r),
    timeBarred: timeBarredOn(f.ref.debtorKind, f.ref.dueDate, issueDate, asOf),
  };
}

/**
 * @internal Whether a claim without events is time-barred on `asOf`, as the public
 * `limitationDeadline` says (status `'expired'` with its default options): the dates and debtor kind
 * come from an invoice the dunning module validated, so the limitation core is called directly,
 * without validating again nor localising sentences that are not read.
 */
export function timeBarredOn(
  debtor: DebtorKind,
  dueDate: PlainDate,
  invoiceDate: PlainDate,
  asOf: PlainDate,
): boolean {
  const claim = { debtor, dueDate, invoiceDate, events: [] };
  return computeLimitation(claim, asOf, 'earliest', undefined, 60).status === 'expired';
}
