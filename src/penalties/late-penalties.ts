import {
  addMonths,
  addMonthsValid,
  dateOfDayNumber,
  dayNumber,
  daysInMonth,
  type HalfYear,
  halfYearOfValid,
  type PlainDate,
} from '../dates/internal.js';
import { type ErrorPath, isImpayesError } from '../errors/internal.js';
import { type Dec, decValid } from '../internal/decimal.js';
import { parseFast } from '../internal/fast.js';
import { laterEvents } from '../internal/later-events.js';
import { invalidInput } from '../internal/validate.js';
import { dueDateOfInvoice, exactTotalsOf } from '../invoice/internal.js';
import { lawNumber } from '../law/internal.js';
import type { Amount } from '../money/internal.js';
import { type CentsRing, withCents } from '../money/kernel.js';
import type { DebtorKind } from '../parties/internal.js';
import { type LegalRateCategory, type RateTable, resolveRates } from '../rates/internal.js';
import type { LatePenaltyClause } from '../terms/internal.js';
import type { Locale } from '../text/internal.js';
import {
  accruedNow,
  applyMovement,
  capitalise,
  closeRun,
  type Ledger,
  newLedger,
  type OpenRun,
} from './accrual.js';
import { fastLatePenaltiesOptions, fastLatePenaltiesRequest } from './fast-request.js';
import {
  type Capitalisation,
  type LatePenaltiesOptions,
  type LatePenaltiesOptionsInput,
  LatePenaltiesOptionsSchema,
  type LatePenaltiesRequest,
  type LatePenaltiesRequestInput,
  LatePenaltiesRequestSchema,
} from './late-penalties.schema.js';
import {
  clauseIgnored,
  type PenaltyRule,
  type RateSetup,
  type ResolvedRate,
  upliftNotApplied,
} from './penalty-rate.js';
import { indemnityFor, type RecoveryIndemnityResult } from './recovery-indemnity.js';
import { type PenaltyRegime, REGIME_ARTICLE, regimeOf } from './regime.js';
import { type RunRate, runRates } from './statement-rates.js';
import { type PenaltyWarning, penaltyFinding, relocalised } from './warning.js';

/**
 * One line of a statement: a run of days with the same balance and the same rate.
 *
 * @category Penalties
 */
export interface PenaltySegment {
  /** First day of the run (the day after the due date, a payment or a half-year end). */
  readonly from: PlainDate;
  /** Last day of the run, included (a payment day still bears interest on the paid part). */
  readonly to: PlainDate;
  /** Number of days, `to − from + 1`. */
  readonly days: number;
  /** The half-year of the run, e.g. `'2025-H2'`. */
  readonly halfYear: string;
  /** The balance interest is computed on (incl. VAT by default). */
  readonly base: Amount;
  /** The annual rate in percent. */
  readonly ratePercent: string;
  /** The year length divided by: 365 (ACT/365, default) or the calendar year's 365/366 (ACT/ACT). */
  readonly yearDays: 365 | 366;
  /** `base × rate × days / (100 × yearDays)`, rounded half-up to the cent. */
  readonly amount: Amount;
  /** The rule of the rate. */
  readonly rule: PenaltyRule;
  /** The legal basis of the rate. */
  readonly article: string;
}

/**
 * How one payment (or credit note) was applied.
 *
 * @category Penalties
 */
export interface PaymentAllocation {
  /** The day it was received. */
  readonly date: PlainDate;
  /** `'payment'`, or `'credit-note'` (an invoice's avoir, which reduces the principal only). */
  readonly kind: 'payment' | 'credit-note';
  /** Its amount. */
  readonly amount: Amount;
  /** The part that reduced the principal. */
  readonly toPrincipal: Amount;
  /** The part that paid accrued interest (C. civ. 1343-1). */
  readonly toInterest: Amount;
  /** The caller's reference, if any. */
  readonly reference: string | null;
}

/**
 * One capitalisation of interest (C. civ. 1343-2): on `date`, the interest accrued and still unpaid
 * was added to the balance that bears interest from the next day.
 *
 * @category Penalties
 */
export interface InterestCapitalisation {
  /** The day of the capitalisation (`from` or one of its anniversaries). */
  readonly date: PlainDate;
  /** The unpaid interest capitalised that day. */
  readonly amount: Amount;
  /** Why: the contract or the judgment that provides for it. */
  readonly source: 'contract' | 'judgment';
  /** `'C. civ. 1343-2'`. */
  readonly article: string;
}

/**
 * The inputs of a statement as they were used (after defaults and, for an invoice, extraction).
 *
 * @category Penalties
 */
