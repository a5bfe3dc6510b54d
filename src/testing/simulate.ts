import * as z from 'zod/mini';
import { addDaysValid, daysBetween, type PlainDate, PlainDateSchema } from '../dates/index.js';
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
import { ImpayesError } from '../errors/index.js';
import { inputLimits } from '../internal/limits.js';
import { parseOrThrow, rethrowAsInvalidInput } from '../internal/validate.js';
import { type InvoiceLike, InvoiceSchema } from '../invoice/index.js';
import type { RatesOption } from '../rates/index.js';
import {
  type Account,
  type AccountInvoice,
  checkBuyerKinds,
  DebtorSchema,
  isAccountInvoice,
  tooMany,
} from './accounts.js';
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
  readonly logOf: (invoiceNumber: string) => DunningEventInput[];
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
  /** The dunning policy (default: the library's default policy). */
  readonly policy?: DunningPolicy | DunningPolicyInput;
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
 * One message a customer receives on a day: the invoices it is about, and the kind and channel of
 * its most severe step.
 *
 * @category Testing
 */
export interface SimulatedMessage {
  /** The day it is sent. */
  readonly date: PlainDate;
  /** The account's `debtor.id`; for bare invoices, the buyer's SIREN, else its name. */
  readonly customerId: string;
  /** The invoices the message is about. */
  readonly invoiceNumbers: ReadonlyArray<string>;
  /** The most severe step kind among them (a formal notice outranks a reminder). */
  readonly kind: DunningStepKind;
  /** The channel of that step. */
  readonly channel: DunningChannel;
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
  /** Escalations and claims to declare, by first date. */
  readonly tasks: SimulatedTask[];
  /** The final event log of each invoice (input order). */
  readonly logs: Array<{
    readonly customerId: string;
    readonly invoiceNumber: string;
    readonly events: DunningEventInput[];
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

const AccountSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorSchema,
  invoices: z.array(z.unknown()).check(tooMany()),
});

/** One invoice being simulated. */
interface Track {
  readonly customerId: string;
  readonly number: string;
  readonly invoice: InvoiceLike;
  readonly log: DunningEventInput[];
  /** A `none` decision stands until the log changes: no need to decide again. */
  settled: boolean;
}

/** One customer: its invoices, grouped (accounts) or alone (bare invoices). */
type Group = ReadonlyArray<Track>;

const SEVERITY: Readonly<Record<DunningStepKind, number>> = {
  pre_due_notice: 0,
  reminder: 1,
  phone_call: 2,
  written_reminder: 3,
  registered_letter: 4,
  formal_notice: 5,
};

function outOfRange(message: string, path: ReadonlyArray<string | number>): ImpayesError {
  return new ImpayesError({ code: 'OUT_OF_RANGE', message, path });
}

/** Validates one `{ invoice, events }` entry; the log must not run ahead of `from`. */
function trackOf(
  entry: { readonly invoice: unknown; readonly events: unknown },
  customerId: string,
  path: ReadonlyArray<string | number>,
  from: PlainDate,
): Track {
  const invoice = parseOrThrow(InvoiceSchema, entry.invoice, 'invoice', [...path, 'invoice']);
  const events = parseOrThrow(DunningEventsSchema, entry.events, 'events', [...path, 'events']);
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
    log: plainCopy(entry.events) as DunningEventInput[],
    settled: false,
  };
}

/** One account: its debtor checked, each of its invoices a track. */
function accountGroup(item: unknown, i: number, from: PlainDate): Group {
  const account = parseOrThrow(AccountSchema, item, 'account', [i]);
  const entries = account.invoices.map((entry, j) => {
    if (!isAccountInvoice(entry))
      throw new ImpayesError({
        code: 'INVALID_INPUT',
        message: `Invalid account ${i}: invoice ${j} must be { invoice, events }.`,
        path: [i, 'invoices', j],
      });
    return entry;
  });
  checkBuyerKinds(account.debtor, entries, [i]);
  return entries.map((entry, j) => trackOf(entry, account.debtor.id, [i, 'invoices', j], from));
}

