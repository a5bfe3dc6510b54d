import { addDaysValid, addPeriod, type PlainDate } from '../dates/internal.js';
import { parseFast } from '../internal/fast.js';
import { type LaterEvents, laterEvents } from '../internal/later-events.js';
import { type LawParameterId, lawNumber } from '../law/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { Locale } from '../text/internal.js';
import { analyse, sortLimitationEvents } from './analysis.js';
import {
  type LimitationClaim,
  type LimitationClaimInput,
  LimitationClaimSchema,
  type LimitationOptions,
  LimitationOptionsSchema,
} from './claim.js';
import type { LimitationEvent } from './events.js';
import { fastLimitationClaim, fastLimitationOptions } from './fast-claim.js';
import { replayEvents } from './handlers.js';
import { injonctionServiceLastDay } from './procedural-deadlines.js';
import {
  capYearsOf,
  daysFrom,
  dec31,
  initialState,
  longStopYears,
  max,
  plusYears,
  type ReplayContext,
  type ReplayState,
  resumeAt,
  yearOf,
} from './replay.js';
import type { LimitationMessage, LimitationMessages, LimitationTrailCode } from './text.js';
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
  /** Why, in the requested locale (French by default). */
  readonly explanation: string;
  /** The stable code of the explanation; see {@link LimitationTrailCode}. */
  readonly code: LimitationTrailCode;
  /** The values of the explanation; see {@link LimitationMessages}. */
  readonly params: LimitationMessages[LimitationTrailCode];
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
function laterWarning(later: LaterEvents, asOf: PlainDate, locale: Locale): LimitationWarning {
  return {
    ...limitationFinding(
      'n/a',
      'EVENTS_AFTER_AS_OF',
      { count: later.count, firstDate: later.firstDate, asOf },
      'warning',
      locale,
    ),
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

/** @internal Re-exported for the bench. */
export { sortLimitationEvents };

interface StartInfo {
  readonly start: LimitationStart;
  readonly birth: PlainDate;
  readonly warnings: LimitationWarning[];
}

function chooseStart(
  claim: LimitationClaim,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDays: number | undefined,
  locale: Locale,
): StartInfo {
  switch (claim.debtor) {
    case 'consumer':
      return consumerStart(claim, locale);
    case 'public':
      return publicStart(claim, locale);
    case 'professional':
    case 'non_professional':
      return businessStart(claim, b2bStart, lateInvoiceDays, locale);
  }
}

/** Step: a consumer claim runs from completion, else from the invoice or due date (C. conso L218-2). */
function consumerStart(claim: LimitationClaim, locale: Locale): StartInfo {
  const { dueDate, invoiceDate, completionDate } = claim;
  const warnings: LimitationWarning[] = [];
  if (completionDate !== undefined)
    return {
      start: {
        date: completionDate,
        rule: 'completion',
        article:
          'C. conso L218-2; Civ. 1re, 19 mai 2021, n° 20-12.520; Civ. 3e, 1er mars 2023, n° 21-23.176',
        ...explained(
          limitationText(
            'START_COMPLETION',
            { years: periodOf('consumer', completionDate).years, completionDate },
            locale,
          ),
        ),
      },
      birth: completionDate,
      warnings,
    };
  const date = invoiceDate ?? dueDate;
  const from = invoiceDate === undefined ? 'due-date' : 'invoice-date';
  warnings.push(
    limitationFinding(
      'C. conso L218-2; Civ. 1re, 19 mai 2021, n° 20-12.520',
      'CONSUMER_START_FALLBACK',
      { from, date },
      'warning',
      locale,
    ),
  );
  return {
    start: {
      date,
      rule: invoiceDate === undefined ? 'due-date-fallback' : 'invoice-date',
      article: 'C. conso L218-2; Civ. 1re, 3 juin 2015, n° 14-10.908',
      ...explained(limitationText('START_FALLBACK', { from }, locale)),
    },
    birth: date,
    warnings,
  };
}

/** Step: a public claim runs from 1 January after the due date's year (loi 68-1250 art. 1). */
function publicStart(claim: LimitationClaim, locale: Locale): StartInfo {
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
        locale,
      ),
    );
  return {
    start: {
      date,
      rule: 'public-1-january',
      article: 'Loi 68-1250 art. 1',
      ...explained(
        limitationText(
          'START_PUBLIC',
          { years: n, dueDate, from: date, to: dec31(year + n) },
          locale,
        ),
      ),
    },
    birth: dueDate,
    warnings,
  };
}

/** The `LATE_INVOICE_START` warning; `courtDeadline`: counted from completion when the due date was chosen. */
function lateInvoiceWarning(
  invoiceDate: PlainDate,
  days: number,
  completionDate: PlainDate,
  courtDeadline: PlainDate | null,
  locale: Locale,
): LimitationWarning {
  return limitationFinding(
    'Cass. com., 26 févr. 2020, n° 18-25.036',
    'LATE_INVOICE_START',
    { invoiceDate, days, completionDate, courtDeadline },
    'warning',
    locale,
  );
}

