import * as z from 'zod/mini';
import { AccountSchema, type CustomerAccountInput } from '../collections/account.js';
import type { CustomerTotals } from '../collections/decision.js';
import {
  type CollectionsEventInput,
  CollectionsEventSchema,
  isCollectionsEvent,
} from '../collections/events.js';
import type { CustomerMessageKind } from '../collections/kinds.js';
import {
  type CollectionsPolicy,
  type CollectionsPolicyInput,
  createCollectionsPolicy,
  resolvePolicy,
} from '../collections/policy.js';
import { sumTotals } from '../collections/totals.js';
import { addDaysValid, daysBetween, type PlainDate, PlainDateSchema } from '../dates/internal.js';
// Straight from the defining files, so that the type bundles of the two entry points share them.
import {
  type DunningChannel,
  type DunningEventInput,
  DunningEventSchema,
  DunningEventsSchema,
} from '../dunning/events.js';
import { type DunningDecision, nextDunningStep } from '../dunning/next-step.js';
import {
  createDunningPolicy,
  type DunningPolicy,
  type DunningPolicyInput,
  type DunningStepKind,
} from '../dunning/policy.js';
import { ImpayesError } from '../errors/internal.js';
import { jsonData } from '../internal/json-data.js';
import { inputLimits } from '../internal/limits.js';
import { parseOrThrow, rethrowAsInvalidInput } from '../internal/validate.js';
import { type InvoiceLike, InvoiceSchema } from '../invoice/internal.js';
import type { RatesOption } from '../rates/internal.js';
import {
  type Account,
  type AccountInvoice,
  checkBuyerKinds,
  isAccountInvoice,
  tooMany,
} from './accounts.js';
import { simulateAccountDay } from './customer-day.js';
import { structuredCopy } from './invoices.js';
import { plainCopy } from './overrides.js';

/** The longest simulation: ten years and a bit (3 660 days, both ends included). */
const MAX_DAYS = 3660;
const MAX_ITEMS = inputLimits.sizes.maxArrayItems;

/**
 * An event to apply on its date during a simulation: the customer pays, promises, disputes…
 * `invoiceNumber` names the invoice whose log receives it.
 *
 * @category Testing
 */
export interface ScriptedEvent {
  /** The number of the invoice concerned. */
  readonly invoiceNumber: string;
  /** The event; applied at the start of its `date`, before that day's decisions. */
  readonly event: DunningEventInput;
}

/**
 * What {@link SimulateDunningOptions.onDay} is given each morning.
 *
 * @category Testing
 */
export interface SimulationDay {
  /** The day about to be simulated. */
  readonly date: PlainDate;
  /** The messages sent on the days before (a copy). */
  readonly messages: ReadonlyArray<SimulatedMessage>;
  /** A copy of an invoice's event log at the end of the day before (`[]` for an unknown number). */
  readonly logOf: (invoiceNumber: string) => CollectionsEventInput[];
}

/**
 * Options of {@link simulateDunning}.
 *
 * @category Testing
 */
export interface SimulateDunningOptions {
  /** The first simulated day (`YYYY-MM-DD`). */
  readonly from: string;
  /** The last simulated day, at most 3 659 days after `from`. */
  readonly to: string;
  /**
   * The policy: a per-invoice dunning policy, or a customer-level collections policy (built by
   * `createCollectionsPolicy`, or an input with `dunning`, `minDaysBetweenMessages` or
   * `afterLatePayment`). Accounts run the collections policy (a dunning policy becomes its ladder,
   * with the default minimum gap), unless the account has its own `policy`; bare invoices run the
   * per-invoice ladder (a collections policy's `dunning`). Default: the library's default policies.
   */
  readonly policy?: DunningPolicy | DunningPolicyInput | CollectionsPolicy | CollectionsPolicyInput;
  /** Rate rows beyond the built-in table, for the amounts of each decision. */
  readonly rates?: RatesOption;
  /** Events to apply on their dates (each within `from`–`to`). */
  readonly script?: ReadonlyArray<ScriptedEvent>;
  /**
   * Called each morning; returns events to apply on that day or a later one (within `from`–`to`),
   * e.g. "the customer pays 10 days after the formal notice".
   */
  readonly onDay?: (day: SimulationDay) => ReadonlyArray<ScriptedEvent> | undefined;
}

