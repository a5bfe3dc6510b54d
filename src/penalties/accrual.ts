// The accrual steps of a statement, on integer cents (the kernel of src/money/kernel.ts): a ledger
// of the balance, the interest accrued and paid, and the lines; closing a run of days, applying a
// payment or credit note (C. civ. 1343-1), capitalising unpaid interest (C. civ. 1343-2).
import { dateOfDayNumber, type PlainDate } from '../dates/internal.js';
import type { ErrorPath } from '../errors/internal.js';
import { invalidInput } from '../internal/validate.js';
import type { CentsRing } from '../money/kernel.js';
import type {
  DebtMovement,
  InterestCapitalisation,
  PaymentAllocation,
  PenaltySegment,
} from './late-penalties.js';
import type { RunRate } from './statement-rates.js';

/** @internal A run of days with one base, one rate and one half-year, not yet rounded. */
export interface OpenRun<C> {
  readonly fromN: number;
  toN: number;
  readonly halfYear: string;
  readonly run: RunRate;
  readonly base: C;
  readonly yearDays: 365 | 366;
}

/** @internal The running state of a statement, in cents of one ring. */
export interface Ledger<C> {
  readonly ring: CentsRing<C>;
  /** Leave `segments` and `allocations` empty (a caller that reads totals only). */
  readonly totalsOnly: boolean;
  readonly interestFirst: boolean;
  /** Prefix of error paths. */
  readonly path: ErrorPath;
  principal: C;
  /** Interest of the closed runs (each rounded to the cent). */
  accrued: C;
  /** The open run, kept unrounded so that a payment leaving the base unchanged does not split it. */
  open: OpenRun<C> | undefined;
  interestPaid: C;
  /** Capitalised interest not yet paid: it bears interest like the principal. */
  capitalised: C;
  paidOn: PlainDate | undefined;
  firstFromN: number | undefined;
  lastToN: number;
  readonly segments: PenaltySegment[];
  readonly allocations: PaymentAllocation[];
  readonly capitalisations: InterestCapitalisation[];
}

/** @internal A fresh ledger for a principal of `principal` cents. */
export function newLedger<C>(
  ring: CentsRing<C>,
  principal: C,
  options: { totalsOnly: boolean; interestFirst: boolean; path: ErrorPath },
): Ledger<C> {
  return {
    ring,
    totalsOnly: options.totalsOnly,
    interestFirst: options.interestFirst,
    path: options.path,
    principal,
    accrued: ring.zero,
    open: undefined,
    interestPaid: ring.zero,
    capitalised: ring.zero,
    paidOn: undefined,
    firstFromN: undefined,
    lastToN: 0,
    segments: [],
    allocations: [],
    capitalisations: [],
  };
}

/** @internal The interest of a run: `base × rate × days / (100 × yearDays)`, half-up to the cent. */
export const runInterest = <C>(ring: CentsRing<C>, o: OpenRun<C>): C =>
  ring.interest(o.base, o.run.units, o.toN - o.fromN, o.yearDays);

/** @internal Interest accrued so far, the open run included (rounded as it would close). */
export const accruedNow = <C>(l: Ledger<C>): C =>
  l.open === undefined ? l.accrued : l.ring.add(l.accrued, runInterest(l.ring, l.open));

/** @internal Closes the open run: its rounded interest is accrued and it becomes a line. */
export function closeRun<C>(l: Ledger<C>): void {
  const o = l.open;
  if (o === undefined) return;
  l.open = undefined;
  const ring = l.ring;
  const amount = runInterest(ring, o);
  l.accrued = ring.add(l.accrued, amount);
  if (l.firstFromN === undefined) l.firstFromN = o.fromN;
  l.lastToN = o.toN;
  if (l.totalsOnly) return;
  const r = o.run.rate;
  l.segments.push({
    from: dateOfDayNumber(o.fromN + 1),
    to: dateOfDayNumber(o.toN),
    days: o.toN - o.fromN,
    halfYear: o.halfYear,
    base: ring.text(o.base),
    ratePercent: r.ratePercent,
    yearDays: o.yearDays,
    amount: ring.text(amount),
    rule: r.rule,
    article: r.article,
  });
}

/** @internal How a movement splits: to principal, to interest, and what nothing could take. */
export interface Split<C> {
  readonly toPrincipal: C;
  readonly toInterest: C;
  readonly rest: C;
}