/** Step: a business claim runs from the due date, or from completion when invoiced late. */
function businessStart(
  claim: LimitationClaim,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDaysOption: number | undefined,
  locale: Locale,
): StartInfo {
  const { dueDate, invoiceDate, completionDate } = claim;
  const lateInvoiceDays =
    lateInvoiceDaysOption ??
    (completionDate === undefined ? 0 : lawNumber('b2b-default-term-days', completionDate));
  const warnings: LimitationWarning[] = [];
  const late =
    completionDate !== undefined &&
    invoiceDate !== undefined &&
    completionDate < dueDate &&
    invoiceDate > addDaysValid(completionDate, lateInvoiceDays);
  if (late && b2bStart === 'earliest') {
    warnings.push(lateInvoiceWarning(invoiceDate, lateInvoiceDays, completionDate, null, locale));
    const params = { invoiceDate, days: lateInvoiceDays, completionDate };
    return {
      start: {
        date: completionDate,
        rule: 'late-invoice-completion',
        article: 'Cass. com., 26 févr. 2020, n° 18-25.036',
        ...explained(limitationText('START_LATE_INVOICE', params, locale)),
      },
      birth: completionDate,
      warnings,
    };
  }
  if (late) {
    const years = periodOf(claim.debtor, completionDate).years;
    const court = addPeriod(completionDate, { years });
    warnings.push(lateInvoiceWarning(invoiceDate, lateInvoiceDays, completionDate, court, locale));
  }
  return {
    start: {
      date: dueDate,
      rule: 'due-date',
      article: 'Cass. com., 5 déc. 2018, n° 17-16.282; C. civ. 2233',
      ...explained(limitationText('START_DUE_DATE', { dueDate }, locale)),
    },
    birth: completionDate !== undefined && completionDate < dueDate ? completionDate : dueDate,
    warnings,
  };
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
 * (default), completion when the invoice was issued more than `lateInvoiceDays` (default: the statutory default term, 30 days) after it and
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
 * default, or `'en'`: explanations, trail entries and warnings)
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
  const c = parseFast(fastLimitationClaim, LimitationClaimSchema, claim, 'claim');
  const o = parseFast(fastLimitationOptions, LimitationOptionsSchema, options, 'options', [
    'options',
  ]);
  return computeLimitation(c, o.asOf, o.b2bStart, o.lateInvoiceDays, o.warnWithinDays, o.locale);
}

/** @internal A trail entry with its explanation in `locale`. */
export function relocalisedEntry(t: LimitationTrailEntry, locale: Locale): LimitationTrailEntry {
  const m = relocalised({ code: t.code, params: t.params, message: t.explanation }, locale);
  return { ...t, explanation: m.message, params: m.params };
}

/** @internal Unvalidated core of {@link limitationDeadline}: a pipeline of named pure steps. */
export function computeLimitation(
  claim: LimitationClaim,
  asOf: PlainDate | undefined,
  b2bStart: 'earliest' | 'due-date',
  lateInvoiceDays: number | undefined,
  warnWithinDays: number,
  locale: Locale = 'fr',
): LimitationDeadlineResult {
  const { debtor } = claim;
  const isPublic = debtor === 'public';
  const { start, birth, warnings } = chooseStart(claim, b2bStart, lateInvoiceDays, locale);
  // The period in force when it starts (earlier law, e.g. before loi 2008-561, is not modelled).
  const period = periodOf(debtor, isPublic ? claim.dueDate : start.date);
  // Events after asOf are not applied (the claim is replayed as of that day), never silently.
  const items = sortLimitationEvents(claim.events, asOf);
  const analysis = analyse(items, claim.dueDate);
  if (items.length < claim.events.length)
    warnings.push(laterWarning(laterEvents(claim.events, (e) => e.date, asOf!)!, asOf!, locale));
  const capYears = longStopYears(birth);
  const longStopDate = plusYears(birth, capYears);
  const c: ReplayContext = {
    isPublic,
    startDate: start.date,
    birth,
    longStopDate,
    longStopYears: capYears,
    items,
    analysis,
    locale,
  };
  const { state, trail } = replayEvents(c, initialState(c, period.years));
  const statusAt = asOf ?? items.at(-1)?.event.date ?? start.date;
  const final = finalStatus(state, c, statusAt);
  const soon =
    final.status === 'running' && asOf !== undefined
      ? soonWarning(debtor, state.deadline, asOf, warnWithinDays, locale)
      : null;
  const binding = final.capHit && final.deadline === longStopDate;
  if (final.warning !== null) warnings.push(final.warning);
  if (soon !== null) warnings.push(soon);
  for (const w of eventWarnings(debtor, state, c, statusAt)) warnings.push(w);
  if (binding) warnings.push(longStopBindingWarning(c));
  return {
    debtor,
    // periodOf builds a fresh object for this result.
    period,
    start,
    deadline: final.deadline,
    longStop: longStopOf(c, binding),
    status: final.status,
    statusAt,
    statusExplanation: final.message.message,
    statusMessage: final.message,
    daysLeft: asOf !== undefined && final.deadline !== null ? daysFrom(asOf, final.deadline) : null,
    title: state.title,
    trail,
    warnings,
  };
}

