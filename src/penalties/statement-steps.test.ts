import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, type PlainDate } from '../dates/internal.js';
import { D } from '../internal/decimal.js';
import { bigRing, numberRing } from '../money/kernel.js';
import {
  accrualFindings,
  additionalCostsOf,
  appliedClause,
  capitalisationDays,
  caseIndemnity,
  type DebtMovement,
  interestWindow,
  movementsAsOf,
  type PenaltyCase,
  settingsEcho,
  settingsFrom,
  statementFrame,
  upliftDay,
} from './late-penalties.js';
import type { PenaltyWarning } from './warning.js';

const d = (s: string) => s as PlainDate;
const base: PenaltyCase = {
  debtor: 'professional',
  principal: new D('1000.00'),
  dueDate: d('2025-01-10'),
  movements: [],
  asOf: d('2025-06-30'),
  path: [],
};
const pay = (date: string): DebtMovement => ({
  date: d(date),
  amount: new D('10.00'),
  kind: 'payment',
  path: ['payments', 0],
});
const codes = (w: ReadonlyArray<PenaltyWarning>) => w.map((x) => x.code);

describe('statement frame steps', () => {
  it('appliedClause: a public buyer gets the statutory rate, with CLAUSE_IGNORED', () => {
    const w: PenaltyWarning[] = [];
    const fixed = { type: 'fixed', ratePercent: '12' } as const;
    expect(appliedClause({ ...base, clause: fixed }, 'b2b-l441-10', w)).toBe(fixed);
    expect(appliedClause({ ...base, clause: fixed }, 'public-procurement', w)).toEqual({
      type: 'statutory',
    });
    expect(codes(w)).toEqual(['CLAUSE_IGNORED']);
  });

  it('interestWindow: due date or notice to asOf, or to the day before an insolvency opening', () => {
    expect(interestWindow(base, 'b2b-l441-10')).toEqual({ start: '2025-01-10', end: '2025-06-30' });
    expect(interestWindow(base, 'legal-interest').start).toBeUndefined();
    const notice = { ...base, formalNoticeDate: d('2025-02-01') };
    expect(interestWindow(notice, 'legal-interest').start).toBe('2025-02-01');
    const early = { ...base, formalNoticeDate: d('2025-01-01') };
    expect(interestWindow(early, 'legal-interest').start).toBe('2025-01-10');
    const insolvent = { ...base, insolvencyOpenedOn: d('2025-03-01') };
    expect(interestWindow(insolvent, 'b2b-l441-10').end).toBe('2025-02-28');
    const later = { ...base, insolvencyOpenedOn: d('2025-07-01') };
    expect(interestWindow(later, 'b2b-l441-10').end).toBe('2025-06-30');
  });

  it('upliftDay: two months after service for statutory legal interest, else a finding', () => {
    const w: PenaltyWarning[] = [];
    const served = { ...base, judgmentServedOn: d('2025-02-15') };
    const statutory = { type: 'statutory' } as const;
    expect(upliftDay(base, 'legal-interest', statutory, w)).toBeUndefined();
    const n = upliftDay(served, 'legal-interest', statutory, w)!;
    expect(dateOfDayNumber(n)).toBe('2025-04-15');
    expect(upliftDay(served, 'b2b-l441-10', statutory, w)).toBeUndefined();
    expect(codes(w)).toEqual(['JUDGMENT_UPLIFT_NOT_APPLIED']);
  });

  it('movementsAsOf: sorts by date and leaves out (with a finding) those after asOf', () => {
    const w: PenaltyWarning[] = [];
    const moves = [pay('2025-03-01'), pay('2025-02-01')];
    expect(movementsAsOf({ ...base, movements: moves }, w).map((m) => m.date)).toEqual([
      '2025-02-01',
      '2025-03-01',
    ]);
    expect(w).toEqual([]);
    const late = movementsAsOf({ ...base, movements: [...moves, pay('2025-07-02')] }, w);
    expect(late).toHaveLength(2);
    expect(w[0]).toMatchObject({ code: 'EVENTS_AFTER_AS_OF', details: { count: 1 } });
  });

  it('statementFrame: fixed at start for public buyers and the fixed-at-start mode', () => {
    const s = settingsFrom({});
    expect(statementFrame(base, s).fixedAtStart).toBe(false);
    expect(statementFrame({ ...base, debtor: 'public' }, s).fixedAtStart).toBe(true);
    expect(statementFrame(base, settingsFrom({ rateMode: 'fixed-at-start' })).fixedAtStart).toBe(
      true,
    );
  });

  it('capitalisationDays: from and its anniversaries, once a whole year has run', () => {
    const next = capitalisationDays({ from: d('2025-03-01'), source: 'contract' }, d('2025-01-10'));
    const days = [next(), next(), next()].map(dateOfDayNumber);
    expect(days).toEqual(['2026-03-01', '2027-03-01', '2028-03-01']);
    expect(capitalisationDays(undefined, d('2025-01-10'))()).toBe(Infinity);
    const exact = capitalisationDays(
      { from: d('2025-01-10'), source: 'judgment' },
      d('2025-01-10'),
    );
    expect(exact()).toBe(dayNumber(d('2026-01-10')));
  });
});

describe('statement closing steps', () => {
  it('accrualFindings: NO_FORMAL_NOTICE and INSOLVENCY_INTEREST_STOPPED', () => {
    const s = settingsFrom({});
    const w: PenaltyWarning[] = [];
    const consumer = { ...base, debtor: 'consumer' as const };
    accrualFindings(consumer, statementFrame(consumer, s), undefined, w);
    expect(codes(w)).toEqual(['NO_FORMAL_NOTICE']);
    const w2: PenaltyWarning[] = [];
    accrualFindings(consumer, statementFrame(consumer, s), d('2025-01-10'), w2);
    expect(w2).toEqual([]); // paid on the due date: not late
    const insolvent = { ...base, insolvencyOpenedOn: d('2025-03-01') };
    accrualFindings(insolvent, statementFrame(insolvent, s), undefined, w2);
    expect(codes(w2)).toEqual(['INSOLVENCY_INTEREST_STOPPED']);
  });

  it('caseIndemnity and additionalCostsOf: 40 € and costs above it, none without indemnity', () => {
    const w: PenaltyWarning[] = [];
    const owed = caseIndemnity(base, undefined, w);
    expect([owed.owed, owed.amount]).toEqual([true, '40.00']);
    expect(numberRing.text(additionalCostsOf(numberRing, 6500, owed, w))).toBe('25.00');
    expect(additionalCostsOf(bigRing, 3000n, owed, w)).toBe(0n);
    expect(additionalCostsOf(numberRing, undefined, owed, w)).toBe(0);
    expect(w).toEqual([]);
    const insolvent = { ...base, insolvencyOpenedOn: d('2025-01-05') };
    const none = caseIndemnity(insolvent, undefined, w);
    expect(none.owed).toBe(false);
    expect(additionalCostsOf(numberRing, 6500, none, w)).toBe(0);
    expect(codes(w)).toEqual(['INSOLVENCY_NO_INDEMNITY', 'ADDITIONAL_COSTS_NOT_CLAIMABLE']);
  });

  it('settingsEcho: public buyers always fixed at start', () => {
    const s = settingsFrom({});
    expect(settingsEcho('b2b-l441-10', s).rateMode).toBe('per-half-year');
    expect(settingsEcho('public-procurement', s).rateMode).toBe('fixed-at-start');
  });
});