/**
 * @internal Splits a movement of `amount` between the principal and the interest owed (C. civ.
 * 1343-1): interest first when `interestFirst` (payments only), else principal first and the
 * surplus of a payment to interest. A credit note reduces the principal only. `owed` is called
 * only when interest may be paid.
 */
export function splitMovement<C>(
  ring: CentsRing<C>,
  amount: C,
  isPayment: boolean,
  interestFirst: boolean,
  principal: C,
  owed: () => C,
): Split<C> {
  const zero = ring.zero;
  const min = (a: C, b: C): C => (ring.lt(b, a) ? b : a);
  let rest = amount;
  let toI = zero;
  let toP = zero;
  const first = isPayment && interestFirst;
  if (first) {
    const o = owed();
    if (ring.lt(zero, o)) {
      toI = min(rest, o);
      rest = ring.sub(rest, toI);
    }
  }
  if (rest !== zero && principal !== zero) {
    toP = min(rest, principal);
    rest = ring.sub(rest, toP);
  }
  if (rest !== zero && isPayment && !first) {
    const o = owed();
    if (ring.lt(zero, o)) {
      toI = min(rest, o);
      rest = ring.sub(rest, toI);
    }
  }
  return { toPrincipal: toP, toInterest: toI, rest };
}

/**
 * @internal Applies a payment or credit note on its day: splits it, lowers the principal (from the
 * next day), records the interest paid (the capitalised part first: it stops bearing interest),
 * and refuses an amount larger than what is still owed.
 */
export function applyMovement<C>(l: Ledger<C>, m: DebtMovement): void {
  const ring = l.ring;
  const amount = ring.of(m.amount);
  const isPayment = m.kind === 'payment';
  let known: C | undefined;
  const owed = (): C => {
    known ??= ring.sub(accruedNow(l), l.interestPaid);
    return known;
  };
  const split = splitMovement(ring, amount, isPayment, l.interestFirst, l.principal, owed);
  const { toPrincipal: toP, toInterest: toI, rest } = split;
  if (rest !== ring.zero) excessMovement(l, m, split, owed);
  if (toP !== ring.zero) l.principal = ring.sub(l.principal, toP);
  if (toI !== ring.zero) {
    l.interestPaid = ring.add(l.interestPaid, toI);
    if (l.capitalised !== ring.zero)
      l.capitalised = ring.lt(toI, l.capitalised) ? ring.sub(l.capitalised, toI) : ring.zero;
  }
  if (!l.totalsOnly)
    l.allocations.push({
      date: m.date,
      kind: m.kind,
      amount: ring.text(amount),
      toPrincipal: ring.text(toP),
      toInterest: ring.text(toI),
      reference: m.reference ?? null,
    });
  if (l.paidOn === undefined && l.principal === ring.zero) l.paidOn = m.date;
}

/** Throws INVALID_INPUT for a movement larger than what is still owed that day. */
function excessMovement<C>(l: Ledger<C>, m: DebtMovement, s: Split<C>, owed: () => C): never {
  const ring = l.ring;
  const payment = m.kind === 'payment';
  const amount = ring.of(m.amount);
  const interest = payment ? ` + interest ${ring.text(ring.sub(owed(), s.toInterest))}` : '';
  return invalidInput(
    `${payment ? 'payment' : 'credit note'} of ${ring.text(amount)} on ${m.date} exceeds what is still owed that day (principal ${ring.text(ring.sub(l.principal, s.toPrincipal))}${interest} after applying ${ring.text(ring.sub(amount, s.rest))})`,
    [...l.path, ...m.path, 'amount'],
    { excess: ring.text(s.rest) },
  );
}

/**
 * @internal Capitalises on day `dayN` the interest accrued and still unpaid (C. civ. 1343-2): the
 * open run closes (the base changes from the next day).
 */
export function capitalise<C>(l: Ledger<C>, dayN: number, source: 'contract' | 'judgment'): void {
  const ring = l.ring;
  const unpaid = ring.sub(ring.sub(accruedNow(l), l.interestPaid), l.capitalised);
  if (!ring.lt(ring.zero, unpaid)) return;
  closeRun(l);
  l.capitalised = ring.add(l.capitalised, unpaid);
  l.capitalisations.push({
    date: dateOfDayNumber(dayN),
    amount: ring.text(unpaid),
    source,
    article: 'C. civ. 1343-2',
  });
}
