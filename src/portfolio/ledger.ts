import { daysBetween, type PlainDate } from '../dates/internal.js';
import type { ErrorPath } from '../errors/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { invalidInput, rethrowAsInvalidInput, show } from '../internal/validate.js';
import type { MoneyInput } from '../money/internal.js';
import { centsOrProblem } from './cents.js';
import type { PortfolioWarningDraft } from './warning.js';

/**
 * A payment or a credit note (avoir) recorded against a {@link LedgerInvoice}.
 *
 * @category Portfolio
 */
export interface LedgerMovement {
  /** The day the payment was received or the credit note issued (`YYYY-MM-DD`). */
  readonly date: string;
  /** The amount in euros, incl. VAT, strictly above 0, at most two decimals. */
  readonly amount: MoneyInput;
}

/**
 * A promise to pay (promesse de paiement) given by the debtor for one invoice.
 *
 * @category Portfolio
 */
export interface PromiseToPayEvent {
  /** The event type. */
  readonly type: 'promise_to_pay';
  /** The day the promise was made. */
  readonly date: string;
  /** The day the debtor promised to pay by (on or after `date`). */
  readonly promisedDate: string;
  /** The promised amount; when omitted, the promise is to settle the whole balance. */
  readonly amount?: MoneyInput;
}

/**
 * Any other event attached to an invoice (for example the dunning module's events): only its
 * `type` and `date` are checked; the portfolio functions ignore it.
 *
 * @category Portfolio
 */
export interface OtherLedgerEvent {
  /** The event type (anything but `'promise_to_pay'`). */
  readonly type: string;
  /** The day of the event. */
  readonly date: string;
}

/**
 * An event in an invoice's history; only {@link PromiseToPayEvent} is read by the portfolio
 * functions.
 *
 * @category Portfolio
 */
export type LedgerEvent = PromiseToPayEvent | OtherLedgerEvent;

/**
 * One invoice of a receivables ledger, in the light shape the portfolio functions read.
 *
 * @remarks Checked by a hand-written test per item rather than a zod schema, so that a ledger of a
 * million invoices can be streamed in well under two seconds (see `docs/portfolio.md`). Unknown
 * properties are ignored. A parsed `Invoice` of the invoice module can be turned into this shape
 * with {@link ledgerItemFromInvoice}.
 * @category Portfolio
 */
export interface LedgerInvoice {
  /** The invoice's identifier; `id` or `number` is required. */
  readonly id?: string | number;
  /** The invoice number, used when `id` is absent. */
  readonly number?: string;
  /** Who owes it: any non-empty string the caller uses to group invoices per client. */
  readonly debtorId: string;
  /** The invoice date. Invoices issued after `asOf` are left out (and counted). */
  readonly issueDate: string;
  /** The due date (échéance); days past due = `daysBetween(dueDate, asOf)`. */
  readonly dueDate: string;
  /** The invoice total incl. VAT (TTC), zero or more, at most two decimals. */
  readonly amount: MoneyInput;
  /** Payments received; those dated after `asOf` are not applied (warning `EVENTS_AFTER_AS_OF`). */
  readonly payments?: ReadonlyArray<LedgerMovement>;
  /** Credit notes (avoirs); those dated after `asOf` are not applied (`EVENTS_AFTER_AS_OF`). */
  readonly creditNotes?: ReadonlyArray<LedgerMovement>;
  /** True when the debtor contests the invoice (litige). */
  readonly disputed?: boolean;
  /** The invoice's history; promises to pay feed {@link payerProfile}. */
  readonly events?: ReadonlyArray<LedgerEvent>;
}

/** A payment, credit note or promise, normalised to day numbers and cents. @internal */
export interface Movement {
  readonly day: number;
  readonly cents: number;
}

/** A promise to pay, normalised. @internal */
export interface PromiseEntry {
  readonly day: number;
  readonly promisedDay: number;
  readonly promisedDate: string;
  readonly cents: number | undefined;
}