export interface LatePenaltiesEcho {
  /** The invoice number when the debt came from an invoice. */
  readonly invoiceNumber: string | null;
  /** The debtor kind. */
  readonly debtor: DebtorKind;
  /** The amount due incl. VAT at the due date. */
  readonly amount: Amount;
  /** The amount excl. VAT, when known. */
  readonly amountExclVat: Amount | null;
  /** The due date. */
  readonly dueDate: PlainDate;
  /** The statement date. */
  readonly asOf: PlainDate;
  /** The clause applied (`{ type: 'statutory' }` by default). */
  readonly clause: LatePenaltyClause;
  /** The formal notice date, if any. */
  readonly formalNoticeDate: PlainDate | null;
  /** The day the judgment was served, if any. */
  readonly judgmentServedOn: PlainDate | null;
  /** The insolvency opening date, if any. */
  readonly insolvencyOpenedOn: PlainDate | null;
  /** The justified recovery costs given, if any. */
  readonly additionalRecoveryCosts: Amount | null;
  /** The capitalisation of interest asked for, if any. */
  readonly capitalisation: Capitalisation | null;
}

/**
 * The options of a statement as they were used.
 *
 * @category Penalties
 */
export interface LatePenaltiesSettingsEcho {
  /** `'per-half-year'` or `'fixed-at-start'` (always the latter for public buyers). */
  readonly rateMode: 'per-half-year' | 'fixed-at-start';
  /** `'ACT/365'` or `'ACT/ACT'`. */
  readonly dayCount: 'ACT/365' | 'ACT/ACT';
  /** `'incl-vat'` or `'excl-vat'`. */
  readonly base: 'incl-vat' | 'excl-vat';
  /** `'principal-first'` or `'interest-first'`. */
  readonly allocation: 'principal-first' | 'interest-first';
  /** `'warn'` or `'apply-floor'`. */
  readonly onBelowFloor: 'warn' | 'apply-floor';
  /** `'throw'` or `'warn'`. */
  readonly onUnknownRate: 'throw' | 'warn';
  /** `'other'` or `'consumer-creditor'`. */
  readonly legalRateCategory: LegalRateCategory;
}

/**
 * A late-payment statement (décompte) for one debt.
 *
 * @category Penalties
 */
export interface LatePenaltiesResult {
  /** The regime chosen by the debtor kind. */
  readonly regime: PenaltyRegime;
  /** The articles of the regime. */
  readonly article: string;
  /** First day that bore interest, or `null` when none did. */
  readonly interestFrom: PlainDate | null;
  /** Last day that bore interest, or `null`. */
  readonly interestTo: PlainDate | null;
  /** Days between the due date and the full payment (or `asOf` while unpaid); 0 when on time. */
  readonly daysLate: number;
  /** The day the principal was paid in full, or `null` while some remains. */
  readonly paidOn: PlainDate | null;
  /** The lines of the statement, in date order. */
  readonly segments: ReadonlyArray<PenaltySegment>;
  /** How each payment and credit note was applied, in date order. */
  readonly allocations: ReadonlyArray<PaymentAllocation>;
  /** The capitalisations of interest (C. civ. 1343-2), in date order; empty without `capitalisation`. */
  readonly capitalisations: ReadonlyArray<InterestCapitalisation>;
  /** Interest or penalties accrued: the sum of the rounded segments. */
  readonly interest: Amount;
  /** The part of `interest` already paid by allocated payments. */
  readonly interestPaid: Amount;
  /** `interest − interestPaid`. */
  readonly interestOutstanding: Amount;
  /** Principal paid (payments and credit notes allocated to it). */
  readonly principalPaid: Amount;
  /** Principal still owed on `asOf`. */
  readonly principalOutstanding: Amount;
  /** The fixed recovery indemnity: `'40.00'` or `'0.00'`. */
  readonly indemnity: Amount;
  /** Why the indemnity is or is not owed. */
  readonly indemnityDetail: RecoveryIndemnityResult;
  /** Justified recovery costs claimable above the 40 € (costs − 40, never below 0). */
  readonly additionalCosts: Amount;
  /** `interest + indemnity + additionalCosts`: the late-payment claim. */
  readonly total: Amount;
  /** What remains to pay on `asOf`: `principalOutstanding + interestOutstanding + indemnity + additionalCosts`. */
  readonly amountDue: Amount;
  /** Findings, e.g. `CONTRACT_RATE_BELOW_FLOOR`, `NO_FORMAL_NOTICE`. */
  readonly warnings: ReadonlyArray<PenaltyWarning>;
  /** The inputs as used. */
  readonly input: LatePenaltiesEcho;
  /** The options as used. */
  readonly options: LatePenaltiesSettingsEcho;
}

/**
 * @internal A validated amount in cents: the caller's text (read straight into integer cents) or a
 * Decimal.
 */
export type CaseMoney = Dec | string;

/** @internal A validated money input as a {@link CaseMoney}: strings and numbers by their text. */
export const caseMoney = (value: unknown): CaseMoney =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : decValid(value);

/** @internal A payment or credit note, validated. */
export interface DebtMovement {
  readonly date: PlainDate;
  readonly amount: CaseMoney;
  readonly kind: 'payment' | 'credit-note';
  /** Where it is in the caller's input (for errors). */
  readonly path: ErrorPath;
  readonly reference?: string | undefined;
}

