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
import {
  add,
  type Dec,
  dec,
  decValid,
  roundCents,
  sub,
  toCents,
  ZERO,
} from '../internal/decimal.js';
import { parseFast } from '../internal/fast.js';
import { laterEvents } from '../internal/later-events.js';
import { invalidInput } from '../internal/validate.js';
import { dueDateOfInvoice, exactTotalsOf } from '../invoice/internal.js';
import { lawNumber } from '../law/internal.js';
import type { Amount } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import {
  type LegalRateCategory,
  type RateTable,
  resolveRates,
  tableMemo,
} from '../rates/internal.js';
import type { LatePenaltyClause } from '../terms/internal.js';
import type { Locale } from '../text/internal.js';
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
  baseRate,
  checkFloor,
  clauseIgnored,
  type PenaltyRule,
  type RateSetup,
  type ResolvedRate,
  upliftNotApplied,
  withUplift,
} from './penalty-rate.js';
import { indemnityFor, type RecoveryIndemnityResult } from './recovery-indemnity.js';
import { type PenaltyRegime, REGIME_ARTICLE, regimeOf } from './regime.js';
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

/** @internal A payment or credit note, validated. */
export interface DebtMovement {
  readonly date: PlainDate;
  readonly amount: Dec;
  readonly kind: 'payment' | 'credit-note';
  /** Where it is in the caller's input (for errors). */
  readonly path: ErrorPath;
  readonly reference?: string | undefined;
}

/** @internal One debt, validated. */
export interface PenaltyCase {
  readonly invoiceNumber?: string | undefined;
  readonly debtor: DebtorKind;
  readonly principal: Dec;
  readonly amountExclVat?: Dec | undefined;
  readonly dueDate: PlainDate;
  readonly movements: ReadonlyArray<DebtMovement>;
  readonly asOf: PlainDate;
  readonly clause?: LatePenaltyClause | undefined;
  readonly formalNoticeDate?: PlainDate | undefined;
  readonly judgmentServedOn?: PlainDate | undefined;
  readonly insolvencyOpenedOn?: PlainDate | undefined;
  readonly additionalRecoveryCosts?: Dec | undefined;
  readonly capitalisation?: Capitalisation | undefined;
  /** Prefix of error paths (a claim item's position). */
  readonly path: ErrorPath;
}