/** A ledger item, validated and normalised to the situation on `asOf`. @internal */
export interface Entry {
  readonly index: number;
  readonly ref: string;
  readonly debtorId: string;
  readonly issueDay: number;
  readonly issueDate: string;
  readonly dueDay: number;
  readonly amountCents: number;
  /** Payments dated on or before asOf. */
  readonly paidCents: number;
  /** Credit notes dated on or before asOf. */
  readonly creditedCents: number;
  /** max(amount − paid − credited, 0). */
  readonly outstandingCents: number;
  /** max(paid + credited − amount, 0): an overpayment, owed back to the debtor. */
  readonly creditCents: number;
  readonly disputed: boolean;
  /** Only filled in detail mode: payments on or before asOf, in date order. */
  readonly payments: ReadonlyArray<Movement>;
  /** Only filled in detail mode: credit notes on or before asOf, in date order. */
  readonly creditNotes: ReadonlyArray<Movement>;
  /** Promises made on or before asOf. */
  readonly promises: ReadonlyArray<PromiseEntry>;
  /** Payments, credit notes and promises dated after asOf (not applied), or `null`. */
  readonly later: Later | null;
}

/** Items dated after asOf: how many, and the earliest (as day number and text). @internal */
export interface Later {
  count: number;
  firstDay: number;
  firstDate: string;
}

/** @internal */
export function countLater(acc: Later | null, day: number, date: string): Later {
  if (acc === null) return { count: 1, firstDay: day, firstDate: date };
  acc.count++;
  if (day < acc.firstDay) {
    acc.firstDay = day;
    acc.firstDate = date;
  }
  return acc;
}

/**
 * Adds an entry's later items to `acc` (the portfolio functions sum those of the entries they use).
 * @internal
 */
export function addLater(acc: Later | null, e: Entry): Later | null {
  if (e.later === null) return acc;
  if (acc === null) return { ...e.later };
  acc.count += e.later.count;
  if (e.later.firstDay < acc.firstDay) {
    acc.firstDay = e.later.firstDay;
    acc.firstDate = e.later.firstDate;
  }
  return acc;
}

/**
 * The EVENTS_AFTER_AS_OF warning for the payments, credit notes and promises dated after asOf that
 * were not applied, or none.
 * @internal
 */
export function laterWarnings(later: Later | null, asOf: string): PortfolioWarningDraft[] {
  if (later === null) return [];
  const { count, firstDate } = later;
  return [
    {
      code: 'EVENTS_AFTER_AS_OF',
      params: { count, firstDate, asOf },
      severity: 'warning',
      article: 'n/a',
      details: { count, firstDate },
    },
  ];
}

/** An item that looks like the invoice module's `Invoice` (no `amount`, a `buyer`). @internal */
export type InvoiceMapper = (item: object, path: ErrorPath) => LedgerInvoice;

const EPOCH = '2000-01-01';
/** Bound of the per-call date cache; beyond it the cache starts afresh (flat memory). */
const CACHE_LIMIT = 65_536;
const NONE: ReadonlyArray<never> = [];

/** The per-call state of a ledger read: a cache of validated dates → day numbers. @internal */
export interface LedgerContext {
  readonly days: Map<string, number>;
  readonly asOfDay: number;
  readonly detail: boolean;
  readonly mapInvoice: InvoiceMapper | undefined;
}

/** @internal */
export function ledgerContext(
  asOf: PlainDate,
  detail: boolean,
  mapInvoice?: InvoiceMapper,
): LedgerContext {
  const days = new Map<string, number>();
  return { days, asOfDay: daysBetween(EPOCH, asOf), detail, mapInvoice };
}

/** The path of a field of item `index`: `['invoices', index, a, i, b]`, built only on error. */
function at(index: number, a: string, i?: number, b?: string): ErrorPath {
  if (i === undefined) return ['invoices', index, a];
  return b === undefined ? ['invoices', index, a, i] : ['invoices', index, a, i, b];
}

/**
 * The day number of a date (days since 2000-01-01), validated with the dates module on the first
 * sight of each distinct string and cached (a ledger has few distinct dates); or the problem.
 */
function dayOrProblem(ctx: LedgerContext, value: unknown): number | string {
  if (typeof value === 'string') {
    const cached = ctx.days.get(value);
    if (cached !== undefined) return cached;
  }
  let day: number;
  try {
    day = daysBetween(EPOCH, value as string);
  } catch (error) {
    return (
      (isImpayesError(error) ? error.issues[0]?.message : undefined) ??
      `is not a valid date, received ${show(value)}`
    );
  }
  if (ctx.days.size >= CACHE_LIMIT) ctx.days.clear();
  ctx.days.set(value as string, day);
  return day;
}

