import {
  addDays,
  addMonths,
  addMonthsValid,
  addPeriod,
  daysBetween,
  type PlainDate,
} from '../dates/internal.js';
import { ImpayesError, type ImpayesIssue } from '../errors/internal.js';
import { jsonSafe } from '../internal/json-safe.js';
import { type LaterEvents, laterEvents } from '../internal/later-events.js';
import { parseOrThrow } from '../internal/validate.js';
import { type LawParameterId, lawNumber } from '../law/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { Locale } from '../text/internal.js';
import {
  type LimitationClaim,
  type LimitationClaimInput,
  LimitationClaimSchema,
  type LimitationOptions,
  LimitationOptionsSchema,
} from './claim.js';
import { type LimitationEvent, limitationEventOrder } from './events.js';
import {
  enforcementText,
  injonctionServiceArticle,
  injonctionServiceLastDay,
  injonctionServiceMonths,
  injonctionServiceRule,
  monthsText,
} from './procedural-deadlines.js';
import type { LimitationMessage, LimitationMessages } from './text.js';
import {
  type LimitationWarning,
  limitationFinding,
  limitationText,
  relocalised,
  soonWarning,
} from './warning.js';

/**
 * What an event did to limitation:
 *
 * - `'interrupts'`: a new period of the same length starts (C. civ. 2231), or the period is
 *   interrupted until the proceedings end (2242);
 * - `'suspends'`: the clock stops (2238);
 * - `'resumes'`: the clock runs again after a suspension, for at least 6 months (2238);
 * - `'voids-interruption'`: the proceedings ended without success and their interruption is treated
 *   as never having happened (2243);
 * - `'no-effect'`: nothing changes — the trail entry says why (a formal notice, an act after expiry,
 *   an order served too late …).
 *
 * @category Limitation
 */
export type LimitationEffect =
  | 'interrupts'
  | 'suspends'
  | 'resumes'
  | 'voids-interruption'
  | 'no-effect';

/**
 * One line of the limitation trail: an event, what it did, and the deadline after it.
 *
 * @category Limitation
 */
export interface LimitationTrailEntry {
  /** The event's position in the caller's `events` array. */
  readonly index: number;
  /** The event, as validated. */
  readonly event: LimitationEvent;
  /** What the event did. */
  readonly effect: LimitationEffect;
  /** The last day to act after this event; `null` while suspended or while proceedings are pending. */
  readonly deadlineAfter: PlainDate | null;
  /** The article or ruling applied. */
  readonly article: string;
  /** Why, in plain English. */
  readonly explanation: string;
}

/**
 * Which rule chose the start of limitation:
 *
 * - `'completion'`: consumer claim, end of the works / performance of the services;
 * - `'invoice-date'`, `'due-date-fallback'`: consumer claim without a completion date;
 * - `'due-date'`: B2B or non-professional claim, the due date;
 * - `'late-invoice-completion'`: B2B claim invoiced late, the completion date;
 * - `'public-1-january'`: public debtor, 1 January after the year the right arose.
 *
 * @category Limitation
 */
export type LimitationStartRule =
  | 'completion'
  | 'invoice-date'
  | 'due-date-fallback'
  | 'due-date'
  | 'late-invoice-completion'
  | 'public-1-january';

/**
 * The start of the limitation period and why.
 *
 * @category Limitation
 */
export interface LimitationStart {
  /** The day the period runs from (a period from day S ends on the same day number N years later). */
  readonly date: PlainDate;
  /** The rule that chose it. */
  readonly rule: LimitationStartRule;
  /** The article or ruling. */
  readonly article: string;
  /** Why, in the requested locale (French by default). */
  readonly explanation: string;
  /** The explanation as `code` and `params`, for apps rendering their own text. */
  readonly explanationMessage: LimitationMessage<LimitationStartCode>;
}

/**
 * The codes of the explanations of a limitation start.
 *
 * @category Limitation
 */
export type LimitationStartCode = keyof LimitationMessages & `START_${string}`;

/**
 * The codes of the status explanations of a limitation result.
 *
 * @category Limitation
 */
export type LimitationStatusCode = keyof LimitationMessages & `STATUS_${string}`;

/**
 * The codes of the long-stop explanations of a limitation result.
 *
 * @category Limitation
 */
export type LimitationLongStopCode = 'LONG_STOP' | 'LONG_STOP_PUBLIC';

/** A sentence as the `explanation` text and its `explanationMessage`. */
function explained<C extends keyof LimitationMessages>(
  m: LimitationMessage<C>,
): { explanation: string; explanationMessage: LimitationMessage<C> } {
  return { explanation: m.message, explanationMessage: m };
}

/** The `EVENTS_AFTER_AS_OF` warning of events dated after `asOf`. */
function laterWarning(later: LaterEvents, asOf: PlainDate): LimitationWarning {
  return {
    ...limitationFinding('n/a', 'EVENTS_AFTER_AS_OF', {
      count: later.count,
      firstDate: later.firstDate,
      asOf,
    }),
    details: { count: later.count, firstDate: later.firstDate },
  };
}

/**
 * The limitation period of the claim.
 *
 * @category Limitation
 */
export interface LimitationPeriod {
  /** 2 (consumer), 4 (public), 5 (professional, non-professional). */
  readonly years: number;
  /** The article that sets it. */
  readonly article: string;
}

/**
 * The 20-year long-stop of C. civ. 2232.
 *
 * @category Limitation
 */
export interface LimitationLongStop {
  /** 20 years from the birth of the right. */
  readonly date: PlainDate;
  /** Always `'C. civ. 2232'`. */
  readonly article: 'C. civ. 2232';
  /** Whether the long-stop is what sets `deadline` (it cut an extension short). */
  readonly binding: boolean;
  /** From which day it counts and what it caps, in the requested locale. */
  readonly explanation: string;
  /** The explanation as `code` and `params`. */
  readonly explanationMessage: LimitationMessage<LimitationLongStopCode>;
}