/** @internal One debt, validated. */
export interface PenaltyCase {
  readonly invoiceNumber?: string | undefined;
  readonly debtor: DebtorKind;
  readonly principal: CaseMoney;
  readonly amountExclVat?: CaseMoney | undefined;
  readonly dueDate: PlainDate;
  readonly movements: ReadonlyArray<DebtMovement>;
  readonly asOf: PlainDate;
  readonly clause?: LatePenaltyClause | undefined;
  readonly formalNoticeDate?: PlainDate | undefined;
  readonly judgmentServedOn?: PlainDate | undefined;
  readonly insolvencyOpenedOn?: PlainDate | undefined;
  readonly additionalRecoveryCosts?: CaseMoney | undefined;
  readonly capitalisation?: Capitalisation | undefined;
  /** Prefix of error paths (a claim item's position). */
  readonly path: ErrorPath;
}

/** @internal The options, resolved once per call. */
export interface PenaltySettings extends LatePenaltiesSettingsEcho {
  readonly table: RateTable;
  /**
   * Leaves `segments` and `allocations` empty, and `indemnityDetail.message` empty (its code and
   * params kept): for callers that read the totals only (a dunning decision quotes the amounts;
   * the statement with its lines is `computeLatePenalties`).
   */
  readonly totalsOnly: boolean;
}

/** @internal Resolves validated options (the rate table once). */
export function settingsFrom(o: LatePenaltiesOptions, totalsOnly = false): PenaltySettings {
  return {
    totalsOnly,
    rateMode: o.rateMode ?? 'per-half-year',
    dayCount: o.dayCount ?? 'ACT/365',
    base: o.base ?? 'incl-vat',
    allocation: o.allocation ?? 'principal-first',
    onBelowFloor: o.onBelowFloor ?? 'warn',
    onUnknownRate: o.onUnknownRate ?? 'throw',
    legalRateCategory: o.legalRateCategory ?? 'other',
    table: resolveRates(o.rates),
  };
}

const STATUTORY: LatePenaltyClause = { type: 'statutory' };

/** A copy of the clause as given, with a `-0` rate echoed as `0` (a result carries no -0). */
function echoClause(clause: LatePenaltyClause): LatePenaltyClause {
  if (clause === STATUTORY) return { type: 'statutory' };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(clause)) out[key] = value === 0 ? 0 : value;
  return out as LatePenaltyClause;
}

/**
 * Whether a run continues the open line: nothing changes — the same rate, from the same rule and
 * reference (the explanation names the reference half-year), and the same year basis. A line never
 * splits where nothing changes: a rate fixed for the whole delay (public buyers, CCP R2192-31)
 * gives one line across half-years (issue 13).
 */
function continues<C>(open: OpenRun<C>, r: ResolvedRate, yearDays: 365 | 366): boolean {
  const o = open.run.rate;
  return (
    open.yearDays === yearDays &&
    o.rule === r.rule &&
    o.rate.eq(r.rate) &&
    o.explanation.message === r.explanation.message &&
    o.article === r.article
  );
}