/** One bare invoice, alone or as `{ invoice, events }`: its own customer. */
function invoiceGroup(item: unknown, i: number, from: PlainDate): Group {
  const paired = isAccountInvoice(item);
  const entry = paired
    ? (item as { invoice: unknown; events: unknown })
    : { invoice: item, events: [] };
  const track = trackOf(entry, '', paired ? [i] : [i, 'invoice'], from);
  const buyer = (track.invoice as { buyer: { siren?: string; name: string } }).buyer;
  return [{ ...track, customerId: buyer.siren ?? buyer.name }];
}

/** Reads the accounts or bare invoices into groups of tracks. */
function groupsOf(input: unknown, from: PlainDate): { groups: Group[]; accounts: boolean } {
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
    return { groups, accounts };
  } catch (error) {
    // A getter or a Proxy of the caller's input that throws is bad input too.
    return rethrowAsInvalidInput(error, 'accountsOrInvoices', []);
  }
}

/** The tracks by invoice number; a number may appear once. */
function indexTracks(groups: ReadonlyArray<Group>): Map<string, Track> {
  const byNumber = new Map<string, Track>();
  for (const track of groups.flat()) {
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
    list.push({ invoiceNumber: item.invoiceNumber, event: structuredCopy(raw.event) });
    pending.set(date, list);
  });
}

/** One message from the action decisions of one customer's invoices on one day. */
function messageOf(
  date: PlainDate,
  customerId: string,
  actions: ReadonlyArray<{ track: Track; decision: Extract<DunningDecision, { type: 'action' }> }>,
): SimulatedMessage {
  const steps = actions.map(({ track, decision }) => ({
    invoiceNumber: track.number,
    stepId: decision.step.id,
    kind: decision.step.kind,
    channel: decision.step.channel,
  }));
  const top = steps.reduce((a, b) => (SEVERITY[b.kind] > SEVERITY[a.kind] ? b : a));
  return {
    date,
    customerId,
    invoiceNumbers: steps.map((s) => s.invoiceNumber),
    kind: top.kind,
    channel: top.channel,
    steps,
  };
}

/** What the day's per-invoice decisions ask for: the actions (messages) and the creditor's tasks. */
interface DayDecisions {
  readonly actions: Array<{ track: Track; decision: Extract<DunningDecision, { type: 'action' }> }>;
  readonly tasks: SimulatedTask[];
}

/**
 * The per-invoice path: asks `nextDunningStep` about each open invoice of a group, records in its
 * log the event each action decision says to record, and lists the actions and tasks of the day.
 */
function decideInvoices(
  group: Group,
  date: PlainDate,
  options: { policy: DunningPolicy | undefined; rates: unknown },
  seenTasks: Set<string>,
): DayDecisions {
  const day: DayDecisions = { actions: [], tasks: [] };
  for (const track of group) {
    if (track.settled) continue;
    const decision = nextDunningStep(track.invoice, track.log, {
      today: date,
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.rates === undefined ? {} : { rates: options.rates as RatesOption }),
    });
    if (decision.type === 'action') {
      // The decision's record is what the app stores once the step is done.
      track.log.push({ ...decision.record, date } as DunningEventInput);
      day.actions.push({ track, decision });
    } else if (decision.type === 'none') track.settled = true;
    else if (decision.type !== 'wait' && !seenTasks.has(decision.idempotencyKey)) {
      seenTasks.add(decision.idempotencyKey);
      day.tasks.push({
        date,
        customerId: track.customerId,
        invoiceNumber: track.number,
        type: decision.type,
        idempotencyKey: decision.idempotencyKey,
      });
    }
  }
  return day;
}

/**
 * One day for one group. Bare invoices: one message per action. Accounts: the actions of the
 * customer's invoices on that day make one message.
 *
 * Where customer-level dunning plugs in: when the collections module's `nextCustomerDunningStep`
 * is released, an account's day is decided by it (one call per account, its `records` appended to
 * the logs, its message and tasks returned) instead of `decideInvoices` + the grouping below; the
 * result types already carry the customer id and each invoice's step. Bare invoices keep the
 * per-invoice path.
 */