/**
 * The enforceable title obtained when a judgment is served.
 *
 * @category Limitation
 */
export interface LimitationTitle {
  /** The day the judgment (or unopposed injonction order) was served. */
  readonly servedOn: PlainDate;
  /** 10 (law parameter `enforcement-title-years`). */
  readonly years: number;
  /** Service date + 10 years: the last day to enforce (before any later interruption). */
  readonly deadline: PlainDate;
  /** Always `'CPCE L111-4'`. */
  readonly article: 'CPCE L111-4';
}

/**
 * Where the claim stands: `'running'`, `'suspended'` (mediation, small-claims procedure, or
 * proceedings pending) or `'expired'` (time-barred).
 *
 * @category Limitation
 */
export type LimitationStatus = 'running' | 'suspended' | 'expired';

/**
 * The result of {@link limitationDeadline}.
 *
 * @category Limitation
 */
export interface LimitationDeadlineResult {
  /** The debtor kind of the claim. */
  readonly debtor: DebtorKind;
  /** The limitation period (before any judgment). */
  readonly period: LimitationPeriod;
  /** The start of the period and the rule that chose it. */
  readonly start: LimitationStart;
  /**
   * The last day to act, after every event: never moved to a working day (C. civ. 2229). `null`
   * while proceedings are pending (the interruption lasts until they end, 2242). While a mediation
   * or small-claims procedure is under way, the provisional deadline if it ended on `statusAt`.
   */
  readonly deadline: PlainDate | null;
  /** The 20-year long-stop (C. civ. 2232). */
  readonly longStop: LimitationLongStop;
  /** The status on `statusAt`. */
  readonly status: LimitationStatus;
  /** The day the status is evaluated: `asOf`, else the last event's date, else the start. */
  readonly statusAt: PlainDate;
  /** Why the status is what it is, in the requested locale (French by default). */
  readonly statusExplanation: string;
  /** The status explanation as `code` and `params`. */
  readonly statusMessage: LimitationMessage<LimitationStatusCode>;
  /**
   * Days from `asOf` to `deadline` (`deadline − asOf`): 0 means `asOf` is the last day to act,
   * a negative number how many days ago the claim became time-barred. `null` without `asOf` or
   * without a deadline.
   */
  readonly daysLeft: number | null;
  /** The 10-year enforceable title once a judgment is served (CPCE L111-4), else `null`. */
  readonly title: LimitationTitle | null;
  /** Every event in the order applied, with its effect. */
  readonly trail: ReadonlyArray<LimitationTrailEntry>;
  /** Warnings, see {@link LimitationWarning}. */
  readonly warnings: ReadonlyArray<LimitationWarning>;
}

interface Item {
  readonly event: LimitationEvent;
  readonly index: number;
  readonly key: string;
}

type SuspensionKind = 'mediation' | 'small_claims';

interface Suspension {
  since: PlainDate;
  remaining: number;
  remainingExempt: number;
  /** An interruption during the suspension: a whole new period runs when it ends (capped or not). */
  newPeriod: boolean;
  newPeriodExempt: boolean;
  kinds: Set<SuspensionKind>;
}

const PERIODS: Readonly<Record<DebtorKind, { id: LawParameterId; article: string }>> = {
  consumer: { id: 'consumer-limitation-years', article: 'C. conso L218-2' },
  professional: { id: 'b2b-limitation-years', article: 'C. com. L110-4' },
  non_professional: { id: 'civil-limitation-years', article: 'C. civ. 2224' },
  public: { id: 'public-limitation-years', article: 'Loi 68-1250 art. 1' },
};

/** The limitation period of a debtor kind for a period starting on `date` (law parameter data). */
function periodOf(debtor: DebtorKind, date: PlainDate): LimitationPeriod {
  const p = PERIODS[debtor];
  return { years: lawNumber(p.id, date), article: p.article };
}

/** Years of the CPCE L111-4 title, the C. civ. 2232 long-stop, and the 2238 minimum (months). */
const titleYears = (date: PlainDate): number => lawNumber('enforcement-title-years', date);
const longStopYears = (date: PlainDate): number => lawNumber('limitation-long-stop-years', date);
const suspensionMonths = (date: PlainDate): number => lawNumber('suspension-minimum-months', date);

const VOIDING = { dismissed: 'finally dismissed', withdrawn: 'withdrawn', lapsed: 'lapsed' };

const max = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? b : a);
const dec31 = (year: number): PlainDate => `${String(year).padStart(4, '0')}-12-31` as PlainDate;
const yearOf = (date: PlainDate): number => Number(date.slice(0, 4));

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
  events.forEach((event, index) => {
    if (asOf === undefined || event.date <= asOf) items.push({ event, index, key: keyOf(event) });
  });
  items.sort((a, b) => {
    if (a.event.date !== b.event.date) return a.event.date < b.event.date ? -1 : 1;
    const rank = limitationEventOrder[a.event.type] - limitationEventOrder[b.event.type];
    if (rank !== 0) return rank;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.index - b.index;
  });
  return items;
}

interface StartInfo {
  readonly start: LimitationStart;
  readonly birth: PlainDate;
  readonly warnings: LimitationWarning[];
}

function chooseStart(
  claim: LimitationClaim,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDays: number,
): StartInfo {
  switch (claim.debtor) {
    case 'consumer':
      return consumerStart(claim);
    case 'public':
      return publicStart(claim);
    case 'professional':
    case 'non_professional':
      return businessStart(claim, b2bStart, lateInvoiceDays);
  }
}

