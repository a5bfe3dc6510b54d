// The customer-level path of simulateDunning: one call of the collections module's
// nextCustomerDunningStep per account and day, its records appended to the invoices' logs.
import type {
  CustomerDunningAction,
  CustomerDunningDecision,
  CustomerInvoiceLine,
} from '../collections/decision.js';
import type { CollectionsEventInput } from '../collections/events.js';
import { nextCustomerDunningStep } from '../collections/next-customer-step.js';
import type { CollectionsPolicy } from '../collections/policy.js';
import { sumTotals } from '../collections/totals.js';
import type { PlainDate } from '../dates/internal.js';
import type { DunningChannel } from '../dunning/events.js';
import { type ErrorPath, ImpayesError, isImpayesError } from '../errors/internal.js';
import { rethrowAsInvalidInput } from '../internal/validate.js';
import type { RatesOption } from '../rates/internal.js';
import type {
  AccountGroup,
  SimulatedAmounts,
  SimulatedMessage,
  SimulatedTask,
} from './simulate.js';

/** The roles of the invoices a customer message lists (claims only when claimed in it). */
const LISTED: ReadonlySet<string> = new Set(['step', 'overdue', 'escalate']);

/** Re-throws an error of the decision with paths from the simulation's input (`[i, 'invoices', j, …]`). */
function rethrowAt(error: unknown, index: number): never {
  // A Proxy or a getter of the account's own policy that throws is bad input too.
  if (!isImpayesError(error)) return rethrowAsInvalidInput(error, `account ${index}`, [index]);
  if (error.path[0] !== 'account') throw error;
  const at = (path: ErrorPath): ErrorPath =>
    path[0] === 'account' ? [index, ...path.slice(1)] : path;
  throw new ImpayesError({
    code: error.code,
    message: `Account ${index}: ${error.message}`.slice(0, 500),
    path: at(error.path),
    issues: error.issues.map((i) => ({ path: at(i.path), message: i.message })),
    details: error.details,
    cause: error,
  });
}

/** The day's decision for one account, its logs as they stand this morning. */
function decide(
  group: AccountGroup,
  date: PlainDate,
  options: { policy: CollectionsPolicy | undefined; rates: unknown },
): CustomerDunningDecision {
  const account = {
    ...group.head,
    invoices: group.tracks.map((t) => ({ invoice: t.invoice, events: t.log })),
  };
  try {
    return nextCustomerDunningStep(account, {
      today: date,
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.rates === undefined ? {} : { rates: options.rates as RatesOption }),
    });
  } catch (error) {
    return rethrowAt(error, group.index);
  }
}

/** The amounts of a listed line: its own amounts, or what is claimed after a late payment. */
function amountsOf(line: CustomerInvoiceLine): SimulatedAmounts | null {
  const number = line.invoice.number;
  if (line.role === 'claim' && line.claimable !== null) {
    const c = line.claimable;
    return {
      invoiceNumber: number,
      principal: '0.00',
      penalties: c.penalties,
      indemnity: c.indemnity,
      total: c.total,
    } as SimulatedAmounts;
  }
  const a = line.amounts;
  if (a === null) return null;
  return {
    invoiceNumber: number,
    principal: a.principal,
    penalties: a.penalties,
    indemnity: a.indemnity,
    total: a.total,
  };
}

/** The channel a record says the step was sent by (the message's), else the step's own. */
function channelOf(event: CollectionsEventInput | undefined, fallback: DunningChannel) {
  const channel = (event as { channel?: DunningChannel } | undefined)?.channel;
  return channel ?? fallback;
}

/** The message of an action decision: what the customer receives on `date`. */
function customerMessage(d: CustomerDunningAction, customerId: string): SimulatedMessage {
  const recorded = new Map(d.records.map((r) => [r.invoiceNumber, r.event]));
  const listed = d.lines.filter(
    (l) => LISTED.has(l.role) || (l.role === 'claim' && recorded.has(l.invoice.number)),
  );
  const steps = d.lines
    .filter((l) => l.role === 'step' && l.step !== null)
    .map((l) => ({
      invoiceNumber: l.invoice.number,
      stepId: l.step!.id,
      kind: l.step!.kind,
      channel: channelOf(recorded.get(l.invoice.number), l.step!.channel),
    }));
  const amounts = listed.map(amountsOf).filter((a): a is SimulatedAmounts => a !== null);
  return {
    date: d.today,
    customerId,
    invoiceNumbers: listed.map((l) => l.invoice.number),
    kind: d.kind,
    channel: d.channel,
    late: d.late,
    formalNoticeCovers: d.formalNotice === null ? [] : [...d.formalNotice.covers],
    amounts,
    totals: sumTotals(amounts),
    steps,
  };
}

/** The creditor's tasks of a decision, each listed once (by its idempotency key). */
function tasksOf(
  d: CustomerDunningDecision,
  group: AccountGroup,
  seen: Set<string>,
): SimulatedTask[] {
  const tasks: SimulatedTask[] = [];
  const add = (invoiceNumber: string, type: SimulatedTask['type'], key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    tasks.push({
      date: d.today,
      customerId: group.customerId,
      invoiceNumber,
      type,
      idempotencyKey: key,
    });
  };
  for (const line of d.lines)
    if (line.role === 'escalate')
      add(
        line.invoice.number,
        'escalate',
        line.idempotencyKey ?? `${line.invoice.number}:escalate`,
      );
  if (d.type === 'declare_claim')
    for (const r of d.records)
      if (r.event.type === 'claim_declared')
        add(r.invoiceNumber, 'declare_claim', `${d.idempotencyKey}:${r.invoiceNumber}`);
  return tasks;
}

/**
 * One day of one account: decides (unless nothing is open and no event came since), appends the
 * decision's records to the logs so that the next day sees them, and returns the customer's
 * message of the day (at most one) and the new tasks.
 */
export function simulateAccountDay(
  group: AccountGroup,
  date: PlainDate,
  options: { policy: CollectionsPolicy | undefined; rates: unknown },
  seenTasks: Set<string>,
): { message: SimulatedMessage | null; tasks: SimulatedTask[] } {
  // `none` (nothing open) stands until an event is recorded.
  if (group.tracks.every((t) => t.settled)) return { message: null, tasks: [] };
  const d = decide(group, date, options);
  if (d.type === 'action' || d.type === 'declare_claim')
    for (const r of d.records)
      group.tracks.find((t) => t.number === r.invoiceNumber)!.log.push(r.event);
  for (const t of group.tracks) t.settled = d.type === 'none';
  return {
    message: d.type === 'action' ? customerMessage(d, group.customerId) : null,
    tasks: tasksOf(d, group, seenTasks),
  };
}