/**
 * The amounts a message claims for one invoice (canonical euro strings such as `'1234.50'`).
 *
 * @category Testing
 */
export interface SimulatedAmounts extends CustomerTotals {
  /** The invoice. */
  readonly invoiceNumber: string;
}

/**
 * One message a customer receives on a day: the invoices it lists, its kind and channel, and the
 * amounts claimed.
 *
 * @category Testing
 */
export interface SimulatedMessage {
  /** The day it is sent. */
  readonly date: PlainDate;
  /** The account's `debtor.id`; for bare invoices, the buyer's SIREN, else its name. */
  readonly customerId: string;
  /**
   * The invoices the message lists: for an account, every overdue invoice not on hold (with or
   * without a step of its own that day), and those whose late-payment claim it makes; for a bare
   * invoice, that invoice.
   */
  readonly invoiceNumbers: ReadonlyArray<string>;
  /** The message's kind: the most advanced step due (or `'late_payment_claim'`, accounts only). */
  readonly kind: CustomerMessageKind;
  /** How it is sent. */
  readonly channel: DunningChannel;
  /** Sent after its day (an account's minimum gap between messages, or a non-working day). */
  readonly late: boolean;
  /** For a formal notice (mise en demeure): the invoices it covers; else `[]`. */
  readonly formalNoticeCovers: ReadonlyArray<string>;
  /** The amounts claimed per invoice listed (none for an invoice only given a pre-due notice). */
  readonly amounts: ReadonlyArray<SimulatedAmounts>;
  /** The sums of `amounts`. */
  readonly totals: CustomerTotals;
  /** Each invoice's own step, as recorded in its log. */
  readonly steps: ReadonlyArray<{
    readonly invoiceNumber: string;
    readonly stepId: string;
    readonly kind: DunningStepKind;
    readonly channel: DunningChannel;
  }>;
}

/**
 * A decision that is a task for the creditor, not a message: escalate to a court route or declare
 * the claim in insolvency; listed on the first day of each (by its idempotency key).
 *
 * @category Testing
 */
export interface SimulatedTask {
  /** The first day the decision was returned. */
  readonly date: PlainDate;
  /** As in {@link SimulatedMessage}. */
  readonly customerId: string;
  /** The invoice concerned. */
  readonly invoiceNumber: string;
  /** The decision type. */
  readonly type: 'escalate' | 'declare_claim';
  /** The decision's idempotency key. */
  readonly idempotencyKey: string;
}

/**
 * The outcome of {@link simulateDunning}.
 *
 * @category Testing
 */
export interface SimulationResult {
  /** Every message sent, by date then customer (input order). */
  readonly messages: SimulatedMessage[];
  /** The same messages per customer, in input order (an empty list for a customer never contacted). */
  readonly customers: Array<{
    readonly customerId: string;
    readonly messages: SimulatedMessage[];
  }>;
  /** Escalations and claims to declare, by first date. */
  readonly tasks: SimulatedTask[];
  /** The final event log of each invoice (input order). */
  readonly logs: Array<{
    readonly customerId: string;
    readonly invoiceNumber: string;
    readonly events: CollectionsEventInput[];
  }>;
}

const ScriptSchema = /* @__PURE__ */ z.array(
  z.strictObject({ invoiceNumber: z.string(), event: DunningEventSchema }),
);

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  from: PlainDateSchema,
  to: PlainDateSchema,
  policy: z.optional(z.unknown()),
  rates: z.optional(z.unknown()),
  script: z.optional(z.unknown()),
  onDay: z.optional(
    z.custom<SimulateDunningOptions['onDay']>((v) => typeof v === 'function', {
      error: 'must be a function',
    }),
  ),
});