/** Step: a consumer claim runs from completion, else from the invoice or due date (C. conso L218-2). */
function consumerStart(claim: LimitationClaim): StartInfo {
  const { dueDate, invoiceDate, completionDate } = claim;
  const warnings: LimitationWarning[] = [];
  if (completionDate !== undefined)
    return {
      start: {
        date: completionDate,
        rule: 'completion',
        article:
          'C. conso L218-2; Civ. 1re 19 May 2021 n°20-12.520; Civ. 3e 1 Mar 2023 n°21-23.176',
        ...explained(
          limitationText('START_COMPLETION', {
            years: periodOf('consumer', completionDate).years,
            completionDate,
          }),
        ),
      },
      birth: completionDate,
      warnings,
    };
  const date = invoiceDate ?? dueDate;
  const from = invoiceDate === undefined ? 'due-date' : 'invoice-date';
  warnings.push(
    limitationFinding(
      'C. conso L218-2; Civ. 1re 19 May 2021 n°20-12.520',
      'CONSUMER_START_FALLBACK',
      { from, date },
    ),
  );
  return {
    start: {
      date,
      rule: invoiceDate === undefined ? 'due-date-fallback' : 'invoice-date',
      article: 'C. conso L218-2; Civ. 1re 3 Jun 2015 n°14-10.908',
      ...explained(limitationText('START_FALLBACK', { from })),
    },
    birth: date,
    warnings,
  };
}

/** Step: a public claim runs from 1 January after the due date's year (loi 68-1250 art. 1). */
function publicStart(claim: LimitationClaim): StartInfo {
  const { dueDate, completionDate } = claim;
  const warnings: LimitationWarning[] = [];
  const year = yearOf(dueDate);
  const n = periodOf('public', dueDate).years;
  const date = `${String(year + 1).padStart(4, '0')}-01-01` as PlainDate;
  if (completionDate !== undefined && yearOf(completionDate) < year)
    warnings.push(
      limitationFinding(
        'Loi 68-1250 art. 1',
        'PUBLIC_START_YEAR',
        {
          year,
          completionYear: yearOf(completionDate),
          deadline: dec31(yearOf(completionDate) + n),
        },
        'info',
      ),
    );
  return {
    start: {
      date,
      rule: 'public-1-january',
      article: 'Loi 68-1250 art. 1',
      ...explained(
        limitationText('START_PUBLIC', { years: n, dueDate, from: date, to: dec31(year + n) }),
      ),
    },
    birth: dueDate,
    warnings,
  };
}

/** Step: a business claim runs from the due date, or from completion when invoiced late. */
function businessStart(
  claim: LimitationClaim,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDays: number,
): StartInfo {
  const { dueDate, invoiceDate, completionDate } = claim;
  const warnings: LimitationWarning[] = [];
  const birthOf = (s: PlainDate): PlainDate =>
    completionDate !== undefined && completionDate < s ? completionDate : s;
  const late =
    completionDate !== undefined &&
    invoiceDate !== undefined &&
    completionDate < dueDate &&
    invoiceDate > addDays(completionDate, lateInvoiceDays);
  if (late && b2bStart === 'earliest')
    warnings.push(
      limitationFinding('Cass. com. 26 Feb 2020 n°18-25.036', 'LATE_INVOICE_START', {
        invoiceDate,
        days: lateInvoiceDays,
        completionDate,
        courtDeadline: null,
      }),
    );
  if (late && b2bStart === 'earliest')
    return {
      start: {
        date: completionDate,
        rule: 'late-invoice-completion',
        article: 'Cass. com. 26 Feb 2020 n°18-25.036',
        ...explained(
          limitationText('START_LATE_INVOICE', {
            invoiceDate,
            days: lateInvoiceDays,
            completionDate,
          }),
        ),
      },
      birth: completionDate,
      warnings,
    };
  if (late)
    warnings.push(
      limitationFinding('Cass. com. 26 Feb 2020 n°18-25.036', 'LATE_INVOICE_START', {
        invoiceDate,
        days: lateInvoiceDays,
        completionDate,
        courtDeadline: addPeriod(completionDate, {
          years: periodOf(claim.debtor, completionDate).years,
        }),
      }),
    );
  return {
    start: {
      date: dueDate,
      rule: 'due-date',
      article: 'Cass. com. 5 Dec 2018 n°17-16.282; C. civ. 2233',
      ...explained(limitationText('START_DUE_DATE', { dueDate })),
    },
    birth: birthOf(dueDate),
    warnings,
  };
}

interface Analysis {
  readonly voided: Set<number>;
  readonly endedAction: Map<number, number>;
  readonly lateService: Map<number, PlainDate>;
  /** The order date of each injonction service (by position). */
  readonly orderDateOf: Map<number, PlainDate>;
  readonly unservedOrders: number[];
}

