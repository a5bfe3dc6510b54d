// Private to the portfolio module: the allocation-free read of a ledger for the aged balance.
//
// `readLedger` builds one Entry object per item (with its lists and a `later` box); streaming a
// million invoices that is a million short-lived objects, a fifth of the CPU in garbage collection
// (issue 17). `foldLedger` tries, per item, a fast happy path that reads the fields straight into
// one per-call scratch record; on anything it does not recognise at once (a date not yet in the
// per-call cache, an invoice-shaped item, events, a bad field…) it hands the item to `readItem`,
// the reference, which validates it (and throws the same error as always) or returns its entry.
// So the fast path can only accept what `readItem` accepts, with the same figures (property test
// in ledger-fold.property.test.ts).

import { invalidInput, rethrowAsInvalidInput, show } from '../internal/validate.js';
import { centsOrProblem } from './cents.js';
import {
  addLater,
  checkUnique,
  countLater,
  type Entry,
  isIterable,
  type Later,
  type LedgerContext,
  type ReadSummary,
  readItem,
} from './ledger.js';

/** The figures of the item just read, overwritten item after item. @internal */
export interface FoldItem {
  debtorId: string;
  dueDay: number;
  outstandingCents: number;
  creditCents: number;
  disputed: boolean;
  /** The payments and credit notes dated after asOf, summed over every item read so far. */
  later: Later | null;
}

/** A cached day number of a date string, or -Infinity when not a string or not cached yet. */
function cachedDay(ctx: LedgerContext, value: unknown): number {
  if (typeof value !== 'string') return Number.NEGATIVE_INFINITY;
  return ctx.days.get(value) ?? Number.NEGATIVE_INFINITY;
}

/** The sum of a plain list of payments or credit notes on asOf, or -1 to defer to readItem. */
function fastMovements(ctx: LedgerContext, list: unknown, s: FoldItem): number {
  if (list === undefined) return 0;
  if (!Array.isArray(list)) return -1;
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const m: unknown = list[i];
    if (typeof m !== 'object' || m === null) return -1;
    const { date, amount } = m as { date?: unknown; amount?: unknown };
    const day = cachedDay(ctx, date);
    const cents = centsOrProblem(amount, 'positive');
    if (day === Number.NEGATIVE_INFINITY || typeof cents === 'string') return -1;
    if (day <= ctx.asOfDay) total += cents;
    else s.later = countLater(s.later, day, date as string);
  }
  return total;
}

/** Whether `ref` is a valid invoice id or number (as `readItem` checks it). */
function refOk(ref: unknown): boolean {
  return (
    (typeof ref === 'string' && ref !== '') || (typeof ref === 'number' && Number.isFinite(ref))
  );
}

/**
 * The fast happy path of `readItem` for the aged balance: 1 read, 0 issued after asOf, -1 defer
 * to `readItem` (nothing of `s` but `later` was touched, and `later` is restored by the caller).
 */
function fastItem(ctx: LedgerContext, raw: unknown, s: FoldItem): number {
  if (typeof raw !== 'object' || raw === null) return -1;
  const item = raw as Record<string, unknown>;
  const { debtorId, amount, disputed } = item;
  if (!refOk(item.id ?? item.number)) return -1;
  if (amount === undefined || !('amount' in item) || item.events !== undefined) return -1;
  if (typeof debtorId !== 'string' || debtorId === '') return -1;
  if (disputed !== undefined && typeof disputed !== 'boolean') return -1;
  const issueDay = cachedDay(ctx, item.issueDate);
  const dueDay = cachedDay(ctx, item.dueDate);
  if (issueDay === Number.NEGATIVE_INFINITY || dueDay < issueDay) return -1;
  const amountCents = centsOrProblem(amount, 'nonNegative');
  if (typeof amountCents === 'string') return -1;
  const paid = fastMovements(ctx, item.payments, s);
  if (paid < 0) return -1;
  const credited = fastMovements(ctx, item.creditNotes, s);
  if (credited < 0) return -1;
  if (issueDay > ctx.asOfDay) return 0;
  const net = amountCents - paid - credited;
  s.debtorId = debtorId;
  s.dueDay = dueDay;
  s.outstandingCents = net > 0 ? net : 0;
  s.creditCents = net < 0 ? -net : 0;
  s.disputed = disputed === true;
  return 1;
}

/** Copies the reference entry of an item into `s`. */
function fromEntry(s: FoldItem, e: Entry): void {
  s.later = addLater(s.later, e);
  s.debtorId = e.debtorId;
  s.dueDay = e.dueDay;
  s.outstandingCents = e.outstandingCents;
  s.creditCents = e.creditCents;
  s.disputed = e.disputed;
}

/** One item: 1 read into `s`, 0 issued after asOf. Ids of an array ledger are checked unique. */
function foldItem(
  ctx: LedgerContext,
  raw: unknown,
  index: number,
  s: FoldItem,
  seen: Map<string, number> | undefined,
): number {
  const later = s.later;
  const count = later?.count ?? 0;
  const firstDay = later?.firstDay ?? 0;
  const firstDate = later?.firstDate ?? '';
  const fast = fastItem(ctx, raw, s);
  if (fast === 1 && seen === undefined) return 1;
  if (fast === 1) {
    const item = raw as Record<string, unknown>;
    const ref = item.id ?? item.number;
    checkUnique(
      seen as Map<string, number>,
      {
        ref: typeof ref === 'string' ? ref : String(ref),
        index,
      } as Entry,
    );
    return 1;
  }
  // Undo what the fast path counted of this item's later movements: an item issued after asOf
  // adds none (as readLedger, which does not visit it), and readItem counts them again.
  if (later !== null) {
    later.count = count;
    later.firstDay = firstDay;
    later.firstDate = firstDate;
  }
  s.later = later;
  if (fast === 0) return 0;
  const entry = readItem(ctx, raw, index);
  if (entry === undefined) return 0;
  if (seen !== undefined) checkUnique(seen, entry);
  fromEntry(s, entry);
  return 1;
}

/**
 * `readLedger` for folds that need only the fields of {@link FoldItem}: streams `invoices` once
 * and calls `visit` with the same scratch record for each item issued on or before asOf.
 * @internal
 */
export function foldLedger(
  ctx: LedgerContext,
  invoices: unknown,
  s: FoldItem,
  visit: (s: FoldItem) => void,
): ReadSummary {
  if (!isIterable(invoices)) {
    invalidInput(
      `must be an iterable of invoices (an array, a generator…), received ${show(invoices)}`,
      ['invoices'],
    );
  }
  const seen = Array.isArray(invoices) ? new Map<string, number>() : undefined;
  let index = 0;
  let notYetIssued = 0;
  try {
    for (const raw of invoices as unknown as Iterable<unknown>) {
      if (foldItem(ctx, raw, index, s, seen) === 0) notYetIssued++;
      else visit(s);
      index++;
    }
  } catch (error) {
    rethrowAsInvalidInput(error, 'invoices', ['invoices', index]);
  }
  return { read: index, notYetIssued };
}

/** A fresh scratch record for {@link foldLedger}. @internal */
export function foldItemRecord(): FoldItem {
  return {
    debtorId: '',
    dueDay: 0,
    outstandingCents: 0,
    creditCents: 0,
    disputed: false,
    later: null,
  };
}