/** @internal The status on `statusAt` after the replay, and its status warning. */
export interface FinalStatus {
  readonly status: LimitationStatus;
  readonly deadline: PlainDate | null;
  readonly message: LimitationMessage<LimitationStatusCode>;
  readonly warning: LimitationWarning | null;
  /** The long-stop cut the deadline (during the replay or when ending the open suspension). */
  readonly capHit: boolean;
}

/** @internal Step: the status on `statusAt`: pending, suspended, expired or running. */
export function finalStatus(s: ReplayState, c: ReplayContext, statusAt: PlainDate): FinalStatus {
  if (s.pending > 0)
    return {
      status: 'suspended',
      deadline: null,
      message: limitationText('STATUS_PENDING', {}, c.locale),
      warning: limitationFinding('C. civ. 2242', 'PROCEEDINGS_PENDING', {}, 'warning', c.locale),
      capHit: s.capHit,
    };
  if (s.suspension !== null) {
    const { since } = s.suspension;
    const r = resumeAt(s, c, s.suspension, max(statusAt, since));
    const p = { since, statusAt, deadline: r.date };
    return {
      status: 'suspended',
      deadline: r.date,
      message: limitationText('STATUS_SUSPENDED', p, c.locale),
      warning: limitationFinding('C. civ. 2238', 'LIMITATION_SUSPENDED', p, 'warning', c.locale),
      capHit: s.capHit || r.cut,
    };
  }
  const p = { deadline: s.deadline };
  if (statusAt > s.deadline)
    return {
      status: 'expired',
      deadline: s.deadline,
      message: limitationText('STATUS_EXPIRED', p, c.locale),
      warning: limitationFinding(
        c.isPublic ? 'Loi 68-1250 art. 1' : 'C. civ. 2219, 2229',
        'LIMITATION_EXPIRED',
        p,
        'warning',
        c.locale,
      ),
      capHit: s.capHit,
    };
  const message = limitationText('STATUS_RUNNING', p, c.locale);
  return { status: 'running', deadline: s.deadline, message, warning: null, capHit: s.capHit };
}

/**
 * @internal Step: the warnings about the events themselves: a formal notice, acts after expiry,
 * lapsed or unserved injonction orders.
 */
export function eventWarnings(
  debtor: DebtorKind,
  s: ReplayState,
  c: ReplayContext,
  statusAt: PlainDate,
): LimitationWarning[] {
  const warnings: LimitationWarning[] = [];
  if (!c.isPublic && c.items.some((i) => i.event.type === 'formal_notice_sent'))
    warnings.push(
      limitationFinding(
        'Cass. com., 18 mai 2022, n° 20-23.204',
        'FORMAL_NOTICE_NO_EFFECT',
        { debtor },
        'warning',
        c.locale,
      ),
    );
  if (s.afterExpiry > 0)
    warnings.push(
      limitationFinding(
        'C. civ. 2219, 2250',
        'EVENT_AFTER_EXPIRY',
        { count: s.afterExpiry },
        'warning',
        c.locale,
      ),
    );
  for (const [pos, lastDay] of c.analysis.lateService)
    warnings.push(
      limitationFinding(
        'C. proc. civ. art. 1411',
        'INJONCTION_LAPSED',
        { issued: null, servedOn: c.items[pos]!.event.date, lastDay },
        'warning',
        c.locale,
      ),
    );
  for (const pos of c.analysis.unservedOrders) warnings.push(unservedWarning(c, pos, statusAt));
  return warnings;
}

/** @internal An order never served: lapsed on `statusAt`, or still to be served. */
export function unservedWarning(
  c: ReplayContext,
  pos: number,
  statusAt: PlainDate,
): LimitationWarning {
  const issued = c.items[pos]!.event.date;
  const lastDay = injonctionServiceLastDay(issued);
  const article = 'C. proc. civ. art. 1411';
  return statusAt > lastDay
    ? limitationFinding(
        article,
        'INJONCTION_LAPSED',
        { issued, servedOn: null, lastDay },
        'warning',
        c.locale,
      )
    : limitationFinding(article, 'INJONCTION_NOT_SERVED', { issued, lastDay }, 'warning', c.locale);
}

/** @internal `LONG_STOP_BINDING`: the C. civ. 2232 long-stop sets the deadline. */
export const longStopBindingWarning = (c: ReplayContext): LimitationWarning =>
  limitationFinding(
    'C. civ. 2232',
    'LONG_STOP_BINDING',
    { years: capYearsOf(c), date: c.longStopDate },
    'info',
    c.locale,
  );

/** @internal Step: the long-stop of the result, with its explanation. */
export function longStopOf(c: ReplayContext, binding: boolean): LimitationLongStop {
  return {
    date: c.longStopDate,
    article: 'C. civ. 2232',
    binding,
    ...explained(
      c.isPublic
        ? limitationText('LONG_STOP_PUBLIC', {}, c.locale)
        : limitationText('LONG_STOP', { years: capYearsOf(c), birth: c.birth }, c.locale),
    ),
  };
}