function dayAt(
  ctx: LedgerContext,
  value: unknown,
  index: number,
  a: string,
  i?: number,
  b?: string,
): number {
  const day = dayOrProblem(ctx, value);
  return typeof day === 'string' ? invalidInput(day, at(index, a, i, b)) : day;
}

function centsAt(
  value: unknown,
  sign: 'positive' | 'nonNegative',
  index: number,
  a: string,
  i?: number,
  b?: string,
): number {
  const cents = centsOrProblem(value, sign);
  return typeof cents === 'string' ? invalidInput(cents, at(index, a, i, b)) : cents;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function movements(
  ctx: LedgerContext,
  list: unknown,
  index: number,
  key: string,
  out: Movement[] | undefined,
  later: { acc: Later | null },
): number {
  if (list === undefined) return 0;
  if (!Array.isArray(list))
    invalidInput(`must be an array, received ${show(list)}`, at(index, key));
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const m: unknown = list[i];
    if (!isObject(m)) invalidInput(`must be an object, received ${show(m)}`, at(index, key, i));
    const day = dayAt(ctx, m.date, index, key, i, 'date');
    const cents = centsAt(m.amount, 'positive', index, key, i, 'amount');
    if (day <= ctx.asOfDay) {
      total += cents;
      out?.push({ day, cents });
    } else later.acc = countLater(later.acc, day, m.date as string);
  }
  if (out !== undefined && out.length > 1) out.sort((x, y) => x.day - y.day);
  return total;
}

function promises(
  ctx: LedgerContext,
  list: unknown,
  index: number,
  later: { acc: Later | null },
): PromiseEntry[] {
  const out: PromiseEntry[] = [];
  if (!Array.isArray(list)) {
    invalidInput(`must be an array, received ${show(list)}`, at(index, 'events'));
  }
  for (let i = 0; i < list.length; i++) {
    const e: unknown = list[i];
    if (!isObject(e))
      invalidInput(`must be an object, received ${show(e)}`, at(index, 'events', i));
    if (typeof e.type !== 'string' || e.type === '') {
      invalidInput(
        `must be a non-empty string, received ${show(e.type)}`,
        at(index, 'events', i, 'type'),
      );
    }
    const day = dayAt(ctx, e.date, index, 'events', i, 'date');
    if (e.type !== 'promise_to_pay') continue;
    const promisedDay = dayAt(ctx, e.promisedDate, index, 'events', i, 'promisedDate');
    if (promisedDay < day) {
      invalidInput(
        `must not be before the promise date ${show(e.date)}, received ${show(e.promisedDate)}`,
        at(index, 'events', i, 'promisedDate'),
      );
    }
    const cents =
      e.amount === undefined
        ? undefined
        : centsAt(e.amount, 'positive', index, 'events', i, 'amount');
    if (day <= ctx.asOfDay) {
      out.push({ day, promisedDay, promisedDate: e.promisedDate as string, cents });
    } else later.acc = countLater(later.acc, day, e.date as string);
  }
  return out;
}

/**
 * Validates one ledger item (cheap hand-written checks, paths `['invoices', index, …]`) and
 * normalises it to the situation on `asOf`. Returns `undefined` for an invoice issued after `asOf`.
 * @internal
 */