const ItemsSchema = /* @__PURE__ */ z.array(z.unknown()).check(tooMany());

/** @internal One invoice being simulated. */
export interface Track {
  readonly customerId: string;
  readonly number: string;
  readonly invoice: InvoiceLike;
  readonly log: CollectionsEventInput[];
  /** A `none` decision stands until the log changes: no need to decide again. */
  settled: boolean;
}

/** An account as given, without its invoices (those are the tracks). */
type AccountHead = Omit<CustomerAccountInput, 'invoices'>;

/** @internal One customer: an account's invoices, or a bare invoice alone. */
export interface Group {
  /** The position in the input. */
  readonly index: number;
  readonly customerId: string;
  readonly tracks: ReadonlyArray<Track>;
  /** The account (debtor, policy, last contact); `null` for a bare invoice. */
  readonly head: AccountHead | null;
}

/** @internal The group of an account. */
export interface AccountGroup extends Group {
  readonly head: AccountHead;
}

/**
 * Throws for an own key named like a property of `Object.prototype` (`"__proto__"`,
 * `"constructor"`, `"toString"`…) anywhere in an event: the schemas take it for a known key and let
 * it through, and a log must hold plain data only.
 */
function refuseProtoKey(value: unknown, path: ReadonlyArray<string | number>): void {
  if (typeof value !== 'object' || value === null) return;
  const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && key in Object.prototype)
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid event: unknown key ${JSON.stringify(key)}.`,
        path: [...path, key],
      });
    refuseProtoKey(item, [...path, key]);
  }
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__'))
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: 'Invalid event: unknown key "__proto__".',
      path: [...path, '__proto__'],
    });
}

function outOfRange(message: string, path: ReadonlyArray<string | number>): ImpayesError {
  return new ImpayesError({ code: 'OUT_OF_RANGE', message, path });
}

/** An account's log: dunning events and collections events (claims after late payment). */
function accountEventsOf(events: unknown, path: ReadonlyArray<string | number>) {
  const list = parseOrThrow(ItemsSchema, events ?? [], 'events', path);
  return list.map((e, i) =>
    isCollectionsEvent(e)
      ? parseOrThrow(CollectionsEventSchema, e, 'event', [...path, i])
      : parseOrThrow(DunningEventSchema, e, 'event', [...path, i]),
  );
}

/** A plain copy of a checked log, refusing keys named like `Object.prototype`'s. */
function copiedLog(events: unknown, path: ReadonlyArray<string | number>): CollectionsEventInput[] {
  const log = plainCopy(events ?? []) as CollectionsEventInput[];
  log.forEach((e, i) => {
    refuseProtoKey(e, [...path, i]);
  });
  // As a store keeps it (no NaN, symbol, Date or undefined in an extra key): it is returned.
  return jsonData(log, [...path]) as CollectionsEventInput[];
}

/** Validates one `{ invoice, events }` entry; the log must not run ahead of `from`. */
function trackOf(
  entry: { readonly invoice: unknown; readonly events?: unknown },
  customerId: string,
  path: ReadonlyArray<string | number>,
  from: PlainDate,
  account: boolean,
): Track {
  const invoice = parseOrThrow(InvoiceSchema, entry.invoice, 'invoice', [...path, 'invoice']);
  const events = account
    ? accountEventsOf(entry.events, [...path, 'events'])
    : parseOrThrow(DunningEventsSchema, entry.events, 'events', [...path, 'events']);
  const late = events.findIndex((e) => e.date > from);
  if (late >= 0)
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: `Invalid events: event ${late} is dated ${events[late]!.date}, after the first simulated day ${from}; pass it in options.script to apply it on its day.`,
      path: [...path, 'events', late, 'date'],
    });
  return {
    customerId,
    number: invoice.number,
    // Copies of the caller's input as given (read once by plainCopy): the log grows day by day.
    invoice: plainCopy(entry.invoice) as InvoiceLike,
    log: copiedLog(entry.events, [...path, 'events']),
    settled: false,
  };
}

/**
 * One account, checked as the collections module checks a `CustomerAccountInput` (debtor contact
 * fields, `policy`, `lastContactOn`), each of its invoices a track.
 */
function accountGroup(item: unknown, i: number, from: PlainDate): Group {
  const account = parseOrThrow(AccountSchema, item, 'account', [i]);
  // The account's own fields as checked (read once), for the daily decisions.
  const head: AccountHead = {
    debtor: account.debtor as AccountHead['debtor'],
    ...(account.policy === undefined ? {} : { policy: account.policy }),
    ...(account.lastContactOn === undefined ? {} : { lastContactOn: account.lastContactOn }),
  };
  const entries = account.invoices.map((entry, j) => {
    if (!isAccountInvoice(entry))
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid account ${i}: invoice ${j} must be { invoice, events }.`,
        path: [i, 'invoices', j],
      });
    return entry;
  });
  checkBuyerKinds(account.debtor, entries as ReadonlyArray<AccountInvoice>, [i]);
  const tracks = entries.map((entry, j) =>
    trackOf(entry, account.debtor.id, [i, 'invoices', j], from, true),
  );
  return { index: i, customerId: account.debtor.id, tracks, head };
}