function byDate(movements: ReadonlyArray<DebtMovement>): ReadonlyArray<DebtMovement> {
  for (let i = 1; i < movements.length; i++) {
    if (movements[i]!.date < movements[i - 1]!.date)
      return [...movements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return movements;
}

/** @internal What the days of a statement depend on, resolved from the case before any sum. */
export interface StatementFrame {
  readonly regime: PenaltyRegime;
  readonly setup: RateSetup;
  /** A rate fixed for the whole delay: public buyers (CCP R2192-31) or `fixed-at-start`. */
  readonly fixedAtStart: boolean;
  /** Last day that bears no interest; `undefined` when none runs (legal interest, no notice). */
  readonly start: PlainDate | undefined;
  /** Last day that may bear interest (the day before an insolvency opening). */
  readonly end: PlainDate;
  /** Last day before the judgment uplift (CMF L313-3), when it applies. */
  readonly upliftN: number | undefined;
  /** The movements applied: those on or before `asOf`, by date. */
  readonly movements: ReadonlyArray<DebtMovement>;
  /** Findings so far (clause ignored, uplift not applied, movements after `asOf`). */
  readonly warnings: ReadonlyArray<PenaltyWarning>;
}

/** @internal The clause applied: a public buyer's clause is ignored (CCP R2192-31), with a finding. */
export function appliedClause(
  c: PenaltyCase,
  regime: PenaltyRegime,
  warnings: PenaltyWarning[],
): LatePenaltyClause {
  const clause = c.clause ?? STATUTORY;
  if (regime !== 'public-procurement' || clause.type === 'statutory') return clause;
  warnings.push(clauseIgnored(c.dueDate));
  return STATUTORY;
}

/**
 * @internal The last day without interest (the due date, or the notice for legal interest) and the
 * last day with: `asOf`, or the day before an insolvency opening (C. com. R621-4: the opening
 * judgment takes effect at 0 h on its date, so that day bears none).
 */
export function interestWindow(
  c: PenaltyCase,
  regime: PenaltyRegime,
): { start: PlainDate | undefined; end: PlainDate } {
  let start: PlainDate | undefined = c.dueDate;
  if (regime === 'legal-interest') {
    const notice = c.formalNoticeDate ?? c.judgmentServedOn;
    start = notice === undefined ? undefined : notice > c.dueDate ? notice : c.dueDate;
  }
  const stops = c.insolvencyOpenedOn !== undefined && c.insolvencyOpenedOn <= c.asOf;
  const end = stops ? dateOfDayNumber(dayNumber(c.insolvencyOpenedOn!) - 1) : c.asOf;
  return { start, end };
}

/**
 * @internal The day the judgment uplift's two months end (CMF L313-3: uplift from the next day),
 * for statutory legal interest; otherwise a finding that it does not apply.
 */
export function upliftDay(
  c: PenaltyCase,
  regime: PenaltyRegime,
  clause: LatePenaltyClause,
  warnings: PenaltyWarning[],
): number | undefined {
  const served = c.judgmentServedOn;
  if (served === undefined) return undefined;
  if (regime === 'legal-interest' && clause.type === 'statutory')
    return dayNumber(addMonths(served, lawNumber('judgment-uplift-delay-months', served)));
  warnings.push(upliftNotApplied(regime, served));
  return undefined;
}

/**
 * @internal The movements of the statement: those after `asOf` are not applied (a statement as of
 * that day), never silently (`EVENTS_AFTER_AS_OF`).
 */
export function movementsAsOf(
  c: PenaltyCase,
  warnings: PenaltyWarning[],
): ReadonlyArray<DebtMovement> {
  const later = laterEvents(c.movements, (m) => m.date, c.asOf);
  if (later === null) return byDate(c.movements);
  const { count, firstDate } = later;
  warnings.push(
    penaltyFinding(
      'warning',
      'n/a',
      'EVENTS_AFTER_AS_OF',
      { count, firstDate, asOf: c.asOf },
      { details: { count, firstDate } },
    ),
  );
  return byDate(c.movements.filter((m) => m.date <= c.asOf));
}

/** @internal The frame of a statement (see {@link StatementFrame}). */
export function statementFrame(c: PenaltyCase, s: PenaltySettings): StatementFrame {
  const regime = regimeOf(c.debtor);
  const warnings: PenaltyWarning[] = [];
  const clause = appliedClause(c, regime, warnings);
  const setup: RateSetup = {
    regime,
    clause,
    table: s.table,
    category: s.legalRateCategory,
    onBelowFloor: s.onBelowFloor,
  };
  const { start, end } = interestWindow(c, regime);
  const upliftN = upliftDay(c, regime, clause, warnings);
  const movements = movementsAsOf(c, warnings);
  const fixedAtStart = regime === 'public-procurement' || s.rateMode === 'fixed-at-start';
  return { regime, setup, fixedAtStart, start, end, upliftN, movements, warnings };
}

/**
 * @internal The days of capitalisation (C. civ. 1343-2), one at a time: `from` and its
 * anniversaries, from the first on which interest has run for a whole year (`start` + 1 year).
 */
export function capitalisationDays(
  cap: Capitalisation | undefined,
  start: PlainDate,
): () => number {
  if (cap === undefined) return () => Infinity;
  // The "année entière" of C. civ. 1343-2, from the law data in force when interest starts.
  const periodMonths = 12 * lawNumber('capitalisation-min-years', start);
  const wholeYearN = dayNumber(addMonthsValid(start, periodMonths));
  let years = 0;
  return () => {
    for (;;) {
      const n = dayNumber(addMonthsValid(cap.from, periodMonths * years++));
      if (n >= wholeYearN) return n;
    }
  };
}

/** The walk over the days of a statement: the ledger and the next events. */
interface Walk<C> {
  readonly l: Ledger<C>;
  readonly moves: ReadonlyArray<DebtMovement>;
  idx: number;
  nextMoveN: number;
  nextCapN: number;
  readonly nextCap: () => number;
  readonly capSource: 'contract' | 'judgment';
}

/** Applies the movements of day `dayN`, then capitalises on it (what they leave unpaid). */
function eventsOn<C>(w: Walk<C>, dayN: number): void {
  while (w.nextMoveN === dayN) {
    applyMovement(w.l, w.moves[w.idx++]!);
    w.nextMoveN = w.idx < w.moves.length ? dayNumber(w.moves[w.idx]!.date) : Infinity;
  }
  if (w.nextCapN === dayN) {
    capitalise(w.l, dayN, w.capSource);
    w.nextCapN = w.nextCap();
  }
}

/** The balance of a run: the principal (its excl.-VAT share with `base: 'excl-vat'`) + capitalised. */
function runBase<C>(l: Ledger<C>, s: PenaltySettings, amounts: CaseCents<C>): C {
  const ring = l.ring;
  const principal =
    s.base === 'excl-vat'
      ? ring.share(l.principal, amounts.exclVat!, amounts.principal)
      : l.principal;
  return ring.add(principal, l.capitalised);
}

/** Opens a run `cursorN`…`toN`, or extends the open one when nothing changes. */
function extendOrOpen<C>(
  l: Ledger<C>,
  f: StatementFrame,
  next: Omit<OpenRun<C>, 'halfYear'> & { readonly half: HalfYear; readonly startHalf: HalfYear },
): void {
  const open = l.open;
  const r = next.run.rate;
  if (
    open !== undefined &&
    open.base === next.base &&
    // Each half-year is its own line; a rate fixed for the whole delay runs on while nothing changes.
    (open.run === next.run || (f.fixedAtStart && continues(open, r, next.yearDays)))
  ) {
    open.toN = next.toN;
    return;
  }
  closeRun(l);
  // A rate fixed at the start is the start half-year's: the line says so (issue 13).
  const label = f.fixedAtStart && r.rule !== 'contract-floor' ? next.startHalf.id : next.half.id;
  const { fromN, toN, run, base, yearDays } = next;
  l.open = { fromN, toN, halfYear: label, run, base, yearDays };
}

/** The rate of a run, or `undefined` (with a finding) when unknown and `onUnknownRate: 'warn'`. */
function rateOrWarn(
  rateOf: (half: HalfYear, uplift: boolean) => RunRate,
  half: HalfYear,
  uplift: boolean,
  s: PenaltySettings,
  warnings: PenaltyWarning[],
  cursorN: number,
): RunRate | undefined {
  try {
    return rateOf(half, uplift);
  } catch (error) {
    if (s.onUnknownRate === 'warn' && isImpayesError(error) && error.code === 'RATE_UNKNOWN') {
      warnings.push(rateUnknown(error.details, dateOfDayNumber(cursorN)));
      return undefined;
    }
    throw error;
  }
}

/** @internal The amounts of a case in cents of one ring. */
export interface CaseCents<C> {
  readonly principal: C;
  readonly exclVat: C | undefined;
}

/**
 * @internal Accrues the days `start`+1 … `end`: runs split at half-year ends, movements, the
 * uplift day and capitalisations; stops at an unknown rate with `onUnknownRate: 'warn'`. Returns
 * the index of the first movement not yet applied.
 */
export function accrueDays<C>(
  l: Ledger<C>,
  f: StatementFrame,
  c: PenaltyCase,
  s: PenaltySettings,
  amounts: CaseCents<C>,
  warnings: PenaltyWarning[],
): number {
  const moves = f.movements;
  const start = f.start!;
  let idx = 0;
  while (idx < moves.length && moves[idx]!.date <= start) applyMovement(l, moves[idx++]!);
  const startN = dayNumber(start);
  const endN = dayNumber(f.end);
  const startHalf = halfYearOfValid(dateOfDayNumber(startN + 1));
  const rateOf = runRates(f.setup, f.fixedAtStart, startHalf, warnings);
  const nextCap = capitalisationDays(c.capitalisation, start);
  const w: Walk<C> = {
    l,
    moves,
    idx,
    nextMoveN: idx < moves.length ? dayNumber(moves[idx]!.date) : Infinity,
    nextCapN: nextCap(),
    nextCap,
    capSource: c.capitalisation?.source ?? 'contract',
  };
  const ring = l.ring;
  let cursorN = startN;
  let half = startHalf;
  let halfLastN = dayNumber(half.lastDay);
  while (cursorN < endN) {
    if (l.principal === ring.zero && l.capitalised === ring.zero) {
      // Nothing bears interest. Unpaid interest capitalised later would: go to that day.
      if (w.nextCapN > endN || !ring.lt(l.interestPaid, accruedNow(l))) break;
      cursorN = Math.min(w.nextMoveN, w.nextCapN);
      eventsOn(w, cursorN);
      continue;
    }
    // Runs only move forward: the half-year changes when the run passes its last day.
    if (cursorN >= halfLastN) {
      half = halfYearOfValid(dateOfDayNumber(cursorN + 1));
      halfLastN = dayNumber(half.lastDay);
    }
    let toN = Math.min(endN, halfLastN, w.nextMoveN, w.nextCapN);
    const up = f.upliftN;
    if (up !== undefined && cursorN < up && up < toN) toN = up;
    const run = rateOrWarn(rateOf, half, up !== undefined && cursorN >= up, s, warnings, cursorN);
    if (run === undefined) break;
    const yearDays: 365 | 366 =
      s.dayCount === 'ACT/ACT' && daysInMonth(half.year, 2) === 29 ? 366 : 365;
    const base = runBase(l, s, amounts);
    extendOrOpen(l, f, { fromN: cursorN, toN, run, base, yearDays, half, startHalf });
    cursorN = toN;
    eventsOn(w, cursorN);
  }
  return w.idx;
}

/** @internal The findings on what stopped or never started interest. */
export function accrualFindings(
  c: PenaltyCase,
  f: StatementFrame,
  paidOn: PlainDate | undefined,
  warnings: PenaltyWarning[],
): void {
  const lateOn = paidOn ?? c.asOf;
  if (f.regime === 'legal-interest' && f.start === undefined && lateOn > c.dueDate) {
    warnings.push(
      penaltyFinding('warning', 'C. civ. 1231-6, 1344-1', 'NO_FORMAL_NOTICE', {
        debtor: c.debtor === 'consumer' ? 'consumer' : 'non_professional',
      }),
    );
  }
  if (c.insolvencyOpenedOn !== undefined && c.insolvencyOpenedOn <= c.asOf) {
    warnings.push(
      penaltyFinding('warning', 'C. com. L622-28, R621-4', 'INSOLVENCY_INTEREST_STOPPED', {
        openedOn: c.insolvencyOpenedOn,
      }),
    );
  }
}

/** @internal The 40 € indemnity of the case (D441-5, D2192-35), with its insolvency finding. */
export function caseIndemnity(
  c: PenaltyCase,
  paidOn: PlainDate | undefined,
  warnings: PenaltyWarning[],
  render = true,
): RecoveryIndemnityResult {
  const detail = indemnityFor(
    c.debtor,
    c.dueDate,
    paidOn,
    paidOn === undefined ? c.asOf : undefined,
    c.insolvencyOpenedOn,
    render,
  );
  if (detail.reason === 'insolvency') {
    warnings.push(
      penaltyFinding('warning', detail.article, 'INSOLVENCY_NO_INDEMNITY', {
        openedOn: c.insolvencyOpenedOn as PlainDate,
        dueDate: c.dueDate,
      }),
    );
  }
  return detail;
}

/**
 * @internal Justified recovery costs claimable above the indemnity (costs − 40, never below 0);
 * when no indemnity is owed, none are, with a finding.
 */
export function additionalCostsOf<C>(
  ring: CentsRing<C>,
  costs: C | undefined,
  indemnity: RecoveryIndemnityResult,
  warnings: PenaltyWarning[],
): C {
  if (costs === undefined || !ring.lt(ring.zero, costs)) return ring.zero;
  if (indemnity.owed) {
    const extra = ring.sub(costs, ring.of(indemnity.amount));
    return ring.lt(ring.zero, extra) ? extra : ring.zero;
  }
  warnings.push(
    penaltyFinding('warning', indemnity.article, 'ADDITIONAL_COSTS_NOT_CLAIMABLE', {
      costs: ring.text(costs),
      reason: indemnity.reason,
    }),
  );
  return ring.zero;
}

/** @internal The inputs of a case as used. */
export function echoOf<C>(
  c: PenaltyCase,
  ring: CentsRing<C>,
  amounts: CaseCents<C>,
  costs: C | undefined,
): LatePenaltiesEcho {
  return {
    invoiceNumber: c.invoiceNumber ?? null,
    debtor: c.debtor,
    amount: ring.text(amounts.principal),
    amountExclVat: amounts.exclVat === undefined ? null : ring.text(amounts.exclVat),
    dueDate: c.dueDate,
    asOf: c.asOf,
    clause: echoClause(c.clause ?? STATUTORY),
    formalNoticeDate: c.formalNoticeDate ?? null,
    judgmentServedOn: c.judgmentServedOn ?? null,
    insolvencyOpenedOn: c.insolvencyOpenedOn ?? null,
    additionalRecoveryCosts: costs === undefined ? null : ring.text(costs),
    capitalisation: c.capitalisation ?? null,
  };
}

/** @internal The options of a statement as used. */
export function settingsEcho(regime: PenaltyRegime, s: PenaltySettings): LatePenaltiesSettingsEcho {
  return {
    rateMode: regime === 'public-procurement' ? 'fixed-at-start' : s.rateMode,
    dayCount: s.dayCount,
    base: s.base,
    allocation: s.allocation,
    onBelowFloor: s.onBelowFloor,
    onUnknownRate: s.onUnknownRate,
    legalRateCategory: s.legalRateCategory,
  };
}

/** @internal The case's amounts in cents of `ring`. */
const caseCents = <C>(ring: CentsRing<C>, c: PenaltyCase): CaseCents<C> => ({
  principal: ring.of(c.principal),
  exclVat: c.amountExclVat === undefined ? undefined : ring.of(c.amountExclVat),
});

/** The statement on one ring: accrual, findings, totals. */
function statementOn<C>(
  ring: CentsRing<C>,
  c: PenaltyCase,
  s: PenaltySettings,
  f: StatementFrame,
): LatePenaltiesResult {
  const warnings = [...f.warnings];
  const amounts = caseCents(ring, c);
  const l = newLedger(ring, amounts.principal, {
    totalsOnly: s.totalsOnly,
    interestFirst: s.allocation === 'interest-first',
    path: c.path,
  });
  let idx = 0;
  if (f.start !== undefined && f.start < f.end) idx = accrueDays(l, f, c, s, amounts, warnings);
  closeRun(l);
  while (idx < f.movements.length) applyMovement(l, f.movements[idx++]!);
  accrualFindings(c, f, l.paidOn, warnings);
  const indemnityDetail = caseIndemnity(c, l.paidOn, warnings, !s.totalsOnly);
  const costs =
    c.additionalRecoveryCosts === undefined ? undefined : ring.of(c.additionalRecoveryCosts);
  const additional = additionalCostsOf(ring, costs, indemnityDetail, warnings);
  const indemnity = indemnityDetail.owed ? ring.of(indemnityDetail.amount) : ring.zero;
  const claim = ring.add(ring.add(l.accrued, indemnity), additional);
  const interestOutstanding = ring.sub(l.accrued, l.interestPaid);
  const lateOn = l.paidOn ?? c.asOf;
  const first = l.firstFromN;
  return {
    regime: f.regime,
    article: REGIME_ARTICLE[f.regime],
    interestFrom: first === undefined ? null : dateOfDayNumber(first + 1),
    interestTo: first === undefined ? null : dateOfDayNumber(l.lastToN),
    daysLate: lateOn > c.dueDate ? dayNumber(lateOn) - dayNumber(c.dueDate) : 0,
    paidOn: l.paidOn ?? null,
    segments: l.segments,
    allocations: l.allocations,
    capitalisations: l.capitalisations,
    interest: ring.text(l.accrued),
    interestPaid: ring.text(l.interestPaid),
    interestOutstanding: ring.text(interestOutstanding),
    principalPaid: ring.text(ring.sub(amounts.principal, l.principal)),
    principalOutstanding: ring.text(l.principal),
    indemnity: indemnityDetail.amount,
    indemnityDetail,
    additionalCosts: ring.text(additional),
    total: ring.text(claim),
    amountDue: ring.text(
      ring.add(ring.add(l.principal, interestOutstanding), ring.sub(claim, l.accrued)),
    ),
    warnings,
    input: echoOf(c, ring, amounts, costs),
    options: settingsEcho(f.regime, s),
  };
}

/**
 * Computes a statement from validated values, without any validation: the hot path of
 * {@link computeLatePenalties}, {@link computeClaimStatement} and the dunning module. The sums are
 * exact integer cents (src/money/kernel.ts): numbers, or BigInt near the input limits.
 *
 * @internal
 */
export function computePenaltyCase(c: PenaltyCase, s: PenaltySettings): LatePenaltiesResult {
  const frame = statementFrame(c, s);
  return withCents((ring) => statementOn(ring, c, s, frame));
}

function rateUnknown(
  details: Readonly<Record<string, unknown>>,
  lastDay: PlainDate,
): PenaltyWarning {
  const halfYear = String(details.halfYear);
  return penaltyFinding(
    'warning',
    'CMF L313-2; C. com. L441-10 II',
    'RATE_UNKNOWN',
    { scope: 'interest', halfYear, knownUntil: String(details.knownUntil), lastDay },
    { halfYear },
  );
}

function paymentMovements(payments: LatePenaltiesRequest['payments']): DebtMovement[] {
  const out: DebtMovement[] = [];
  if (payments === undefined) return out;
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i]!;
    out.push({
      date: p.date,
      amount: caseMoney(p.amount),
      kind: 'payment',
      path: ['payments', i],
      reference: p.reference,
    });
  }
  return out;
}