export function readItem(ctx: LedgerContext, raw: unknown, index: number): Entry | undefined {
  if (!isObject(raw)) {
    return invalidInput(`must be an object, received ${show(raw)}`, ['invoices', index]);
  }
  let item: Record<string, unknown> = raw;
  if (!('amount' in item) && 'buyer' in item && ctx.mapInvoice !== undefined) {
    item = ctx.mapInvoice(item, ['invoices', index]) as unknown as Record<string, unknown>;
  }
  const ref = item.id ?? item.number;
  if (
    !((typeof ref === 'string' && ref !== '') || (typeof ref === 'number' && Number.isFinite(ref)))
  ) {
    invalidInput(
      `must be a non-empty string or a number, received ${show(ref)}`,
      at(index, item.id === undefined ? 'number' : 'id'),
    );
  }
  const debtorId = item.debtorId;
  if (typeof debtorId !== 'string' || debtorId === '') {
    invalidInput(`must be a non-empty string, received ${show(debtorId)}`, at(index, 'debtorId'));
  }
  const issueDay = dayAt(ctx, item.issueDate, index, 'issueDate');
  const dueDay = dayAt(ctx, item.dueDate, index, 'dueDate');
  if (dueDay < issueDay) {
    // The same rule as parseInvoice: a due date cannot come before the invoice exists.
    invalidInput(
      `${show(item.dueDate)} is before the issue date ${show(item.issueDate)}`,
      at(index, 'dueDate'),
    );
  }
  const amountCents = centsAt(item.amount, 'nonNegative', index, 'amount');
  const disputed = item.disputed;
  if (disputed !== undefined && typeof disputed !== 'boolean') {
    invalidInput(`must be true or false, received ${show(disputed)}`, at(index, 'disputed'));
  }
  const payments: Movement[] | undefined = ctx.detail ? [] : undefined;
  const creditNotes: Movement[] | undefined = ctx.detail ? [] : undefined;
  const later: { acc: Later | null } = { acc: null };
  const paidCents = movements(ctx, item.payments, index, 'payments', payments, later);
  const creditedCents = movements(ctx, item.creditNotes, index, 'creditNotes', creditNotes, later);
  const promiseList = item.events === undefined ? NONE : promises(ctx, item.events, index, later);
  if (issueDay > ctx.asOfDay) return undefined;
  const net = amountCents - paidCents - creditedCents;
  return {
    index,
    ref: typeof ref === 'string' ? ref : String(ref),
    debtorId,
    issueDay,
    issueDate: item.issueDate as string,
    dueDay,
    amountCents,
    paidCents,
    creditedCents,
    outstandingCents: net > 0 ? net : 0,
    creditCents: net < 0 ? -net : 0,
    disputed: disputed === true,
    payments: payments ?? NONE,
    creditNotes: creditNotes ?? NONE,
    promises: promiseList,
    later: later.acc,
  };
}

/** Whether `value` can be iterated; a Proxy that throws when asked counts as not iterable. */
/** @internal */
export function isIterable(value: unknown): boolean {
  try {
    return (
      isObject(value) &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
    );
  } catch {
    return false;
  }
}

/** Rejects a second invoice with the same id in one ledger (it would be counted twice). */
/** @internal */
export function checkUnique(seen: Map<string, number>, entry: Entry): void {
  const first = seen.get(entry.ref);
  if (first !== undefined) {
    invalidInput(`duplicates the id ${show(entry.ref)} of invoices[${first}]`, [
      'invoices',
      entry.index,
      'id',
    ]);
  }
  seen.set(entry.ref, entry.index);
}

/** What a ledger read counted besides the entries it visited. @internal */
export interface ReadSummary {
  /** Items read, including those issued after asOf. */
  readonly read: number;
  /** Items issued after asOf, left out. */
  readonly notYetIssued: number;
}

/**
 * Streams `invoices` once, visiting each entry issued on or before asOf. Accepts any iterable.
 * @internal
 */
export function readLedger(
  ctx: LedgerContext,
  invoices: unknown,
  visit: (entry: Entry) => void,
): ReadSummary {
  if (!isIterable(invoices)) {
    invalidInput(
      `must be an iterable of invoices (an array, a generator…), received ${show(invoices)}`,
      ['invoices'],
    );
  }
  // An array is already in memory, so checking its ids costs nothing extra; a stream (generator)
  // is read in constant memory and its ids are trusted to be unique (README, Input limits).
  const seen = Array.isArray(invoices) ? new Map<string, number>() : undefined;
  let index = 0;
  let notYetIssued = 0;
  try {
    for (const raw of invoices as unknown as Iterable<unknown>) {
      const entry = readItem(ctx, raw, index);
      if (seen !== undefined && entry !== undefined) checkUnique(seen, entry);
      if (entry === undefined) notYetIssued++;
      else visit(entry);
      index++;
    }
  } catch (error) {
    rethrowAsInvalidInput(error, 'invoices', ['invoices', index]);
  }
  return { read: index, notYetIssued };
}