/** One bare invoice, alone or as `{ invoice, events }`: its own customer. */
function invoiceGroup(item: unknown, i: number, from: PlainDate): Group {
  const paired = isAccountInvoice(item);
  const entry = paired
    ? (item as { invoice: unknown; events: unknown })
    : { invoice: item, events: [] };
  const track = trackOf(entry, '', paired ? [i] : [i, 'invoice'], from, false);
  const buyer = (track.invoice as { buyer: { siren?: string; name: string } }).buyer;
  const customerId = buyer.siren ?? buyer.name;
  return { index: i, customerId, tracks: [{ ...track, customerId }], head: null };
}

/** Reads the accounts or bare invoices into groups of tracks. */
function groupsOf(input: unknown, from: PlainDate): Group[] {
  try {
    const items = parseOrThrow(ItemsSchema, input, 'accountsOrInvoices');
    const isAccount = (item: unknown) =>
      typeof item === 'object' && item !== null && 'debtor' in item;
    const accounts = items.length > 0 && isAccount(items[0]);
    const groups = items.map((item, i): Group => {
      if (accounts !== isAccount(item))
        throw new ImpayesError({
          code: 'INVALID_INPUT',
          message: `Invalid accountsOrInvoices: item ${i} mixes accounts and invoices; pass one or the other.`,
          path: [i],
        });
      return accounts ? accountGroup(item, i, from) : invoiceGroup(item, i, from);
    });
    return groups;
  } catch (error) {
    // A getter or a Proxy of the caller's input that throws is bad input too.
    return rethrowAsInvalidInput(error, 'accountsOrInvoices', []);
  }
}

