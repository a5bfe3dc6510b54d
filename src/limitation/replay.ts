import { addDaysValid, addMonthsValid, dayNumber, type PlainDate } from '../dates/internal.js';
import { jsonSafe } from '../internal/json-safe.js';
import { lawNumber } from '../law/internal.js';
import type { Locale } from '../text/internal.js';
import type { Analysis, Item, ServicePeriod } from './analysis.js';
import type { LimitationEvent } from './events.js';
import type {
  LimitationEffect,
  LimitationTitle,
  LimitationTrailEntry,
} from './limitation-deadline.js';
import {
  injonctionServiceArticle,
  injonctionServiceMonths,
  serviceLastDayIn,
} from './procedural-deadlines.js';
import type { LimitationMessage, LimitationMessages, LimitationTrailCode } from './text.js';
import { freshText } from './warning.js';

// The replay of the sorted events: one pure handler per event type, from the state before the
// event to the state after it and the trail sentence that says why.

/** Years of the CPCE L111-4 title, the C. civ. 2232 long-stop, and the 2238 minimum (months). */
export const titleYears = (date: PlainDate): number => lawNumber('enforcement-title-years', date);
export const longStopYears = (date: PlainDate): number =>
  lawNumber('limitation-long-stop-years', date);
export const suspensionMonths = (date: PlainDate): number =>
  lawNumber('suspension-minimum-months', date);

/** @internal The years of the C. civ. 2232 long-stop of the context's claim. */
export const capYearsOf = (c: ReplayContext): number => c.longStopYears ?? longStopYears(c.birth);

/** @internal Days from `from` to `to` (`daysBetween` without validating the dates again). */
export const daysFrom = (from: PlainDate, to: PlainDate): number => dayNumber(to) - dayNumber(from);

/**
 * @internal `addPeriod(t, { years })` without its range check, which cannot fail here: dates are
 * at most 2199-12-31 and the periods of the law data at most 20 years.
 */
export const plusYears = (t: PlainDate, years: number): PlainDate => addMonthsValid(t, years * 12);

export const max = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? b : a);
export const dec31 = (year: number): PlainDate =>
  `${String(year).padStart(4, '0')}-12-31` as PlainDate;
export const jan1 = (year: number): PlainDate =>
  `${String(year).padStart(4, '0')}-01-01` as PlainDate;
export const yearOf = (date: PlainDate): number => Number(date.slice(0, 4));

/** @internal What suspends limitation (C. civ. 2238). */
export type SuspensionKind = 'mediation' | 'small_claims';

/** @internal A suspension under way. */
export interface Suspension {
  readonly since: PlainDate;
  /** Days left when the clock stopped (or given by an interruption capped by 2232). */
  readonly remaining: number;
  /** Days given by an interruption the long-stop does not cap. */
  readonly remainingExempt: number;
  /** An interruption during the suspension: a whole new period runs when it ends (capped or not). */
  readonly newPeriod: boolean;
  readonly newPeriodExempt: boolean;
  readonly kinds: ReadonlyArray<SuspensionKind>;
}

/** @internal What the replay knows before the first event; never changes. */
export interface ReplayContext {
  readonly isPublic: boolean;
  /** The first day of the period. */
  readonly startDate: PlainDate;
  /** The birth of the right, for the long-stop. */
  readonly birth: PlainDate;
  readonly longStopDate: PlainDate;
  /** The years of the long-stop from `birth`, read once per call (read from the law when absent). */
  readonly longStopYears?: number;
  readonly items: ReadonlyArray<Item>;
  readonly analysis: Analysis;
  /** The locale of the sentences (French when absent): each is rendered once, in it. */
  readonly locale?: Locale;
}

/** @internal The state of limitation between two events. */
export interface ReplayState {
  /** The length of a new period (10 once a judgment is served). */
  readonly years: number;
  readonly title: LimitationTitle | null;
  /** Legal actions not yet ended (C. civ. 2242). */
  readonly pending: number;
  readonly suspension: Suspension | null;
  /** The long-stop cut the deadline at least once. */
  readonly capHit: boolean;
  /** Acts dated after the claim was time-barred. */
  readonly afterExpiry: number;
  /** Actions and services that did interrupt (positions). */
  readonly effective: ReadonlyArray<number>;
  /** The last day to act when no suspension or proceedings are under way. */
  readonly deadline: PlainDate;
}

/** @internal What one event did: the new state and the trail sentence. */
export interface Outcome {
  readonly state: ReplayState;
  readonly effect: LimitationEffect;
  readonly article: string;
  readonly message: LimitationMessage<LimitationTrailCode>;
}