/** @internal Builds the case of a validated request (plain fields or an invoice). */
export function caseFromRequest(
  v: LatePenaltiesRequest,
  s: PenaltySettings,
  path: ErrorPath = [],
  invoicePath: ErrorPath = ['invoice'],
): PenaltyCase {
  // Explicit fields, no object spread: V8 copies an object with undefined-valued fields on its
  // slow path, which cost more than the whole statement (measured: ~7 µs per call).
  const asOf = v.asOf;
  const formalNoticeDate = v.formalNoticeDate;
  const judgmentServedOn = v.judgment?.servedOn;
  const insolvencyOpenedOn = v.insolvencyOpenedOn;
  const additionalRecoveryCosts =
    v.additionalRecoveryCosts === undefined ? undefined : caseMoney(v.additionalRecoveryCosts);
  const inv = v.invoice;
  if (inv !== undefined) {
    const totals = exactTotalsOf(inv);
    const movements: DebtMovement[] = inv.payments.map((p, i) => ({
      date: p.date,
      amount: caseMoney(p.amount),
      kind: 'payment' as const,
      path: [...invoicePath, 'payments', i],
      reference: p.reference,
    }));
    inv.creditNotes.forEach((n, i) => {
      movements.push({
        date: n.date,
        amount: caseMoney(n.amount),
        kind: 'credit-note',
        path: [...invoicePath, 'creditNotes', i],
        reference: n.reference,
      });
    });
    return {
      asOf,
      formalNoticeDate,
      judgmentServedOn,
      insolvencyOpenedOn,
      additionalRecoveryCosts,
      capitalisation: v.capitalisation,
      path,
      invoiceNumber: inv.number,
      debtor: inv.buyer.kind,
      principal: totals.inclVat,
      amountExclVat: totals.exclVat,
      dueDate: dueDateOfInvoice(inv).dueDate,
      movements,
      clause: v.clause ?? inv.latePenaltyClause,
    };
  }
  if (s.base === 'excl-vat' && v.amountExclVat === undefined)
    invalidInput("is required with the option base: 'excl-vat' (or give an invoice)", [
      ...path,
      'amountExclVat',
    ]);
  return {
    asOf,
    formalNoticeDate,
    judgmentServedOn,
    insolvencyOpenedOn,
    additionalRecoveryCosts,
    capitalisation: v.capitalisation,
    path,
    debtor: v.debtor!,
    principal: caseMoney(v.amount),
    amountExclVat: v.amountExclVat === undefined ? undefined : caseMoney(v.amountExclVat),
    dueDate: v.dueDate!,
    movements: paymentMovements(v.payments),
    clause: v.clause,
  };
}