/** The tracks by invoice number; a number may appear once. */
function indexTracks(groups: ReadonlyArray<Group>): Map<string, Track> {
  const byNumber = new Map<string, Track>();
  for (const track of groups.flatMap((g) => g.tracks)) {
    if (byNumber.has(track.number))
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid accountsOrInvoices: the invoice number ${JSON.stringify(track.number)} appears twice; scripted events name invoices by number.`,
      });
    byNumber.set(track.number, track);
  }
  return byNumber;
}

/** Checks scripted events and files them by date. */
function schedule(
  pending: Map<string, ScriptedEvent[]>,
  script: unknown,
  byNumber: ReadonlyMap<string, Track>,
  range: { from: PlainDate; to: PlainDate },
  label: string,
): void {
  // Read once: the events kept are copies of what was checked.
  let copy: unknown;
  try {
    copy = plainCopy(script);
  } catch (error) {
    rethrowAsInvalidInput(error, label, [label]);
  }
  const items = parseOrThrow(ScriptSchema, copy, label, [label]);
  if (items.length > MAX_ITEMS)
    throw outOfRange(`Too many scripted events: ${items.length}, at most ${MAX_ITEMS}.`, [label]);
  items.forEach((item, i) => {
    if (!byNumber.has(item.invoiceNumber))
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid ${label}: event ${i} names the invoice ${JSON.stringify(item.invoiceNumber)}, which is not simulated.`,
        path: [label, i, 'invoiceNumber'],
      });
    const date = item.event.date;
    if (date < range.from || date > range.to)
      throw outOfRange(
        `${label} event ${i} is dated ${date}, outside the simulated days ${range.from} to ${range.to}.`,
        [label, i, 'event', 'date'],
      );
    const raw = (copy as ReadonlyArray<ScriptedEvent>)[i]!;
    const list = pending.get(date) ?? [];
    refuseProtoKey(raw.event, [label, i, 'event']);
    // As a store keeps it (no NaN, Date or undefined in an extra key): it ends up in the logs.
    const event = jsonData(structuredCopy(raw.event), [label, i, 'event']) as typeof raw.event;
    list.push({ invoiceNumber: item.invoiceNumber, event });
    pending.set(date, list);
  });
}

/** The message of a bare invoice's action decision. */
function messageOf(
  date: PlainDate,
  track: Track,
  decision: Extract<DunningDecision, { type: 'action' }>,
): SimulatedMessage {
  const a = decision.amounts;
  const amounts: SimulatedAmounts = {
    invoiceNumber: track.number,
    principal: a.principal,
    penalties: a.penalties,
    indemnity: a.indemnity,
    total: a.total,
  };
  const step = decision.step;
  return {
    date,
    customerId: track.customerId,
    invoiceNumbers: [track.number],
    kind: step.kind,
    channel: step.channel,
    late: decision.late,
    formalNoticeCovers: step.kind === 'formal_notice' ? [track.number] : [],
    amounts: [amounts],
    totals: sumTotals([amounts]),
    steps: [
      { invoiceNumber: track.number, stepId: step.id, kind: step.kind, channel: step.channel },
    ],
  };
}

/** The per-invoice options of a run. */
interface InvoiceRun {
  readonly policy: DunningPolicy | undefined;
  readonly rates: unknown;
}

/**
 * The per-invoice path (bare invoices): asks `nextDunningStep` about the invoice, records in its
 * log the event an action decision says to record, and returns the message and tasks of the day.
 */
function simulateInvoiceDay(
  track: Track,
  date: PlainDate,
  options: InvoiceRun,
  seenTasks: Set<string>,
): { message: SimulatedMessage | null; tasks: SimulatedTask[] } {
  if (track.settled) return { message: null, tasks: [] };
  const decision = nextDunningStep(track.invoice, track.log as DunningEventInput[], {
    today: date,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.rates === undefined ? {} : { rates: options.rates as RatesOption }),
  });
  if (decision.type === 'action') {
    // The decision's record is what the app stores once the step is done.
    track.log.push({ ...decision.record, date } as DunningEventInput);
    return { message: messageOf(date, track, decision), tasks: [] };
  }
  if (decision.type === 'none') track.settled = true;
  if (decision.type === 'none' || decision.type === 'wait') return { message: null, tasks: [] };
  if (seenTasks.has(decision.idempotencyKey)) return { message: null, tasks: [] };
  seenTasks.add(decision.idempotencyKey);
  const task: SimulatedTask = {
    date,
    customerId: track.customerId,
    invoiceNumber: track.number,
    type: decision.type,
    idempotencyKey: decision.idempotencyKey,
  };
  return { message: null, tasks: [task] };
}