/** @internal The end of a new period starting on `t` (1 January rule for a public debtor). */
export function periodFrom(s: ReplayState, c: ReplayContext, t: PlainDate): PlainDate {
  return c.isPublic && s.title === null ? dec31(yearOf(t) + s.years) : plusYears(t, s.years);
}

/**
 * @internal The state `s` with the fields of `change` replaced (no field of a state is ever
 * `undefined`). Built field by field, so that every state has the same shape: a spread of states
 * built in different ways was the most expensive step of the replay.
 */
export function changed(s: ReplayState, change: Partial<ReplayState>): ReplayState {
  return {
    years: change.years === undefined ? s.years : change.years,
    title: change.title === undefined ? s.title : change.title,
    pending: change.pending === undefined ? s.pending : change.pending,
    suspension: change.suspension === undefined ? s.suspension : change.suspension,
    capHit: change.capHit === undefined ? s.capHit : change.capHit,
    afterExpiry: change.afterExpiry === undefined ? s.afterExpiry : change.afterExpiry,
    effective: change.effective === undefined ? s.effective : change.effective,
    deadline: change.deadline === undefined ? s.deadline : change.deadline,
  };
}

/** @internal The state before the first event: the period runs from the start. */
export function initialState(c: ReplayContext, years: number): ReplayState {
  const s: ReplayState = {
    years,
    title: null,
    pending: 0,
    suspension: null,
    capHit: false,
    afterExpiry: 0,
    effective: [],
    deadline: c.startDate,
  };
  const deadline = c.isPublic
    ? dec31(yearOf(c.startDate) + years - 1)
    : periodFrom(s, c, c.startDate);
  return changed(s, { deadline });
}

const capApplies = (s: ReplayState, c: ReplayContext): boolean => !c.isPublic && s.title === null;

/** @internal The last day to act after an event, `null` while suspended or pending. */
export const currentDeadline = (s: ReplayState): PlainDate | null =>
  s.pending > 0 || s.suspension !== null ? null : s.deadline;

/** @internal Whether the claim was time-barred on `t` (never while suspended or pending). */
export const expiredOn = (s: ReplayState, t: PlainDate): boolean =>
  s.pending === 0 && s.suspension === null && t > s.deadline;

/** An interruption during a suspension: it counts once the suspension ends. */
function interruptSuspended(
  s: ReplayState,
  c: ReplayContext,
  susp: Suspension,
  t: PlainDate,
  candidate: PlainDate,
  capped: boolean,
): ReplayState {
  // A whole new period (C. civ. 2231) counts in years from the end of the suspension, not as a
  // number of days, which would drift by one across a 29 February.
  if (capApplies(s, c) && candidate === periodFrom(s, c, t))
    return changed(s, {
      suspension: capped ? { ...susp, newPeriod: true } : { ...susp, newPeriodExempt: true },
    });
  const days = daysFrom(max(t, c.startDate), candidate);
  return changed(s, {
    suspension: capped
      ? { ...susp, remaining: Math.max(susp.remaining, days) }
      : { ...susp, remainingExempt: Math.max(susp.remainingExempt, days) },
  });
}

/**
 * @internal Applies an interruption on `t` giving `candidate`, capped by the long-stop when
 * `capped`; `cut` tells whether the long-stop cut it.
 */
export function interrupt(
  s: ReplayState,
  c: ReplayContext,
  t: PlainDate,
  candidate: PlainDate,
  capped: boolean,
): { state: ReplayState; cut: boolean } {
  if (s.suspension !== null)
    return { state: interruptSuspended(s, c, s.suspension, t, candidate, capped), cut: false };
  const cut = capped && capApplies(s, c) && candidate > c.longStopDate;
  const date = cut ? c.longStopDate : candidate;
  return {
    state: changed(s, { deadline: max(s.deadline, date), capHit: s.capHit || cut }),
    cut,
  };
}

/** @internal The deadline if the suspension `susp` ended on `e` (2238: never less than 6 months). */
export function resumeAt(
  s: ReplayState,
  c: ReplayContext,
  susp: Suspension,
  e: PlainDate,
  months: number = suspensionMonths(e),
): { date: PlainDate; cut: boolean } {
  const from = max(e, c.startDate);
  let cand = max(addDaysValid(from, susp.remaining), addMonthsValid(e, months));
  if (susp.newPeriod) cand = max(cand, periodFrom(s, c, from));
  const cut = capApplies(s, c) && cand > c.longStopDate;
  if (cut) cand = c.longStopDate;
  if (susp.remainingExempt > 0) cand = max(cand, addDaysValid(from, susp.remainingExempt));
  if (susp.newPeriodExempt) cand = max(cand, periodFrom(s, c, from));
  return { date: max(s.deadline, cand), cut };
}