/** @internal The options, resolved once per call. */
export interface PenaltySettings extends LatePenaltiesSettingsEcho {
  readonly table: RateTable;
  /**
   * Leaves `segments` and `allocations` empty: for callers that read the totals only (a dunning
   * decision quotes the amounts; the statement with its lines is `computeLatePenalties`).
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
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(clause)) out[key] = value === 0 ? 0 : value;
  return out as LatePenaltyClause;
}

/** A resolved rate and the floor finding of its half-year, if any. */
interface CheckedRate {
  readonly rate: ResolvedRate;
  readonly warning: PenaltyWarning | undefined;
}

/** Outer memo keys: constant strings, one per regime and legal-rate category. */
const MEMO_KEY: Record<PenaltyRegime, Record<LegalRateCategory, string>> = {
  'b2b-l441-10': { other: 'penalty:b2b', 'consumer-creditor': 'penalty:b2b' },
  'public-procurement': { other: 'penalty:public', 'consumer-creditor': 'penalty:public' },
  'legal-interest': { other: 'penalty:legal:other', 'consumer-creditor': 'penalty:legal:cc' },
};

function memoFor(
  memo: Map<string, Map<number, CheckedRate>>,
  key: string,
): Map<number, CheckedRate> {
  let inner = memo.get(key);
  if (inner === undefined) {
    inner = new Map();
    memo.set(key, inner);
  }
  return inner;
}

/** 2 × year + (half − 1): a number per half-year (below 20 000 for any 4-digit year), for memo keys. */
const halfYearIndex = (hy: HalfYear): number => hy.year * 2 + hy.half - 1;

/** A run of days with one base, one rate and one half-year, not yet rounded. */
interface OpenSegment {
  readonly fromN: number;
  toN: number;
  readonly halfYear: string;
  readonly rate: ResolvedRate;
  readonly base: Dec;
  readonly yearDays: 365 | 366;
}

const amountOf = (d: Dec): Amount => toCents(d) as Amount;

/**
 * Whether a run continues the open line: nothing changes — the same rate, from the same rule and
 * reference (the explanation names the reference half-year), and the same year basis. A line never
 * splits where nothing changes: a rate fixed for the whole delay (public buyers, CCP R2192-31)
 * gives one line across half-years (issue 13).
 */
function continues(open: OpenSegment, r: ResolvedRate, yearDays: 365 | 366): boolean {
  const o = open.rate;
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

/**
 * Computes a statement from validated values, without any validation: the hot path of
 * {@link computeLatePenalties}, {@link computeClaimStatement} and the dunning module.
 *
 * @internal
 */
export function computePenaltyCase(c: PenaltyCase, s: PenaltySettings): LatePenaltiesResult {
  const regime = regimeOf(c.debtor);
  const warnings: PenaltyWarning[] = [];
  let clause = c.clause ?? STATUTORY;
  if (regime === 'public-procurement' && clause.type !== 'statutory') {
    warnings.push(clauseIgnored(c.dueDate));
    clause = STATUTORY;
  }
  const setup: RateSetup = {
    regime,
    clause,
    table: s.table,
    category: s.legalRateCategory,
    onBelowFloor: s.onBelowFloor,
  };
  const fixedAtStart = regime === 'public-procurement' || s.rateMode === 'fixed-at-start';

  // Last day that does not bear interest (S) and last day that does (E).
  let start: PlainDate | undefined = c.dueDate;
  if (regime === 'legal-interest') {
    const notice = c.formalNoticeDate ?? c.judgmentServedOn;
    start = notice === undefined ? undefined : notice > c.dueDate ? notice : c.dueDate;
  }
  let end = c.asOf;
  if (c.insolvencyOpenedOn !== undefined && c.insolvencyOpenedOn <= c.asOf) {
    // The opening judgment takes effect at 0 h on its date (C. com. R621-4): that day bears none.
    end = dateOfDayNumber(dayNumber(c.insolvencyOpenedOn) - 1);
  }

  // Judgment uplift (CMF L313-3): the two months end on addMonths(servedOn, 2), uplift from the day after.
  let upliftN: number | undefined;
  if (c.judgmentServedOn !== undefined) {
    if (regime === 'legal-interest' && clause.type === 'statutory')
      upliftN = dayNumber(
        addMonths(
          c.judgmentServedOn,
          lawNumber('judgment-uplift-delay-months', c.judgmentServedOn),
        ),
      );
    else warnings.push(upliftNotApplied(regime, c.judgmentServedOn));
  }

  // Payments and credit notes after asOf are not applied (a statement as of that day), never silently.
  const later = laterEvents(c.movements, (m) => m.date, c.asOf);
  if (later !== null)
    warnings.push(
      penaltyFinding(
        'warning',
        'n/a',
        'EVENTS_AFTER_AS_OF',
        { count: later.count, firstDate: later.firstDate, asOf: c.asOf },
        { details: { count: later.count, firstDate: later.firstDate } },
      ),
    );
  const movements = byDate(
    later === null ? c.movements : c.movements.filter((m) => m.date <= c.asOf),
  );
  const segments: PenaltySegment[] = [];
  const allocations: PaymentAllocation[] = [];
  let principal = c.principal;
  // Interest of the closed segments; the open segment is kept unrounded so that a payment that
  // leaves the balance unchanged (interest-first) does not split it into two rounded parts.
  let accrued = ZERO;
  let open: OpenSegment | undefined;
  const openExact = (o: OpenSegment): Dec =>
    o.base
      .times(o.rate.rate)
      .times(o.toN - o.fromN)
      .div(o.yearDays * 100);
  let firstFromN: number | undefined;
  let lastToN = 0;
  const accruedNow = (): Dec =>
    open === undefined ? accrued : accrued.plus(roundCents(openExact(open)));
  const close = (): void => {
    if (open === undefined) return;
    const o = open;
    open = undefined;
    const amount = roundCents(openExact(o));
    accrued = add(accrued, amount);
    if (firstFromN === undefined) firstFromN = o.fromN;
    lastToN = o.toN;
    if (!s.totalsOnly)
      segments.push({
        from: dateOfDayNumber(o.fromN + 1),
        to: dateOfDayNumber(o.toN),
        days: o.toN - o.fromN,
        halfYear: o.halfYear,
        base: amountOf(o.base),
        ratePercent: o.rate.ratePercent,
        yearDays: o.yearDays,
        amount: amountOf(amount),
        rule: o.rate.rule,
        article: o.rate.article,
      });
  };
  let interestPaid = ZERO;
  let paidOn: PlainDate | undefined;
  // Capitalised interest not yet paid (C. civ. 1343-2): it bears interest like the principal.
  let capitalised = ZERO;
  const capitalisations: InterestCapitalisation[] = [];

  const apply = (m: DebtMovement): void => {
    let known: Dec | undefined;
    // The accrued interest is only needed when the payment may go to interest.
    const accruedSoFar = (): Dec => {
      if (known === undefined) known = accruedNow();
      return known;
    };
    let rest = m.amount;
    let toP = ZERO;
    let toI = ZERO;
    const interestFirst = m.kind === 'payment' && s.allocation === 'interest-first';
    if (interestFirst && accruedSoFar().gt(interestPaid)) {
      const accrued = accruedSoFar();
      const owed = accrued.minus(interestPaid);
      toI = rest.lte(owed) ? rest : owed;
      rest = sub(rest, toI);
    }
    if (!rest.isZero() && !principal.isZero()) {
      toP = rest.lte(principal) ? rest : principal;
      rest = sub(rest, toP);
    }
    if (
      !rest.isZero() &&
      m.kind === 'payment' &&
      !interestFirst &&
      accruedSoFar().gt(interestPaid)
    ) {
      const owed = accruedSoFar().minus(interestPaid);
      toI = rest.lte(owed) ? rest : owed;
      rest = sub(rest, toI);
    }
    if (!rest.isZero()) {
      const owed = accruedSoFar().minus(interestPaid).minus(toI);
      invalidInput(
        `${m.kind === 'payment' ? 'payment' : 'credit note'} of ${amountOf(m.amount)} on ${m.date} exceeds what is still owed that day (principal ${amountOf(principal.minus(toP))}${m.kind === 'payment' ? ` + interest ${amountOf(owed)}` : ''} after applying ${amountOf(m.amount.minus(rest))})`,
        [...c.path, ...m.path, 'amount'],
        { excess: amountOf(rest) },
      );
    }
    if (toP !== ZERO) principal = sub(principal, toP);
    if (toI !== ZERO) {
      interestPaid = interestPaid.plus(toI);
      // Interest is paid oldest first: the capitalised part goes first, and stops bearing interest.
      if (capitalised !== ZERO) capitalised = capitalised.lte(toI) ? ZERO : capitalised.minus(toI);
    }
    if (!s.totalsOnly)
      allocations.push({
        date: m.date,
        kind: m.kind,
        amount: amountOf(m.amount),
        toPrincipal: amountOf(toP),
        toInterest: amountOf(toI),
        reference: m.reference ?? null,
      });
    if (paidOn === undefined && principal.isZero()) paidOn = m.date;
  };

  let idx = 0;
  if (start !== undefined && start < end) {
    const startN = dayNumber(start);
    const endN = dayNumber(end);
    while (idx < movements.length && movements[idx]!.date <= start) apply(movements[idx++]!);
    const startHalf = halfYearOfValid(dateOfDayNumber(startN + 1));
    // A statutory rate and its floor finding depend on the table and these settings only: they
    // are memoised on the table, so a daily run over many invoices resolves each half-year once.
    // Other clauses are resolved once per half-year of this call. Keys are numbers (no strings
    // built per call); the outer key is a constant string.
    const rates: Map<number, CheckedRate> =
      clause.type === 'statutory'
        ? memoFor(
            tableMemo<Map<number, CheckedRate>>(s.table),
            MEMO_KEY[regime][s.legalRateCategory],
          )
        : new Map();
    const fixedKey = fixedAtStart ? halfYearIndex(startHalf) * 100_000 : 0;
    let floorWarned: Set<number> | undefined;
    const resolve = (hy: HalfYear, uplift: boolean): CheckedRate => {
      let r = baseRate(setup, fixedAtStart ? startHalf.firstDay : hy.firstDay);
      let warning: PenaltyWarning | undefined;
      if (regime === 'b2b-l441-10') {
        const checked = checkFloor(setup, r, hy);
        r = checked.rate;
        warning = checked.warning;
      }
      return { rate: uplift ? withUplift(r, hy.firstDay) : r, warning };
    };
    const rateOf = (hy: HalfYear, uplift: boolean): ResolvedRate => {
      const index = halfYearIndex(hy);
      const key = fixedKey + index * 2 + (uplift ? 1 : 0);
      let checked = rates.get(key);
      if (checked === undefined) {
        checked = resolve(hy, uplift);
        rates.set(key, checked);
      }
      if (checked.warning !== undefined) {
        floorWarned ??= new Set();
        if (!floorWarned.has(index)) {
          floorWarned.add(index);
          // A copy: a memoised finding is shared by every statement made with this table.
          warnings.push({ ...checked.warning });
        }
      }
      return checked.rate;
    };
    // Capitalisation days (C. civ. 1343-2): `from` and its anniversaries, from the first on which
    // interest has run for a whole year (the day `start` + 1 year ends the first year).
    const cap = c.capitalisation;
    let capYears = 0;
    const wholeYearN = cap === undefined ? 0 : dayNumber(addMonthsValid(start, 12));
    const nextCapitalisationN = (): number => {
      if (cap === undefined) return Infinity;
      for (;;) {
        const n = dayNumber(addMonthsValid(cap.from, 12 * capYears++));
        if (n >= wholeYearN) return n;
      }
    };
    let nextCapN = nextCapitalisationN();
    const capitaliseOn = (dayN: number): void => {
      const unpaid = sub(sub(accruedNow(), interestPaid), capitalised);
      if (unpaid.gt(0)) {
        close(); // the base changes from the next day
        capitalised = add(capitalised, unpaid);
        capitalisations.push({
          date: dateOfDayNumber(dayN),
          amount: amountOf(unpaid),
          source: cap!.source,
          article: 'C. civ. 1343-2',
        });
      }
      nextCapN = nextCapitalisationN();
    };

    let cursorN = startN;
    let nextMoveN = idx < movements.length ? dayNumber(movements[idx]!.date) : Infinity;
    let hy = startHalf;
    let hyLastN = dayNumber(hy.lastDay);
    while (cursorN < endN) {
      if (principal.isZero() && capitalised.isZero()) {
        // Nothing bears interest. Unpaid interest capitalised later would: go to that day.
        if (nextCapN > endN || !accruedNow().gt(interestPaid)) break;
        cursorN = Math.min(nextMoveN, nextCapN);
        while (nextMoveN === cursorN) {
          apply(movements[idx++]!);
          nextMoveN = idx < movements.length ? dayNumber(movements[idx]!.date) : Infinity;
        }
        if (nextCapN === cursorN) capitaliseOn(cursorN);
        continue;
      }
      // Runs only move forward: the half-year changes when the run passes its last day.
      if (cursorN >= hyLastN) {
        hy = halfYearOfValid(dateOfDayNumber(cursorN + 1));
        hyLastN = dayNumber(hy.lastDay);
      }
      let toN = Math.min(endN, hyLastN, nextMoveN, nextCapN);
      const uplift = upliftN !== undefined && cursorN >= upliftN;
      if (upliftN !== undefined && cursorN < upliftN && upliftN < toN) toN = upliftN;
      let r: ResolvedRate;
      try {
        r = rateOf(hy, uplift);
      } catch (error) {
        if (s.onUnknownRate === 'warn' && isImpayesError(error) && error.code === 'RATE_UNKNOWN') {
          warnings.push(rateUnknown(error.details, dateOfDayNumber(cursorN)));
          break;
        }
        throw error;
      }
      const yearDays: 365 | 366 =
        s.dayCount === 'ACT/ACT' && daysInMonth(hy.year, 2) === 29 ? 366 : 365;
      const principalBase =
        s.base === 'excl-vat'
          ? roundCents(principal.times(c.amountExclVat as Dec).div(c.principal))
          : principal;
      const base = add(principalBase, capitalised);
      if (
        open?.base.eq(base) &&
        // Split per half-year, each half-year is its own line; a rate fixed for the whole delay
        // runs on while nothing changes.
        (open.rate === r || (fixedAtStart && continues(open, r, yearDays)))
      ) {
        open.toN = toN;
      } else {
        close();
        // A rate fixed at the start is the start half-year's: the line says so (issue 13).
        const label = fixedAtStart && r.rule !== 'contract-floor' ? startHalf.id : hy.id;
        open = { fromN: cursorN, toN, halfYear: label, rate: r, base, yearDays };
      }
      cursorN = toN;
      while (nextMoveN === cursorN) {
        apply(movements[idx++]!);
        nextMoveN = idx < movements.length ? dayNumber(movements[idx]!.date) : Infinity;
      }
      // After the day's payments: what they leave unpaid is what is capitalised.
      if (nextCapN === cursorN) capitaliseOn(cursorN);
    }
  }
  close();
  while (idx < movements.length) apply(movements[idx++]!);

  const lateOn = paidOn ?? c.asOf;
  if (regime === 'legal-interest' && start === undefined && lateOn > c.dueDate) {
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
  const indemnityDetail = indemnityFor(
    c.debtor,
    c.dueDate,
    paidOn,
    paidOn === undefined ? c.asOf : undefined,
    c.insolvencyOpenedOn,
  );
  if (indemnityDetail.reason === 'insolvency') {
    warnings.push(
      penaltyFinding('warning', indemnityDetail.article, 'INSOLVENCY_NO_INDEMNITY', {
        openedOn: c.insolvencyOpenedOn as PlainDate,
        dueDate: c.dueDate,
      }),
    );
  }
  let additional = ZERO;
  const costs = c.additionalRecoveryCosts;
  if (costs?.gt(0)) {
    if (indemnityDetail.owed) {
      const extra = costs.minus(indemnityDetail.amount);
      additional = extra.gt(0) ? extra : ZERO;
    } else {
      warnings.push(
        penaltyFinding('warning', indemnityDetail.article, 'ADDITIONAL_COSTS_NOT_CLAIMABLE', {
          costs: amountOf(costs),
          reason: indemnityDetail.reason,
        }),
      );
    }
  }
  const indemnity = indemnityDetail.owed ? dec(indemnityDetail.amount) : ZERO;
  const interestOutstanding = sub(accrued, interestPaid);
  return {
    regime,
    article: REGIME_ARTICLE[regime],
    interestFrom: firstFromN === undefined ? null : dateOfDayNumber(firstFromN + 1),
    interestTo: firstFromN === undefined ? null : dateOfDayNumber(lastToN),
    daysLate: lateOn > c.dueDate ? dayNumber(lateOn) - dayNumber(c.dueDate) : 0,
    paidOn: paidOn ?? null,
    segments,
    allocations,
    capitalisations,
    interest: amountOf(accrued),
    interestPaid: amountOf(interestPaid),
    interestOutstanding: amountOf(interestOutstanding),
    principalPaid: amountOf(sub(c.principal, principal)),
    principalOutstanding: amountOf(principal),
    indemnity: indemnityDetail.amount,
    indemnityDetail,
    additionalCosts: amountOf(additional),
    total: amountOf(add(add(accrued, indemnity), additional)),
    amountDue: amountOf(add(add(add(principal, interestOutstanding), indemnity), additional)),
    warnings,
    input: {
      invoiceNumber: c.invoiceNumber ?? null,
      debtor: c.debtor,
      amount: amountOf(c.principal),
      amountExclVat: c.amountExclVat === undefined ? null : amountOf(c.amountExclVat),
      dueDate: c.dueDate,
      asOf: c.asOf,
      clause: echoClause(c.clause ?? STATUTORY),
      formalNoticeDate: c.formalNoticeDate ?? null,
      judgmentServedOn: c.judgmentServedOn ?? null,
      insolvencyOpenedOn: c.insolvencyOpenedOn ?? null,
      additionalRecoveryCosts: costs === undefined ? null : amountOf(costs),
      capitalisation: c.capitalisation ?? null,
    },
    options: {
      rateMode: regime === 'public-procurement' ? 'fixed-at-start' : s.rateMode,
      dayCount: s.dayCount,
      base: s.base,
      allocation: s.allocation,
      onBelowFloor: s.onBelowFloor,
      onUnknownRate: s.onUnknownRate,
      legalRateCategory: s.legalRateCategory,
    },
  };
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
      amount: decValid(p.amount),
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
    v.additionalRecoveryCosts === undefined ? undefined : decValid(v.additionalRecoveryCosts);
  const inv = v.invoice;
  if (inv !== undefined) {
    const totals = exactTotalsOf(inv);
    const movements: DebtMovement[] = inv.payments.map((p, i) => ({
      date: p.date,
      amount: decValid(p.amount),
      kind: 'payment' as const,
      path: [...invoicePath, 'payments', i],
      reference: p.reference,
    }));
    inv.creditNotes.forEach((n, i) => {
      movements.push({
        date: n.date,
        amount: decValid(n.amount),
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
    principal: decValid(v.amount),
    amountExclVat: v.amountExclVat === undefined ? undefined : decValid(v.amountExclVat),
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
