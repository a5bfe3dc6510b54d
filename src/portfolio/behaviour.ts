// Private: the payment-behaviour figures of one debtor (or of a whole ledger), accumulated in one
// pass over normalised entries. Shared by averageDaysLate and payerProfile.
import { D, type Dec, ZERO } from '../internal/decimal.js';
import type { Entry } from './ledger.js';

/** A promise to pay whose date passed without the promised payment. @internal */
export interface BrokenPromiseEntry {
  readonly invoiceId: string;
  readonly promisedDate: string;
  readonly cents: number | undefined;
}

/** @internal */
export interface Behaviour {
  invoiceCount: number;
  /** Σ allocated payment cents (the weights of the average). */
  weight: number;
  /** Σ allocated cents × days late, exact: `weighted` below 2^52, spilled into `weightedBig`. */
  weighted: number;
  weightedBig: bigint;
  paymentCount: number;
  latePaymentCount: number;
  /** Max days late of a payment (0 when none was late). */
  maxPaymentDaysLate: number;
  /** Invoices fully settled with at least one payment. */
  settledCount: number;
  settledLateCount: number;
  /** Open, undisputed invoices past their due date. */
  openOverdueCount: number;
  /** Max days past due among open, undisputed invoices. */
  maxOpenDaysPastDue: number;
  outstanding: number;
  overdue: number;
  credit: number;
  openDisputes: number;
  disputedOutstanding: number;
  readonly broken: BrokenPromiseEntry[];
}

/** @internal */
export function newBehaviour(): Behaviour {
  return {
    invoiceCount: 0,
    weight: 0,
    weighted: 0,
    weightedBig: 0n,
    paymentCount: 0,
    latePaymentCount: 0,
    maxPaymentDaysLate: 0,
    settledCount: 0,
    settledLateCount: 0,
    openOverdueCount: 0,
    maxOpenDaysPastDue: 0,
    outstanding: 0,
    overdue: 0,
    credit: 0,
    openDisputes: 0,
    disputedOutstanding: 0,
    broken: [],
  };
}

const SPILL = 2 ** 52;

/** Adds one entry (read in detail mode) to the behaviour figures. @internal */
export function observe(b: Behaviour, e: Entry, asOfDay: number): void {
  b.invoiceCount++;
  // Payments are weighted by the part of them that pays the invoice (an overpayment's excess
  // is not a payment of this debt): what remains after the credit notes, in date order.
  let remaining = e.amountCents - e.creditedCents;
  let invoiceDaysLate = 0;
  for (const p of e.payments) {
    const allocated = p.cents < remaining ? p.cents : remaining;
    if (allocated <= 0) break;
    remaining -= allocated;
    const late = p.day - e.dueDay;
    const days = late > 0 ? late : 0;
    b.weight += allocated;
    const product = allocated * days;
    if (product <= Number.MAX_SAFE_INTEGER) {
      b.weighted += product;
      if (b.weighted >= SPILL) {
        b.weightedBig += BigInt(b.weighted);
        b.weighted = 0;
      }
    } else {
      b.weightedBig += BigInt(allocated) * BigInt(days);
    }
    b.paymentCount++;
    if (days > 0) {
      b.latePaymentCount++;
      if (days > invoiceDaysLate) invoiceDaysLate = days;
    }
  }
  if (invoiceDaysLate > b.maxPaymentDaysLate) b.maxPaymentDaysLate = invoiceDaysLate;

  const pastDue = asOfDay - e.dueDay;
  if (e.outstandingCents > 0) {
    b.outstanding += e.outstandingCents;
    if (pastDue > 0) b.overdue += e.outstandingCents;
    if (e.disputed) {
      b.openDisputes++;
      b.disputedOutstanding += e.outstandingCents;
    } else if (pastDue > 0) {
      b.openOverdueCount++;
      if (pastDue > b.maxOpenDaysPastDue) b.maxOpenDaysPastDue = pastDue;
    }
  } else {
    b.credit += e.creditCents;
    if (e.paidCents > 0) {
      b.settledCount++;
      if (invoiceDaysLate > 0) b.settledLateCount++;
    }
  }

  for (const promise of e.promises) {
    if (promise.promisedDay >= asOfDay) continue;
    let kept: boolean;
    if (promise.cents !== undefined) {
      let paid = 0;
      for (const p of e.payments) {
        if (p.day >= promise.day && p.day <= promise.promisedDay) paid += p.cents;
      }
      kept = paid >= promise.cents;
    } else {
      let settled = 0;
      for (const p of e.payments) if (p.day <= promise.promisedDay) settled += p.cents;
      for (const c of e.creditNotes) if (c.day <= promise.promisedDay) settled += c.cents;
      kept = settled >= e.amountCents;
    }
    if (!kept) {
      b.broken.push({ invoiceId: e.ref, promisedDate: promise.promisedDate, cents: promise.cents });
    }
  }
}

/** The amount-weighted average days late, rounded half-up to 2 decimals (0 without payments). @internal */
export function averageOf(b: Behaviour): Dec {
  if (b.weight === 0) return ZERO;
  const total = new D((b.weightedBig + BigInt(b.weighted)).toString());
  return total.div(b.weight).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** The largest delay seen: a payment's days late or an open invoice's days past due. @internal */
export function maxDaysLateOf(b: Behaviour): number {
  return b.maxPaymentDaysLate > b.maxOpenDaysPastDue ? b.maxPaymentDaysLate : b.maxOpenDaysPastDue;
}

/** Late invoices (settled late or open past due) and assessed invoices. @internal */
export function lateCounts(b: Behaviour): { late: number; assessed: number } {
  return {
    late: b.settledLateCount + b.openOverdueCount,
    assessed: b.settledCount + b.openOverdueCount,
  };
}
