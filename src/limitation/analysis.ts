import type { PlainDate } from '../dates/internal.js';
import { ImpayesError, type ImpayesIssue } from '../errors/internal.js';
import { type LimitationEvent, type LimitationEventType, limitationEventOrder } from './events.js';
import { injonctionServiceMonths, serviceLastDayIn } from './procedural-deadlines.js';

// The structural pass of the limitation engine, before any date is computed: events are sorted,
// paired (an order with its service, an action with its end) and checked; bad input is reported at
// once with every issue. Each step reads the sorted events and returns plain data.

/** @internal An event with its position in the caller's array. */
export interface Item {
  readonly event: LimitationEvent;
  readonly index: number;
}

/** @internal What the structural pass found, by position in the sorted events. */
export interface Analysis {
  /** Actions (or served orders) whose proceedings ended without success (C. civ. 2243). */
  readonly voided: ReadonlySet<number>;
  /** The action (or served order) each `proceedings_ended` ends. */
  readonly endedAction: ReadonlyMap<number, number>;
  /** Services made after the last day to serve, with that last day. */
  readonly lateService: ReadonlyMap<number, PlainDate>;
  /** The order date of each injonction service. */
  readonly orderDateOf: ReadonlyMap<number, PlainDate>;
  /** Orders never served. */
  readonly unservedOrders: ReadonlyArray<number>;
  /** The service period of the served orders, by order date (absent: read it from the law). */
  readonly serviceRules?: ReadonlyMap<PlainDate, ServicePeriod>;
}

/** @internal The months to serve an order of a given date, and its last day to serve. */
export interface ServicePeriod {
  readonly months: number;
  readonly lastDay: PlainDate;
}

function keyOf(e: LimitationEvent): string {
  const extra = 'outcome' in e ? e.outcome : 'kind' in e ? (e.kind ?? '') : '';
  return `${e.type}|${extra}|${e.note ?? ''}`;
}

/**
 * @internal Sorts events by date, then the documented same-day order, then content; with `asOf`,
 * leaves out the events dated after it (indexes stay the caller's).
 */
export function sortLimitationEvents(
  events: ReadonlyArray<LimitationEvent>,
  asOf?: PlainDate,
): Item[] {
  const items: Item[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (asOf === undefined || event.date <= asOf) items.push({ event, index });
  }
  // Logs are mostly written in order: one pass tells, and the sort (a total order, so its result
  // is the same) is skipped.
  for (let i = 1; i < items.length; i++)
    if (compareItems(items[i - 1]!, items[i]!) > 0) return items.sort(compareItems);
  return items;
}

/** Date, then the documented same-day order, then content, then the caller's position. */
function compareItems(a: Item, b: Item): number {
  if (a.event.date !== b.event.date) return a.event.date < b.event.date ? -1 : 1;
  const rank = limitationEventOrder[a.event.type] - limitationEventOrder[b.event.type];
  if (rank !== 0) return rank;
  // The content key only breaks ties of date and rank: built then, not for every event.
  const ka = keyOf(a.event);
  const kb = keyOf(b.event);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.index - b.index;
}

const issueAt = (item: Item, key: 'date' | 'type', message: string): ImpayesIssue => ({
  path: ['events', item.index, key],
  message,
});

const NOT_BEFORE_DUE: Partial<Record<LimitationEventType, string>> = {
  legal_action_filed: 'a legal action',
  enforcement_measure: 'an enforcement measure',
  injonction_order_issued: 'an injonction de payer order',
};

/** @internal Step: acts that need a due debt, dated before the due date (C. civ. 2233). */
export function dueDateIssues(items: ReadonlyArray<Item>, dueDate: PlainDate): ImpayesIssue[] {
  const issues: ImpayesIssue[] = [];
  for (const item of items) {
    const what = NOT_BEFORE_DUE[item.event.type];
    if (what !== undefined && item.event.date < dueDate)
      issues.push(
        issueAt(
          item,
          'date',
          `${what} cannot come before the due date (${dueDate}): a debt that is not due cannot be sued on or enforced (C. civ. 2233)`,
        ),
      );
  }
  return issues;
}

const SUSPENSION_EVENTS: Partial<
  Record<LimitationEventType, { kind: 'mediation' | 'small_claims'; starts: boolean }>
> = {
  mediation_started: { kind: 'mediation', starts: true },
  mediation_ended: { kind: 'mediation', starts: false },
  small_claims_accepted: { kind: 'small_claims', starts: true },
  small_claims_ended: { kind: 'small_claims', starts: false },
};

/** @internal Step: a suspension started twice, or ended without a start. */
export function suspensionIssues(items: ReadonlyArray<Item>): ImpayesIssue[] {
  const issues: ImpayesIssue[] = [];
  const open = { mediation: false, small_claims: false };
  for (const item of items) {
    const s = SUSPENSION_EVENTS[item.event.type];
    if (s === undefined) continue;
    if (s.starts && open[s.kind])
      issues.push(issueAt(item, 'type', `${item.event.type} while one is already under way`));
    if (!s.starts && !open[s.kind])
      issues.push(issueAt(item, 'type', `${item.event.type} without an earlier start`));
    open[s.kind] = s.starts;
  }
  return issues;
}

/** @internal What {@link pairInjonctions} found. */
export interface InjonctionPairs {
  readonly orderDateOf: ReadonlyMap<number, PlainDate>;
  readonly lateService: ReadonlyMap<number, PlainDate>;
  /** Services made in time: they interrupt, open proceedings (opposition) and give a title. */
  readonly timely: ReadonlySet<number>;
  readonly unservedOrders: ReadonlyArray<number>;
  readonly issues: ReadonlyArray<ImpayesIssue>;
  /** The service period of the served orders, by order date. */
  readonly serviceRules: ReadonlyMap<PlainDate, ServicePeriod>;
}