/**
 * Computes the late-payment statement (décompte) of one debt: interest or penalties per
 * half-year and balance period, the 40 € indemnity, justified extra costs, and the findings.
 *
 * @remarks The regime follows the debtor:
 * - **professional** → `'b2b-l441-10'` (C. com. L441-10 II, D441-5): from the day after the due
 *   date, without any reminder; default rate = ECB rate in force on 1 January / 1 July + 10
 *   points, split per half-year; a clause may set another rate, not below 3 × the legal rate of
 *   the half-year (finding per half-year). 40 € per invoice paid late.
 * - **consumer / non_professional** → `'legal-interest'` (C. civ. 1231-6, 1344-1; CMF L313-2):
 *   from the day after `formalNoticeDate` (without one: 0 and `NO_FORMAL_NOTICE`), at the legal
 *   rate "other cases" (a business creditor), split per half-year; + 5 points from the day after
 *   `addMonths(judgment.servedOn, 2)` (CMF L313-3). No 40 €.
 * - **public** → `'public-procurement'` (CCP L2192-13, R2192-31, D2192-35): ECB rate on the first
 *   day of the half-year in which interest started + 8 points, one rate for the whole delay; 40 €.
 *
 * Days: the first day is the day after the due date (or notice), a payment day still bears
 * interest on the paid part, and a part payment lowers the base from the next day. Each segment
 * is rounded half-up to the cent; `interest` is the sum of the rounded segments. Insolvency
 * proceedings stop accrual from their opening day (C. com. L622-28). With `capitalisation` (only
 * when the contract or a judgment provides for it, C. civ. 1343-2), unpaid interest due for a whole
 * year is added to the interest-bearing balance on `from` and each anniversary. The invoice is
 * never modified: penalties are a separate claim.
 * @param input - the debt; see {@link LatePenaltiesRequestSchema}
 * @param options - see {@link LatePenaltiesOptionsSchema}
 * @returns the statement; see {@link LatePenaltiesResult}
 * Payments and credit notes dated after `asOf` are not applied (the statement is the one of that
 * day): the result carries the warning `EVENTS_AFTER_AS_OF` with their count and first date.
 * @throws {@link ImpayesError} `INVALID_INPUT` (with paths) for bad input, or a payment larger than
 * what is still owed; `RATE_UNKNOWN` when a needed rate is not in the
 * table (unless `onUnknownRate: 'warn'`).
 * @example
 * ```ts
 * const s = computeLatePenalties({
 *   debtor: 'professional',
 *   amount: '10000.00',
 *   dueDate: '2025-06-15',
 *   payments: [{ date: '2025-08-15', amount: '10000.00' }],
 *   asOf: '2025-08-15',
 * });
 * s.segments.map((x) => [x.days, x.ratePercent, x.amount]);
 * //=> [[15, '13.15', '54.04'], [46, '12.15', '153.12']]
 * s.interest; //=> '207.16'
 * s.total;    //=> '247.16' (with the 40 € indemnity)
 * ```
 * @category Penalties
 */
export function computeLatePenalties(
  input: LatePenaltiesRequestInput,
  options: LatePenaltiesOptionsInput = {},
): LatePenaltiesResult {
  // Hand-written checks first (issue 17); the schemas decide whatever they cannot prove valid.
  const v = parseFast(fastLatePenaltiesRequest, LatePenaltiesRequestSchema, input, 'input');
  const o = parseFast(fastLatePenaltiesOptions, LatePenaltiesOptionsSchema, options, 'options');
  const s = settingsFrom(o);
  return localisedStatement(computePenaltyCase(caseFromRequest(v, s), s), o.locale ?? 'fr');
}

/**
 * @internal A statement with its sentences in `locale` (the engine writes them in French, the
 * default locale). The findings are copied: the rate memo shares them between calls.
 */
export function localisedStatement(r: LatePenaltiesResult, locale: Locale): LatePenaltiesResult {
  return {
    ...r,
    indemnityDetail: relocalised(r.indemnityDetail, locale),
    warnings: r.warnings.map((w) => relocalised({ ...w, params: { ...w.params } }, locale)),
  };
}