/** The policies of a run: the per-invoice one for bare invoices, the customer one for accounts. */
interface RunPolicies {
  readonly dunning: DunningPolicy | undefined;
  readonly collections: CollectionsPolicy | undefined;
}

/** Whether a policy option is a collections policy (built, or an input with its own fields). */
function isCollectionsPolicy(policy: object): boolean {
  return 'dunning' in policy || 'minDaysBetweenMessages' in policy || 'afterLatePayment' in policy;
}

/** Builds the option `policy` once, as a per-invoice and a customer-level policy. */
function policiesOf(policy: unknown): RunPolicies {
  if (policy === undefined) return { dunning: undefined, collections: undefined };
  try {
    if (typeof policy === 'object' && policy !== null && isCollectionsPolicy(policy)) {
      const collections = resolvePolicy(policy as CollectionsPolicyInput);
      return { dunning: collections.dunning, collections };
    }
    const dunning = createDunningPolicy(policy as DunningPolicyInput);
    return { dunning, collections: createCollectionsPolicy({ dunning }) };
  } catch (error) {
    // A Proxy or a getter of the caller's policy that throws is bad input too.
    return rethrowAsInvalidInput(error, 'options.policy', ['policy']);
  }
}

/**
 * One day for one customer: accounts go through the collections module's
 * `nextCustomerDunningStep` (at most one message, the minimum gap, every overdue invoice listed);
 * bare invoices through the per-invoice path.
 */
function simulateGroupDay(
  group: Group,
  date: PlainDate,
  policies: RunPolicies,
  rates: unknown,
  seenTasks: Set<string>,
): { message: SimulatedMessage | null; tasks: SimulatedTask[] } {
  if (group.head !== null)
    return simulateAccountDay(
      group as AccountGroup,
      date,
      { policy: policies.collections, rates },
      seenTasks,
    );
  return simulateInvoiceDay(group.tracks[0]!, date, { policy: policies.dunning, rates }, seenTasks);
}

/** Checks `from` and `to`: in order, and at most MAX_DAYS days. */
function checkPeriod(from: PlainDate, to: PlainDate): void {
  if (to < from) throw outOfRange(`options.to (${to}) is before options.from (${from}).`, ['to']);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_DAYS)
    throw outOfRange(
      `A simulation covers at most ${MAX_DAYS} days; ${from} to ${to} is ${days} days.`,
      ['to'],
    );
}

/** Applies the scripted events of a day to their logs (before the day's decisions). */
function applyScripted(
  pending: Map<string, ScriptedEvent[]>,
  byNumber: ReadonlyMap<string, Track>,
  date: PlainDate,
): void {
  for (const item of pending.get(date) ?? []) {
    const track = byNumber.get(item.invoiceNumber)!;
    track.log.push(item.event);
    track.settled = false;
  }
  pending.delete(date);
}