/**
 * @internal Step: pairs each service with the latest order not yet served, and tells whether it was
 * served in time (the last day depends on the order's date: décret 2026-96).
 */
export function pairInjonctions(items: ReadonlyArray<Item>): InjonctionPairs {
  const orderDateOf = new Map<number, PlainDate>();
  const lateService = new Map<number, PlainDate>();
  const timely = new Set<number>();
  const serviceRules = new Map<PlainDate, ServicePeriod>();
  const open: number[] = [];
  const issues: ImpayesIssue[] = [];
  for (let pos = 0; pos < items.length; pos++) {
    const item = items[pos]!;
    if (item.event.type === 'injonction_order_issued') open.push(pos);
    if (item.event.type !== 'injonction_order_served') continue;
    const order = open.pop();
    if (order === undefined) {
      const message = 'injonction_order_served without an earlier injonction_order_issued';
      issues.push(issueAt(item, 'type', message));
      continue;
    }
    const orderDate = items[order]!.event.date;
    orderDateOf.set(pos, orderDate);
    const lastDay = servicePeriodOf(serviceRules, orderDate).lastDay;
    if (item.event.date > lastDay) lateService.set(pos, lastDay);
    else timely.add(pos);
  }
  return { orderDateOf, lateService, timely, unservedOrders: open, issues, serviceRules };
}

/** The service period of an order date, read from the law once per date and kept in `known`. */
function servicePeriodOf(
  known: Map<PlainDate, ServicePeriod>,
  orderDate: PlainDate,
): ServicePeriod {
  const seen = known.get(orderDate);
  if (seen !== undefined) return seen;
  const months = injonctionServiceMonths(orderDate);
  const period = { months, lastDay: serviceLastDayIn(orderDate, months) };
  known.set(orderDate, period);
  return period;
}

/** @internal What {@link pairProceedings} found. */
export interface ProceedingsPairs {
  readonly endedAction: ReadonlyMap<number, number>;
  readonly voided: ReadonlySet<number>;
  readonly issues: ReadonlyArray<ImpayesIssue>;
}

/**
 * @internal Step: pairs each `proceedings_ended` with the latest pending action or timely served
 * order; an end without a judgment voids the interruption of what it ends (C. civ. 2243).
 */
export function pairProceedings(
  items: ReadonlyArray<Item>,
  timely: ReadonlySet<number>,
): ProceedingsPairs {
  const endedAction = new Map<number, number>();
  const voided = new Set<number>();
  const open: number[] = [];
  const issues: ImpayesIssue[] = [];
  for (let pos = 0; pos < items.length; pos++) {
    const item = items[pos]!;
    const e = item.event;
    if (e.type === 'legal_action_filed' || timely.has(pos)) open.push(pos);
    if (e.type !== 'proceedings_ended') continue;
    const action = open.pop();
    if (action === undefined) {
      const message =
        'proceedings_ended without an earlier legal_action_filed (or served injonction order) still pending';
      issues.push(issueAt(item, 'type', message));
      continue;
    }
    endedAction.set(pos, action);
    if (e.outcome !== 'judgment') voided.add(action);
  }
  return { endedAction, voided, issues };
}

/**
 * @internal Step: a `judgment_served` needs an earlier judgment or timely served order whose
 * proceedings were not voided.
 */
export function titleIssues(
  items: ReadonlyArray<Item>,
  timely: ReadonlySet<number>,
  endedAction: ReadonlyMap<number, number>,
): ImpayesIssue[] {
  const sources = new Set<number>();
  const issues: ImpayesIssue[] = [];
  for (let pos = 0; pos < items.length; pos++) {
    const item = items[pos]!;
    const e = item.event;
    if (timely.has(pos)) sources.add(pos);
    const action = endedAction.get(pos);
    if (e.type === 'proceedings_ended' && action !== undefined) {
      if (e.outcome === 'judgment') sources.add(pos);
      else sources.delete(action);
    }
    if (e.type === 'judgment_served' && sources.size === 0)
      issues.push(
        issueAt(
          item,
          'type',
          "judgment_served without an earlier proceedings_ended with outcome 'judgment' or a timely served injonction order",
        ),
      );
  }
  return issues;
}

/**
 * @internal The structural pass: pairs events, finds voided actions and late services, and throws
 * one `INVALID_INPUT` with every issue, in the caller's order (events[0] first).
 */
export function analyse(items: ReadonlyArray<Item>, dueDate: PlainDate): Analysis {
  const orders = pairInjonctions(items);
  const proceedings = pairProceedings(items, orders.timely);
  const due = dueDateIssues(items, dueDate);
  const title = titleIssues(items, orders.timely, proceedings.endedAction);
  const suspensions = suspensionIssues(items);
  const count =
    due.length +
    orders.issues.length +
    proceedings.issues.length +
    title.length +
    suspensions.length;
  if (count > 0) {
    const issues = [...due, ...orders.issues, ...proceedings.issues, ...title, ...suspensions];
    issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    throw new ImpayesError({ code: 'INVALID_INPUT', issues });
  }
  return {
    voided: proceedings.voided,
    endedAction: proceedings.endedAction,
    lateService: orders.lateService,
    orderDateOf: orders.orderDateOf,
    unservedOrders: orders.unservedOrders,
    serviceRules: orders.serviceRules,
  };
}