/** Structural pass: pairs events, finds voided actions and late services, collects bad input. */
function analyse(items: ReadonlyArray<Item>, claim: LimitationClaim): Analysis {
  const issues: ImpayesIssue[] = [];
  const voided = new Set<number>();
  const endedAction = new Map<number, number>();
  const lateService = new Map<number, PlainDate>();
  const orderDateOf = new Map<number, PlainDate>();
  const openActions: number[] = [];
  const openOrders: number[] = [];
  const titleSources = new Set<number>();
  const open: Record<SuspensionKind, boolean> = { mediation: false, small_claims: false };
  items.forEach((item, pos) => {
    const e = item.event;
    const at = ['events', item.index];
    const notBeforeDue = (what: string) => {
      if (e.date < claim.dueDate)
        issues.push({
          path: [...at, 'date'],
          message: `${what} cannot come before the due date (${claim.dueDate}): a debt that is not due cannot be sued on or enforced (C. civ. 2233)`,
        });
    };
    const start = (kind: SuspensionKind, label: string) => {
      if (open[kind])
        issues.push({ path: [...at, 'type'], message: `${label} while one is already under way` });
      open[kind] = true;
    };
    const end = (kind: SuspensionKind, label: string) => {
      if (!open[kind])
        issues.push({ path: [...at, 'type'], message: `${label} without an earlier start` });
      open[kind] = false;
    };
    switch (e.type) {
      case 'legal_action_filed':
        notBeforeDue('a legal action');
        openActions.push(pos);
        break;
      case 'enforcement_measure':
        notBeforeDue('an enforcement measure');
        break;
      case 'injonction_order_issued':
        notBeforeDue('an injonction de payer order');
        openOrders.push(pos);
        break;
      case 'injonction_order_served': {
        const order = openOrders.pop();
        if (order === undefined) {
          issues.push({
            path: [...at, 'type'],
            message: 'injonction_order_served without an earlier injonction_order_issued',
          });
          break;
        }
        const orderDate = items[order]!.event.date;
        orderDateOf.set(pos, orderDate);
        // The service deadline depends on the order's date (décret 2026-96: 3 months from 2026-09-01).
        const lastDay = injonctionServiceLastDay(orderDate);
        if (e.date > lastDay) lateService.set(pos, lastDay);
        else {
          openActions.push(pos);
          titleSources.add(pos);
        }
        break;
      }
      case 'proceedings_ended': {
        const action = openActions.pop();
        if (action === undefined) {
          issues.push({
            path: [...at, 'type'],
            message:
              'proceedings_ended without an earlier legal_action_filed (or served injonction order) still pending',
          });
          break;
        }
        endedAction.set(pos, action);
        if (e.outcome === 'judgment') titleSources.add(pos);
        else {
          voided.add(action);
          titleSources.delete(action);
        }
        break;
      }
      case 'judgment_served':
        if (titleSources.size === 0)
          issues.push({
            path: [...at, 'type'],
            message:
              "judgment_served without an earlier proceedings_ended with outcome 'judgment' or a timely served injonction order",
          });
        break;
      case 'mediation_started':
        start('mediation', 'mediation_started');
        break;
      case 'mediation_ended':
        end('mediation', 'mediation_ended');
        break;
      case 'small_claims_accepted':
        start('small_claims', 'small_claims_accepted');
        break;
      case 'small_claims_ended':
        end('small_claims', 'small_claims_ended');
        break;
      default:
        break;
    }
  });
  if (issues.length > 0) {
    // Report in the caller's order (events[0] first), not in date order.
    issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    throw new ImpayesError({ code: 'INVALID_INPUT', issues });
  }
  return { voided, endedAction, lateService, orderDateOf, unservedOrders: openOrders };
}

/**
 * Computes when a claim becomes time-barred (prescription): the period, its start, the last day to
 * act after every interruption and suspension, the 20-year long-stop, the status and a trail that
 * explains each event.
 *
 * @remarks
 * **Periods.** Consumer 2 years (C. conso L218-2); professional 5 years (C. com. L110-4);
 * non-professional 5 years (C. civ. 2224); public debtor 4 years from 1 January after the year the
 * right arose, ending on 31 December (loi 68-1250 art. 1, "déchéance quadriennale"). A period that
 * starts on day S ends on the same day number N years later and is **never** moved to a working day
 * (C. civ. 2229; Cass. 2e civ. 7 Apr 2016): a deadline on a Sunday stays on the Sunday.
 *
 * **Start.** Consumer: completion of the works / services (Civ. 1re 19 May 2021; Civ. 3e 1 Mar 2023),
 * else the invoice date, else the due date (warning `CONSUMER_START_FALLBACK`). Professional and
 * non-professional: the due date (Cass. com. 5 Dec 2018; C. civ. 2233); with `b2bStart: 'earliest'`
 * (default), completion when the invoice was issued more than `lateInvoiceDays` (30) days after it and
 * completion is before the due date (Cass. com. 26 Feb 2020) — the earliest defensible start. Public:
 * the right is taken to arise at the due date.
 *
 * **Interruption** (a new period of the same length from the event, C. civ. 2231): acknowledgement and
 * part payment (2240); legal action, even interim (2241), which keeps limitation interrupted until
 * `proceedings_ended` (2242: status `'suspended'`, `deadline` null), after which a new period runs
 * from the end of the proceedings; an injonction de payer order **when served in time** (CPC 1411: within 6
 * months of its date, 3 months for an order made from 2026-09-01 under décret 2026-96) — issuing it does nothing and a late service does nothing; enforcement and
 * conservatory measures (2244). An outcome `'dismissed'`, `'withdrawn'` or `'lapsed'` voids the
 * interruption of the action it ends (2243): the result is computed as if that action (or served
 * order) never happened. `judgment_served` turns the claim into a 10-year title (CPCE L111-4): the
 * deadline becomes service date + 10 years. Public debtors: a written claim (`public_claim_written`,
 * and a formal notice, which is one), any payment, an acknowledgement or a court action interrupt,
 * and the new 4 years run from 1 January after the interruption (after the end of the proceedings for
 * a court action) (loi 68-1250 art. 2); seizures are impossible against them (no effect).
 *
 * **No effect.** A formal notice, even by registered letter, does **not** interrupt (Cass. com. 18 May
 * 2022 n°20-23.204); an act dated after the claim became time-barred revives nothing; an
 * acknowledgement, payment or measure before the period started changes nothing.
 *
 * **Suspension** (2238): from `mediation_started` / `small_claims_accepted` the clock stops; at the
 * end the days that were left run again, but never less than 6 months. An interruption during a
 * suspension starts a full new period that runs once the suspension ends.
 *
 * **Long-stop** (2232): acknowledgements, payments and suspensions cannot carry the deadline beyond
 * 20 years from the birth of the right (taken as the completion date when given and earlier, else
 * the start); legal action (2241 al. 1), injonction service and enforcement/conservatory measures
 * (2244) are not capped, nor is the 10-year title. Not applied to public debtors (own regime).
 *
 * **Order.** Events are sorted by date; on the same day: order issued, order served, legal action,
 * suspension starts, other acts, suspension ends, proceedings ended, judgment served (see
 * {@link limitationEventOrder}). Several actions may be pending: `proceedings_ended` ends the latest.
 *
 * **As of a date.** Events dated after `asOf` are not applied, so that a claim can be replayed as
 * of a past day with its whole history: the result carries the warning `EVENTS_AFTER_AS_OF` with
 * their count and first date (`details: { count, firstDate }`), and the trail leaves them out.
 *
 * **Status** is evaluated on `asOf`, else on the last event's date: `'suspended'` while a mediation,
 * small-claims procedure or proceedings are under way, `'expired'` after `deadline`, else `'running'`.
 * With `asOf`, `LIMITATION_SOON` is added when `daysLeft ≤ warnWithinDays` (see
 * {@link limitationWarning}).
 * @param claim - the debtor kind, due date, optional invoice and completion dates, and events
 * @param options - `asOf`, `b2bStart`, `lateInvoiceDays`, `warnWithinDays`, `locale` (`'fr'`
 * default, or `'en'`: explanations and warnings; trail entries stay English for now)
 * @returns the period, start, deadline, long-stop, status, days left, title, trail and warnings
 * @throws {@link ImpayesError} `INVALID_INPUT` with paths for a bad claim or option, an unknown event
 * type, a legal action, injonction order or enforcement measure before the due
 * date, `mediation_ended` / `small_claims_ended` without a start (or a second start while one runs),
 * `injonction_order_served` without an order, `proceedings_ended` without a pending action, and
 * `judgment_served` without a judgment.
 * @example
 * ```ts
 * const r = limitationDeadline({
 *   debtor: 'professional',
 *   dueDate: '2009-05-28',
 *   events: [
 *     { type: 'payment_received', date: '2011-03-10' },
 *     { type: 'formal_notice_sent', date: '2012-01-05' },
 *   ],
 * });
 * r.deadline; //=> '2016-03-10'
 * r.trail.map((t) => t.effect); //=> ['interrupts', 'no-effect']
 * ```
 * @category Limitation
 */