/**
 * @internal An outcome with its sentence, rendered in `locale` (French by default). `params`: an
 * object literal built for this sentence alone.
 */
export function outcome<C extends LimitationTrailCode>(
  state: ReplayState,
  effect: LimitationEffect,
  article: string,
  code: C,
  params: LimitationMessages[C],
  locale?: Locale,
): Outcome {
  return { state, effect, article, message: freshText(code, params, locale) };
}

/** @internal An act after the claim was time-barred: no effect, counted for the warning. */
export const tooLate = (s: ReplayState, article: string, locale?: Locale): Outcome =>
  outcome(
    changed(s, { afterExpiry: s.afterExpiry + 1 }),
    'no-effect',
    article,
    'TRAIL_AFTER_EXPIRY',
    { deadline: s.deadline },
    locale,
  );

/** @internal An act before the period started: no effect. */
export const notStarted = (s: ReplayState, c: ReplayContext, article: string): Outcome =>
  outcome(s, 'no-effect', article, 'TRAIL_NOT_STARTED', { start: c.startDate }, c.locale);

/** @internal An act while proceedings are pending: limitation is already interrupted. */
export const alreadyInterrupted = (s: ReplayState, article: string, locale?: Locale): Outcome =>
  outcome(s, 'no-effect', article, 'TRAIL_ALREADY_INTERRUPTED', {}, locale);

/** @internal The long-stop params of a sentence: the cap when it cut the period, else nulls. */
export const capParams = (
  c: ReplayContext,
  cut: boolean,
): { longStopYears: number | null; longStopDate: PlainDate | null } =>
  cut
    ? { longStopYears: capYearsOf(c), longStopDate: c.longStopDate }
    : { longStopYears: null, longStopDate: null };

/** @internal Step: an acknowledgement-like interruption (capped by 2232). */
export function plainInterruption(
  s: ReplayState,
  c: ReplayContext,
  item: Item,
  article: string,
  act: LimitationMessages['TRAIL_INTERRUPTS']['act'],
): Outcome {
  const t = item.event.date;
  if (t < c.startDate) return notStarted(s, c, article);
  if (expiredOn(s, t)) return tooLate(s, article, c.locale);
  if (s.pending > 0) return alreadyInterrupted(s, article, c.locale);
  const { state, cut } = interrupt(s, c, t, periodFrom(s, c, t), true);
  return outcome(
    state,
    'interrupts',
    cut ? `${article}; C. civ. 2232` : article,
    'TRAIL_INTERRUPTS',
    {
      act,
      date: t,
      years: s.years,
      from: c.isPublic ? jan1(yearOf(t) + 1) : t,
      to: c.isPublic ? dec31(yearOf(t) + s.years) : null,
      suspended: s.suspension !== null,
      // capParams(c, cut), written out: no object to spread on the hottest sentence.
      longStopYears: cut ? capYearsOf(c) : null,
      longStopDate: cut ? c.longStopDate : null,
    },
    c.locale,
  );
}

/** @internal The handler of an event: pure, from the state before it to its outcome. */
export type EventHandler = (s: ReplayState, c: ReplayContext, item: Item, pos: number) => Outcome;

/**
 * The event as a JSON round trip gives it back: a validated event holds strings only, so only a key
 * given as `undefined` is dropped ({@link jsonSafe} then copies it); an event without one is kept.
 */
function safeEvent(event: LimitationEvent): LimitationEvent {
  const fields = event as Readonly<Record<string, unknown>>;
  for (const key in fields) if (fields[key] === undefined) return jsonSafe(event);
  return event;
}

/** @internal One trail entry from an event's outcome. */
export function trailEntry(item: Item, o: Outcome): LimitationTrailEntry {
  return {
    index: item.index,
    event: safeEvent(item.event),
    effect: o.effect,
    deadlineAfter: currentDeadline(o.state),
    article: o.article,
    explanation: o.message.message,
    code: o.message.code,
    params: o.message.params,
  };
}

/** @internal The order date of a service (set by the structural pass). */
export const orderDateOf = (c: ReplayContext, pos: number): PlainDate =>
  c.analysis.orderDateOf.get(pos)!;

/** @internal The params of an injonction service's sentences. */
export function serviceRule(
  orderDate: PlainDate,
  known?: ReadonlyMap<PlainDate, ServicePeriod>,
): {
  lastDay: PlainDate;
  months: number;
  article: string;
} {
  // The period the structural pass read for a served order; else read now.
  const period = known?.get(orderDate);
  const months = period === undefined ? injonctionServiceMonths(orderDate) : period.months;
  return {
    lastDay: period === undefined ? serviceLastDayIn(orderDate, months) : period.lastDay,
    months,
    article: injonctionServiceArticle(orderDate),
  };
}