function simulateGroupDay(
  group: Group,
  date: PlainDate,
  options: { policy: DunningPolicy | undefined; rates: unknown; grouped: boolean },
  tasks: SimulatedTask[],
  seenTasks: Set<string>,
): SimulatedMessage[] {
  const day = decideInvoices(group, date, options, seenTasks);
  tasks.push(...day.tasks);
  if (day.actions.length === 0) return [];
  if (options.grouped) return [messageOf(date, group[0]!.customerId, day.actions)];
  return day.actions.map((a) => messageOf(date, a.track.customerId, [a]));
}

/**
 * Runs the daily dunning loop over a period, as an app's scheduler would: each day, applies the
 * scripted events of the day, asks `nextDunningStep` what to do about each invoice, and records the
 * event each `action` decision says to record. With bare invoices (the per-invoice path), each
 * action is its own message, for the customer named by the buyer's SIREN, else its name. Returns
 * the dated messages each customer receives, the creditor's tasks (escalations, claims to declare)
 * and the final logs, so that a test can say "with this policy, this customer gets a formal notice
 * on 2 April".
 *
 * With accounts, each invoice still follows its own ladder, and the steps due for one customer on
 * one day are reported as one message (at most one per customer per day, of the most severe
 * kind). The customer-level rule of collections (a minimum gap between two messages, one letter
 * listing every overdue invoice) is not applied yet: accounts will go through it once it is
 * released, and the results of accounts may then change.
 *
 * @remarks Pure and deterministic: no clock, no randomness; the only code run besides the library is
 * `onDay`, whose own errors are not caught (they are the test's). A `none` decision (paid, written
 * off, time-barred…) is not asked again until the invoice's log changes. The caller's inputs are
 * not modified.
 * @param accountsOrInvoices - accounts (see {@link anAccount}), or invoices each alone or as
 * `{ invoice, events }`; every invoice number once; logs not dated after `from`
 * @param options - `from`, `to`, and optionally `policy`, `rates`, `script` and `onDay`
 * @returns the messages, tasks and final logs; see {@link SimulationResult}
 * @throws ImpayesError `INVALID_INPUT` for a malformed input or scripted event; `OUT_OF_RANGE` for more
 * than 3 660 days, `to` before `from`, or a scripted event outside `from`–`to`; any error of
 * `nextDunningStep` (an impossible log, a contradictory policy).
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
  accountsOrInvoices: ReadonlyArray<Account> | ReadonlyArray<InvoiceLike | AccountInvoice>,
  options: SimulateDunningOptions,
): SimulationResult {
  const o = parseOrThrow(OptionsSchema, options, 'options', ['options']);
  const from = o.from;
  const to = o.to;
  if (to < from) throw outOfRange(`options.to (${to}) is before options.from (${from}).`, ['to']);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_DAYS)
    throw outOfRange(
      `A simulation covers at most ${MAX_DAYS} days; ${from} to ${to} is ${days} days.`,
      ['to'],
    );
  const policy =
    o.policy === undefined ? undefined : createDunningPolicy(o.policy as DunningPolicyInput);
  const { groups, accounts } = groupsOf(accountsOrInvoices, from);
  const byNumber = indexTracks(groups);
  const pending = new Map<string, ScriptedEvent[]>();
  if (o.script !== undefined) schedule(pending, o.script, byNumber, { from, to }, 'script');
  const messages: SimulatedMessage[] = [];
  const tasks: SimulatedTask[] = [];
  const seenTasks = new Set<string>();
  const run = { policy, rates: o.rates, grouped: accounts };
  for (let date = from as PlainDate; date <= to; date = addDaysValid(date, 1)) {
    if (o.onDay !== undefined) {
      const extra = o.onDay({
        date,
        messages: messages.slice(),
        logOf: (n) => structuredCopy(byNumber.get(n)?.log ?? []),
      });
      if (extra !== undefined) schedule(pending, extra, byNumber, { from: date, to }, 'onDay');
    }
    for (const item of pending.get(date) ?? []) {
      const track = byNumber.get(item.invoiceNumber)!;
      track.log.push(item.event);
      track.settled = false;
    }
    pending.delete(date);
    for (const group of groups)
      messages.push(...simulateGroupDay(group, date, run, tasks, seenTasks));
  }
  return {
    messages,
    tasks,
    logs: groups.flat().map((t) => ({
      customerId: t.customerId,
      invoiceNumber: t.number,
      events: t.log,
    })),
  };
}