/**
 * Runs the daily dunning loop over a period, as an app's scheduler would: each day, applies the
 * scripted events of the day, asks what to do, and records in the logs the events each decision
 * says to record, so that the next day sees them. Returns the dated messages each customer
 * receives (kind, invoices listed, amounts), the creditor's tasks (escalations, claims to declare)
 * and the final logs, so that a test can say "with this policy, this customer gets a formal notice
 * on 2 April".
 *
 * Accounts go through the collections module's `nextCustomerDunningStep`, one call per account and
 * day: at most one message per customer per day, never two within the policy's
 * `minDaysBetweenMessages` (a step due during the gap is sent late), one letter listing every
 * overdue invoice not on hold, each invoice advancing its own ladder (the decision's `records`).
 * An account's own `policy` wins over the option. Bare invoices go through `nextDunningStep`
 * (the per-invoice path): each action is its own message, for the customer named by the buyer's
 * SIREN, else its name.
 *
 * @remarks Pure and deterministic: no clock, no randomness; the only code run besides the library is
 * `onDay`, whose own errors are not caught (they are the test's). A `none` decision (paid, written
 * off, time-barred…, or nothing open on an account) is not asked again until a log changes. The caller's inputs are
 * not modified.
 * @param accountsOrInvoices - accounts (see {@link anAccount}; any `CustomerAccountInput` of the
 * collections module), or invoices each alone or as
 * `{ invoice, events }`; every invoice number once; logs not dated after `from`
 * @param options - `from`, `to`, and optionally `policy`, `rates`, `script` and `onDay`
 * @returns the messages, tasks and final logs; see {@link SimulationResult}
 * @throws ImpayesError `INVALID_INPUT` for a malformed input or scripted event; `OUT_OF_RANGE` for more
 * than 3 660 days, `to` before `from`, or a scripted event outside `from`–`to`; any error of
 * `nextDunningStep` or `nextCustomerDunningStep` (an impossible log, a contradictory policy; for an
 * account, paths from `[i, 'invoices', j, …]`).
 * @example
 * ```ts
 * import { anInvoice, aPayment, simulateDunning } from 'impayes-core/testing';
 * const { messages } = simulateDunning([anInvoice()], {
 *   from: '2026-01-05',
 *   to: '2026-04-30',
 *   script: [{ invoiceNumber: 'F-2026-0001', event: aPayment({ date: '2026-02-20' }) }],
 * });
 * messages.map((m) => `${m.date} ${m.kind}`);
 * //=> ['2026-01-30 pre_due_notice', '2026-02-05 reminder', '2026-02-09 phone_call', '2026-02-16 written_reminder']
 * ```
 * @category Testing
 */
export function simulateDunning(
  accountsOrInvoices:
    | ReadonlyArray<Account | CustomerAccountInput>
    | ReadonlyArray<InvoiceLike | AccountInvoice>,
  options: SimulateDunningOptions,
): SimulationResult {
  const o = parseOrThrow(OptionsSchema, options, 'options', ['options']);
  const from = o.from;
  const to = o.to;
  checkPeriod(from, to);
  const policies = policiesOf(o.policy);
  const groups = groupsOf(accountsOrInvoices, from);
  const byNumber = indexTracks(groups);
  const pending = new Map<string, ScriptedEvent[]>();
  if (o.script !== undefined) schedule(pending, o.script, byNumber, { from, to }, 'script');
  const messages: SimulatedMessage[] = [];
  const tasks: SimulatedTask[] = [];
  const seenTasks = new Set<string>();
  for (let date = from as PlainDate; date <= to; date = addDaysValid(date, 1)) {
    if (o.onDay !== undefined) {
      const extra = o.onDay({
        date,
        messages: messages.slice(),
        logOf: (n) => structuredCopy(byNumber.get(n)?.log ?? []),
      });
      if (extra !== undefined) schedule(pending, extra, byNumber, { from: date, to }, 'onDay');
    }
    applyScripted(pending, byNumber, date);
    for (const group of groups) {
      const day = simulateGroupDay(group, date, policies, o.rates, seenTasks);
      if (day.message !== null) messages.push(day.message);
      tasks.push(...day.tasks);
    }
  }
  return resultOf(groups, messages, tasks);
}

/** The result: the messages, per customer too, the tasks and the final logs. */
function resultOf(
  groups: ReadonlyArray<Group>,
  messages: SimulatedMessage[],
  tasks: SimulatedTask[],
): SimulationResult {
  const customers: SimulationResult['customers'] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.customerId)) continue;
    seen.add(g.customerId);
    customers.push({
      customerId: g.customerId,
      messages: messages.filter((m) => m.customerId === g.customerId),
    });
  }
  return {
    messages,
    customers,
    tasks,
    logs: groups.flatMap((g) =>
      g.tracks.map((t) => ({ customerId: t.customerId, invoiceNumber: t.number, events: t.log })),
    ),
  };
}
