// Private: the money moves of a dunning fold, indexed by date. The fold asks, for each event, how
// much was paid or credited up to a day among the moves recorded so far; a log recorded out of date
// order made that a scan of every move, quadratic on a long log (issue 12 item 7). The index sorts
// the moves' dates once (stable: by date, then position) and keeps two Fenwick trees of exact
// integer sums, so each insertion and each query costs O(log n) whatever the recording order.
import type { PlainDate } from '../dates/internal.js';
import { D, type Dec, ZERO } from '../internal/decimal.js';

/** Where a move will sit in the index: its date, and its position to break ties (stable). */
export interface MoneySlot {
  readonly date: PlainDate;
  readonly order: number;
}

/** @internal Sums of the recorded moves by date. */
export interface MoneyIndex {
  /** Records the move of slot `slot` (a position in the slots the index was built with). */
  insert(slot: number, kind: 'payment' | 'credit', amount: Dec): void;
  /** The sum of the recorded moves of `kind` (both kinds when omitted) dated on or before `date`. */
  upTo(date: PlainDate, kind?: 'payment' | 'credit'): Dec;
  /** The sum of the recorded moves of both kinds dated from `from` to `to`, inclusive. */
  between(from: PlainDate, to: PlainDate): Dec;
  /** `upTo(date).gte(amount)`, compared in exact integers (no Decimal made). */
  upToAtLeast(date: PlainDate, amount: Dec): boolean;
  /** `between(from, to).gte(amount)`, compared in exact integers (no Decimal made). */
  betweenAtLeast(from: PlainDate, to: PlainDate, amount: Dec): boolean;
}

/** How many of the sorted `dates` are before `date` (`orEqual`: on or before). */
function countBefore(dates: ReadonlyArray<PlainDate>, date: PlainDate, orEqual: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = dates[mid]!;
    if (d < date || (orEqual && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fenwickAdd(tree: bigint[], position: number, value: bigint): void {
  for (let i = position + 1; i < tree.length; i += i & -i) tree[i]! += value;
}

/** The sum of the first `count` positions. */
function fenwickSum(tree: ReadonlyArray<bigint>, count: number): bigint {
  let s = 0n;
  for (let i = count; i > 0; i -= i & -i) s += tree[i]!;
  return s;
}

/** The index of a fold without money moves (most logs): every sum is zero. Stateless. */
const NO_MOVES: MoneyIndex = /* @__PURE__ */ Object.freeze({
  insert: () => undefined,
  upTo: () => ZERO,
  between: () => ZERO,
  upToAtLeast: (_date: PlainDate, amount: Dec) => ZERO.gte(amount),
  betweenAtLeast: (_from: PlainDate, _to: PlainDate, amount: Dec) => ZERO.gte(amount),
});

/**
 * @internal Builds the index for `slots`. `decimals` must cover every amount inserted (amounts are
 * held as exact integers of 10^-decimals euros).
 */
export function moneyIndex(slots: ReadonlyArray<MoneySlot>, decimals: number): MoneyIndex {
  if (slots.length === 0) return NO_MOVES;
  const sorted = slots.map((_, i) => i);
  sorted.sort((a, b) => {
    const x = slots[a]!;
    const y = slots[b]!;
    return x.date < y.date ? -1 : x.date > y.date ? 1 : x.order - y.order;
  });
  const rank = new Array<number>(slots.length);
  const dates = new Array<PlainDate>(slots.length);
  sorted.forEach((slot, position) => {
    rank[slot] = position;
    dates[position] = slots[slot]!.date;
  });
  const paid = new Array<bigint>(slots.length + 1).fill(0n);
  const credited = new Array<bigint>(slots.length + 1).fill(0n);
  const toUnits = (amount: Dec): bigint => BigInt(amount.toFixed(decimals).replace('.', ''));
  // The same few sums are asked for again and again (each event re-judges the promise and the
  // plan): each is made a Decimal once per index (Decimals are immutable, sharing one is safe).
  const made = new Map<bigint, Dec>();
  const fromUnits = (units: bigint): Dec => {
    if (units === 0n) return ZERO;
    const known = made.get(units);
    if (known !== undefined) return known;
    const digits = (units < 0n ? -units : units).toString().padStart(decimals + 1, '0');
    const text = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    const value = new D(units < 0n ? `-${text}` : text);
    made.set(units, value);
    return value;
  };
  const sumOf = (count: number, kind?: 'payment' | 'credit'): bigint =>
    kind === 'payment'
      ? fenwickSum(paid, count)
      : kind === 'credit'
        ? fenwickSum(credited, count)
        : fenwickSum(paid, count) + fenwickSum(credited, count);
  // The units of the amounts compared with sums (the same few: the invoice total, a promise, a
  // plan's running sums), each converted once; an amount finer than the index is compared as a
  // Decimal.
  const unitsOf = new Map<Dec, bigint>();
  const atLeast = (sum: bigint, amount: Dec): boolean => {
    let units = unitsOf.get(amount);
    if (units === undefined) {
      if (amount.decimalPlaces() > decimals) return fromUnits(sum).gte(amount);
      units = toUnits(amount);
      unitsOf.set(amount, units);
    }
    return sum >= units;
  };
  const betweenUnits = (from: PlainDate, to: PlainDate): bigint =>
    to < from ? 0n : sumOf(countBefore(dates, to, true)) - sumOf(countBefore(dates, from, false));
  return {
    insert(slot, kind, amount) {
      fenwickAdd(kind === 'payment' ? paid : credited, rank[slot]!, toUnits(amount));
    },
    upTo(date, kind) {
      return fromUnits(sumOf(countBefore(dates, date, true), kind));
    },
    between(from, to) {
      if (to < from) return ZERO;
      return fromUnits(betweenUnits(from, to));
    },
    upToAtLeast(date, amount) {
      return atLeast(sumOf(countBefore(dates, date, true)), amount);
    },
    betweenAtLeast(from, to, amount) {
      return atLeast(betweenUnits(from, to), amount);
    },
  };
}