export function limitationDeadline(
  claim: LimitationClaimInput,
  options: LimitationOptions = {},
): LimitationDeadlineResult {
  const c = parseOrThrow(LimitationClaimSchema, claim, 'claim');
  const o = parseOrThrow(LimitationOptionsSchema, options, 'options', ['options']);
  return localisedLimitation(
    computeLimitation(c, o.asOf, o.b2bStart, o.lateInvoiceDays, o.warnWithinDays),
    o.locale,
  );
}

/**
 * @internal A limitation result with its sentences in `locale` (the engine writes them in French,
 * the default locale).
 */
export function localisedLimitation(
  r: LimitationDeadlineResult,
  locale: Locale,
): LimitationDeadlineResult {
  const start = relocalised(r.start.explanationMessage, locale);
  const longStop = relocalised(r.longStop.explanationMessage, locale);
  const status = relocalised(r.statusMessage, locale);
  return {
    ...r,
    start: { ...r.start, explanation: start.message, explanationMessage: start },
    longStop: { ...r.longStop, explanation: longStop.message, explanationMessage: longStop },
    statusExplanation: status.message,
    statusMessage: status,
    warnings: r.warnings.map((w) => relocalised(w, locale)),
  };
}

/** @internal Unvalidated core of {@link limitationDeadline}. */
export function computeLimitation(
  claim: LimitationClaim,
  asOf: PlainDate | undefined,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDays: number,
  warnWithinDays: number,
): LimitationDeadlineResult {
  const debtor = claim.debtor;
  const isPublic = debtor === 'public';
  const { start, birth, warnings } = chooseStart(claim, b2bStart, lateInvoiceDays);
  // The period in force when it starts (earlier law, e.g. before loi 2008-561, is not modelled).
  const period = periodOf(debtor, isPublic ? claim.dueDate : start.date);
  // Events after asOf are not applied (the claim is replayed as of that day), never silently.
  const items = sortLimitationEvents(claim.events, asOf);
  const an = analyse(items, claim);
  if (items.length < claim.events.length)
    warnings.push(laterWarning(laterEvents(claim.events, (e) => e.date, asOf!)!, asOf!));
  const longStopDate = addPeriod(birth, { years: longStopYears(birth) });

  let years = period.years;
  let title: LimitationTitle | null = null;
  let pending = 0;
  let suspension: Suspension | null = null;
  let capHit = false;
  let afterExpiry = 0;
  const effective = new Set<number>();

  const periodFrom = (t: PlainDate): PlainDate =>
    isPublic && title === null ? dec31(yearOf(t) + years) : addPeriod(t, { years });
  let deadline: PlainDate = isPublic
    ? dec31(yearOf(start.date) + years - 1)
    : periodFrom(start.date);

  const capApplies = (): boolean => !isPublic && title === null;
  /** Applies an interruption giving `candidate`; returns whether the long-stop cut it. */
  const interrupt = (t: PlainDate, candidate: PlainDate, capped: boolean): boolean => {
    if (suspension !== null) {
      // A whole new period (C. civ. 2231) counts in years from the end of the suspension, not as
      // a number of days, which would drift by one across a 29 February.
      if (!isPublic && title === null && candidate === periodFrom(t)) {
        if (capped) suspension.newPeriod = true;
        else suspension.newPeriodExempt = true;
        return false;
      }
      const days = daysBetween(max(t, start.date), candidate);
      if (capped) suspension.remaining = Math.max(suspension.remaining, days);
      else suspension.remainingExempt = Math.max(suspension.remainingExempt, days);
      return false;
    }
    let cand = candidate;
    let cut = false;
    if (capped && capApplies() && cand > longStopDate) {
      cand = longStopDate;
      cut = true;
      capHit = true;
    }
    deadline = max(deadline, cand);
    return cut;
  };
  /** The deadline if the open suspension ended on `e` (does not mutate). */
  const resumeAt = (s: Suspension, e: PlainDate): { date: PlainDate; cut: boolean } => {
    const from = max(e, start.date);
    let cand = max(addDays(from, s.remaining), addMonthsValid(e, suspensionMonths(e)));
    if (s.newPeriod) cand = max(cand, periodFrom(from));
    let cut = false;
    if (capApplies() && cand > longStopDate) {
      cand = longStopDate;
      cut = true;
    }
    if (s.remainingExempt > 0) cand = max(cand, addDays(from, s.remainingExempt));
    if (s.newPeriodExempt) cand = max(cand, periodFrom(from));
    return { date: max(deadline, cand), cut };
  };
  const current = (): PlainDate | null => (pending > 0 || suspension !== null ? null : deadline);
  const expiredOn = (t: PlainDate): boolean => pending === 0 && suspension === null && t > deadline;

  const trail: LimitationTrailEntry[] = [];
  const push = (
    item: Item,
    effect: LimitationEffect,
    article: string,
    explanation: string,
  ): true => {
    trail.push({
      index: item.index,
      event: jsonSafe(item.event),
      effect,
      deadlineAfter: current(),
      article,
      explanation,
    });
    return true;
  };
  const tooLate = (item: Item, article: string): true => {
    afterExpiry++;
    return push(
      item,
      'no-effect',
      article,
      `The claim was already time-barred (last day ${deadline}); an act after that date cannot interrupt or suspend it. Only the debtor can waive acquired limitation (C. civ. 2250), and a court does not raise it on its own (2247).`,
    );
  };
  const notStarted = (item: Item, article: string): true =>
    push(
      item,
      'no-effect',
      article,
      `Limitation had not started yet (it runs from ${start.date}), so this changes nothing.`,
    );
  /** Acknowledgement-like interruptions (capped by 2232). */
  const plainInterruption = (item: Item, article: string, what: string): true => {
    const t = item.event.date;
    if (t < start.date) return notStarted(item, article);
    if (expiredOn(t)) return tooLate(item, article);
    if (pending > 0)
      return push(
        item,
        'no-effect',
        article,
        'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).',
      );
    const cut = interrupt(t, periodFrom(t), true);
    const fresh = isPublic
      ? `a new ${years}-year period runs from 1 January ${yearOf(t) + 1} to ${dec31(yearOf(t) + years)}`
      : `a new ${years}-year period runs from ${t}`;
    return push(
      item,
      'interrupts',
      cut ? `${article}; C. civ. 2232` : article,
      `${what} interrupts limitation: ${fresh}${suspension === null ? '' : ', once the suspension ends'}${cut ? `, capped by the ${longStopYears(birth)}-year long-stop (${longStopDate})` : ''}.`,
    );
  };

  // Each case records exactly one trail entry (`push` returns true).
  const handle = (item: Item, pos: number): true => {
    const e = item.event;
    const t = e.date;
    switch (e.type) {
      case 'debtor_acknowledged':
        return plainInterruption(
          item,
          isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2240, 2231',
          "The debtor's acknowledgement",
        );
      case 'payment_received':
        return plainInterruption(
          item,
          isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2240, 2231',
          'A payment, even partial, acknowledges the whole debt and',
        );
      case 'public_claim_written':
        if (!isPublic)
          return push(
            item,
            'no-effect',
            'Loi 68-1250 art. 2; Cass. com. 18 May 2022 n°20-23.204',
            'A written claim interrupts only the limitation of a public debtor; against a private debtor it has no effect.',
          );
        return plainInterruption(
          item,
          'Loi 68-1250 art. 2',
          'A written claim to the administration',
        );
      case 'formal_notice_sent':
        if (isPublic)
          return plainInterruption(
            item,
            'Loi 68-1250 art. 2',
            'A written payment demand to a public debtor',
          );
        return push(
          item,
          'no-effect',
          'Cass. com. 18 May 2022 n°20-23.204',
          'A formal notice (mise en demeure), even by registered letter with acknowledgement of receipt, does not interrupt or suspend limitation: only the acts listed by the Civil Code do (C. civ. 2240, 2241, 2244).',
        );
      case 'enforcement_measure':
      case 'conservatory_measure': {
        const article = 'C. civ. 2244';
        if (isPublic)
          return push(
            item,
            'no-effect',
            'CGPPP L2311-1; Loi 68-1250 art. 2',
            "A public person's property cannot be seized; the déchéance quadriennale is interrupted only by the acts of loi 68-1250 art. 2.",
          );
        if (t < start.date) return notStarted(item, article);
        if (expiredOn(t)) return tooLate(item, article);
        if (pending > 0)
          return push(
            item,
            'no-effect',
            article,
            'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).',
          );
        interrupt(t, periodFrom(t), false);
        return push(
          item,
          'interrupts',
          article,
          `${e.type === 'enforcement_measure' ? 'An enforcement measure' : 'A conservatory measure'} interrupts limitation: a new ${years}-year period runs from ${t}${suspension === null ? '' : ' once the suspension ends'} (not capped by the ${longStopYears(birth)}-year long-stop).`,
        );
      }
      case 'legal_action_filed': {
        const article = isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2241, 2242';
        if (an.voided.has(pos))
          return push(
            item,
            'no-effect',
            `${article}; C. civ. 2243`,
            'These proceedings later ended without success: their interruption is treated as never having happened (C. civ. 2243).',
          );
        if (expiredOn(t)) return tooLate(item, article);
        effective.add(pos);
        pending++;
        const dropped = suspension !== null;
        suspension = null;
        return push(
          item,
          'interrupts',
          article,
          `The legal action interrupts limitation until the proceedings end (C. civ. 2242); a new ${isPublic ? `${years}-year period runs from 1 January after the decision becomes final` : `${years}-year period runs from the end`}. Record the end with proceedings_ended.${dropped ? ' The suspension under way is absorbed by the proceedings.' : ''}`,
        );
      }
      case 'injonction_order_issued':
        return push(
          item,
          'no-effect',
          'C. proc. civ. art. 1411; Cass. civ. 10 Jul 1990 n°89-13.345',
          `Filing the request and issuing the order do not interrupt limitation; serving the order does, if served by ${injonctionServiceLastDay(t)} (${injonctionServiceRule(t)}).`,
        );
      case 'injonction_order_served': {
        const article = 'C. civ. 2241; C. proc. civ. art. 1411';
        const lastDay = an.lateService.get(pos);
        if (lastDay !== undefined)
          return push(
            item,
            'no-effect',
            article,
            `The order of ${an.orderDateOf.get(pos)} was served after ${lastDay}, more than ${monthsText(injonctionServiceMonths(an.orderDateOf.get(pos)!))} after it was issued: it has lapsed (non avenue, ${injonctionServiceArticle(an.orderDateOf.get(pos)!)}) and its service interrupts nothing.`,
          );
        if (an.voided.has(pos))
          return push(
            item,
            'no-effect',
            `${article}; C. civ. 2243`,
            'The opposition proceedings later ended without success: the interruption by service is treated as never having happened (C. civ. 2243).',
          );
        if (expiredOn(t)) return tooLate(item, article);
        effective.add(pos);
        if (pending > 0)
          return push(
            item,
            'no-effect',
            article,
            'Proceedings are pending: limitation is already interrupted until they end (C. civ. 2242).',
          );
        interrupt(t, periodFrom(t), false);
        return push(
          item,
          'interrupts',
          article,
          `Serving the injonction order within ${monthsText(injonctionServiceMonths(an.orderDateOf.get(pos)!))} interrupts limitation: a new ${years}-year period runs from ${isPublic ? '1 January' : t}. ${enforcementText(t, an.orderDateOf.get(pos)!)}`,
        );
      }
      case 'mediation_started':
      case 'small_claims_accepted': {
        const kind: SuspensionKind = e.type === 'mediation_started' ? 'mediation' : 'small_claims';
        const article = kind === 'mediation' ? 'C. civ. 2238' : 'C. civ. 2238; CPCE L125-1';
        if (expiredOn(t)) return tooLate(item, article);
        if (pending > 0)
          return push(
            item,
            'no-effect',
            article,
            'Proceedings are pending: limitation is already interrupted until they end, so there is nothing to suspend.',
          );
        if (suspension === null)
          suspension = {
            since: t,
            remaining: daysBetween(max(t, start.date), deadline),
            remainingExempt: 0,
            newPeriod: false,
            newPeriodExempt: false,
            kinds: new Set(),
          };
        suspension.kinds.add(kind);
        return push(
          item,
          'suspends',
          article,
          `${kind === 'mediation' ? 'Mediation or conciliation' : "The debtor's agreement to the small-claims procedure"} suspends limitation: the clock stops with ${suspension.remaining} day(s) left and runs again when it ends, for at least ${suspensionMonths(t)} months.`,
        );
      }
      case 'mediation_ended':
      case 'small_claims_ended': {
        const kind: SuspensionKind = e.type === 'mediation_ended' ? 'mediation' : 'small_claims';
        const article = kind === 'mediation' ? 'C. civ. 2238' : 'C. civ. 2238; CPCE L125-1';
        if (suspension === null || !suspension.kinds.has(kind))
          return push(
            item,
            'no-effect',
            article,
            'The matching start did not suspend limitation (it came after expiry or during proceedings), so its end changes nothing.',
          );
        suspension.kinds.delete(kind);
        if (suspension.kinds.size > 0)
          return push(
            item,
            'no-effect',
            article,
            'Another suspension is still under way: the clock stays stopped.',
          );
        const r = resumeAt(suspension, t);
        if (r.cut) capHit = true;
        deadline = r.date;
        suspension = null;
        return push(
          item,
          'resumes',
          r.cut ? `${article}; C. civ. 2232` : article,
          `The suspension ends: the time left runs again, but never less than ${suspensionMonths(t)} months (until ${addMonths(t, suspensionMonths(t))})${r.cut ? `, capped by the ${longStopYears(birth)}-year long-stop (${longStopDate})` : ''}.`,
        );
      }
      case 'proceedings_ended': {
        const action = an.endedAction.get(pos)!;
        const began = items[action]!.event.date;
        if (e.outcome !== 'judgment')
          return push(
            item,
            'voids-interruption',
            'C. civ. 2243',
            `The proceedings begun on ${began} were ${VOIDING[e.outcome]}: their interruption is treated as never having happened, and limitation is computed without them${expiredOn(t) ? ` — the claim has been time-barred since the day after ${deadline}` : ''}.`,
          );
        if (!effective.has(action))
          return push(
            item,
            'no-effect',
            'C. civ. 2247',
            'The action it ends was brought after the claim was time-barred; the judgment still stands if the debtor did not plead limitation (a court does not raise it on its own, C. civ. 2247).',
          );
        if (items[action]!.event.type === 'legal_action_filed') pending--;
        interrupt(t, periodFrom(t), false);
        return push(
          item,
          'interrupts',
          isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2242, 2231',
          `The proceedings begun on ${began} ended with a judgment: ${isPublic ? `a new ${years}-year period runs from 1 January ${yearOf(t) + 1}` : `a new ${years}-year period runs from ${t}`}. Serve the judgment (judgment_served) to obtain a ${titleYears(t)}-year title.`,
        );
      }
      case 'judgment_served': {
        if (isPublic)
          return push(
            item,
            'no-effect',
            'Loi 68-1250 art. 2; loi 80-539',
            `Against a public debtor a judgment is paid through the public accountant (loi 80-539), not enforced under the CPCE; the ${years}-year period already runs from 1 January after the decision.`,
          );
        const titleYearsNow = titleYears(t);
        const titleDeadline = addPeriod(t, { years: titleYearsNow });
        title = {
          servedOn: t,
          years: titleYearsNow,
          deadline: titleDeadline,
          article: 'CPCE L111-4',
        };
        years = 10;
        if (suspension === null) deadline = max(deadline, titleDeadline);
        else interrupt(t, titleDeadline, false);
        return push(
          item,
          'interrupts',
          'CPCE L111-4',
          `The served judgment is an enforceable title: it can be enforced for ${titleYearsNow} years, until ${titleDeadline}, even when the claim itself had a shorter period.`,
        );
      }
    }
  };
  items.forEach((item, pos) => {
    handle(item, pos);
  });

  const lastEvent = items.length > 0 ? items[items.length - 1]!.event.date : undefined;
  const statusAt = asOf ?? lastEvent ?? start.date;
  // Assigned inside the callbacks above, which TypeScript's narrowing does not see.
  const openSuspension = suspension as Suspension | null;
  let finalDeadline: PlainDate | null = deadline;
  let status: LimitationStatus;
  let statusMessage: LimitationMessage<LimitationStatusCode>;
  if (pending > 0) {
    finalDeadline = null;
    status = 'suspended';
    statusMessage = limitationText('STATUS_PENDING', {});
    warnings.push(limitationFinding('C. civ. 2242', 'PROCEEDINGS_PENDING', {}));
  } else if (openSuspension !== null) {
    const r = resumeAt(openSuspension, max(statusAt, openSuspension.since));
    finalDeadline = r.date;
    if (r.cut) capHit = true;
    status = 'suspended';
    const p = { since: openSuspension.since, statusAt, deadline: r.date };
    statusMessage = limitationText('STATUS_SUSPENDED', p);
    warnings.push(limitationFinding('C. civ. 2238', 'LIMITATION_SUSPENDED', p));
  } else if (statusAt > deadline) {
    status = 'expired';
    statusMessage = limitationText('STATUS_EXPIRED', { deadline });
    warnings.push(
      limitationFinding(
        isPublic ? 'Loi 68-1250 art. 1' : 'C. civ. 2219, 2229',
        'LIMITATION_EXPIRED',
        { deadline },
      ),
    );
  } else {
    status = 'running';
    statusMessage = limitationText('STATUS_RUNNING', { deadline });
    if (asOf !== undefined) {
      const soon = soonWarning(debtor, deadline, asOf, warnWithinDays);
      if (soon !== null) warnings.push(soon);
    }
  }

  if (!isPublic && items.some((i) => i.event.type === 'formal_notice_sent'))
    warnings.push(
      limitationFinding('Cass. com. 18 May 2022 n°20-23.204', 'FORMAL_NOTICE_NO_EFFECT', {
        debtor,
      }),
    );
  if (afterExpiry > 0)
    warnings.push(
      limitationFinding('C. civ. 2219, 2250', 'EVENT_AFTER_EXPIRY', { count: afterExpiry }),
    );
  for (const [pos, lastDay] of an.lateService)
    warnings.push(
      limitationFinding('C. proc. civ. art. 1411', 'INJONCTION_LAPSED', {
        issued: null,
        servedOn: items[pos]!.event.date,
        lastDay,
      }),
    );
  for (const pos of an.unservedOrders) {
    const issued = items[pos]!.event.date;
    const lastDay = injonctionServiceLastDay(issued);
    warnings.push(
      statusAt > lastDay
        ? limitationFinding('C. proc. civ. art. 1411', 'INJONCTION_LAPSED', {
            issued,
            servedOn: null,
            lastDay,
          })
        : limitationFinding('C. proc. civ. art. 1411', 'INJONCTION_NOT_SERVED', {
            issued,
            lastDay,
          }),
    );
  }
  const binding = capHit && finalDeadline === longStopDate;
  if (binding)
    warnings.push(
      limitationFinding(
        'C. civ. 2232',
        'LONG_STOP_BINDING',
        { years: longStopYears(birth), date: longStopDate },
        'info',
      ),
    );

  return {
    debtor,
    period: { ...period },
    start,
    deadline: finalDeadline,
    longStop: {
      date: longStopDate,
      article: 'C. civ. 2232',
      binding,
      ...explained(
        isPublic
          ? limitationText('LONG_STOP_PUBLIC', {})
          : limitationText('LONG_STOP', { years: longStopYears(birth), birth }),
      ),
    },
    status,
    statusAt,
    statusExplanation: statusMessage.message,
    statusMessage,
    daysLeft:
      asOf !== undefined && finalDeadline !== null ? daysBetween(asOf, finalDeadline) : null,
    title,
    trail,
    warnings,
  };
}
