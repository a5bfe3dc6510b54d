import { describe, expect, it } from 'vitest';
import {
  type AllocatePaymentOptions,
  allocatePayment as allocate,
  type DebtInput,
} from './index.js';

// The explanations below are checked in English (the default locale is French).
const allocatePayment = (
  payment: Parameters<typeof allocate>[0],
  debts: Parameters<typeof allocate>[1],
  options?: Parameters<typeof allocate>[2],
) => allocate(payment, debts, { locale: 'en', ...options });

const split = (r: ReturnType<typeof allocatePayment>) =>
  r.allocations.map((a) => [a.id, a.amount, a.rule]);

const ORDER =
  "Order: the debtor's designation, then debts already due before those not yet due, interest-bearing first, the oldest first, equal ones pro rata (C. civ. 1342-10 al. 2).";

/** Runs `allocatePayment` and returns what it threw (fails the test when it does not throw). */
const thrown = (
  debts: unknown,
  options?: unknown,
): { code: string; message: string; issues: ReadonlyArray<{ path: unknown; message: string }> } => {
  try {
    allocatePayment(
      { date: '2025-06-01', amount: '100.00' },
      debts as ReadonlyArray<DebtInput>,
      options as AllocatePaymentOptions,
    );
  } catch (e) {
    return e as never;
  }
  throw new Error('expected allocatePayment to throw');
};

describe('allocatePayment (edges)', () => {
  describe('pro rata (C. civ. 1342-10 al. 2)', () => {
    it('gives the extra cent to the debt with the largest remainder, even when it comes last', () => {
      // 100 cents over 100.00 and 200.00 owed: exact 33.33… / 66.66…, floors 33 / 66,
      // remainders 1/3 and 2/3 of a cent → the left-over cent goes to B.
      const r = allocatePayment({ date: '2025-06-01', amount: '1.00' }, [
        { id: 'A', dueDate: '2025-05-31', outstanding: '1.00' },
        { id: 'B', dueDate: '2025-05-31', outstanding: '2.00' },
      ]);
      expect(split(r)).toEqual([
        ['A', '0.33', 'due-pro-rata'],
        ['B', '0.67', 'due-pro-rata'],
      ]);
      expect(r.explanation).toBe(
        `Payment of 1.00 on 2025-06-01: 0.33 to A, 0.67 to B (already due, same rank, due 2025-05-31: pro rata of what each owes). ${ORDER}`,
      );
    });

    it('leaves out a debt whose pro-rata share rounds to zero', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '0.01' }, [
        { id: 'A', dueDate: '2025-05-31', outstanding: '1.00' },
        { id: 'B', dueDate: '2025-05-31', outstanding: '1.00' },
      ]);
      expect(r.allocations).toEqual([
        {
          id: 'A',
          amount: '0.01',
          rule: 'due-pro-rata',
          article: 'C. civ. 1342-10 al. 2',
          outstandingAfter: '0.99',
        },
      ]);
      // …and from the explanation too: no "0.00 to B".
      expect(r.explanation).toContain(
        '0.01 to A (already due, same rank, due 2025-05-31: pro rata of what each owes)',
      );
    });

    it('shares two interest-bearing debts of the same due date pro rata', () => {
      // 200.00 over 100.00 and 300.00 owed: 50.00 / 150.00; the older plain debt gets nothing.
      const r = allocatePayment({ date: '2025-06-01', amount: '200.00' }, [
        { id: 'I1', dueDate: '2025-05-31', outstanding: '100.00', interestBearing: true },
        { id: 'I2', dueDate: '2025-05-31', outstanding: '300.00', interestBearing: true },
        { id: 'plain', dueDate: '2025-04-30', outstanding: '100.00', interestBearing: false },
      ]);
      expect(split(r)).toEqual([
        ['I1', '50.00', 'due-pro-rata'],
        ['I2', '150.00', 'due-pro-rata'],
      ]);
    });
  });

  describe('interest-bearing debts', () => {
    it('ranks an interest-bearing debt first even when it is listed first and is not the oldest', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '500.00' }, [
        { id: 'interest', dueDate: '2025-04-30', outstanding: 300, interestBearing: true },
        { id: 'old', dueDate: '2025-01-31', outstanding: 400, interestBearing: false },
      ]);
      expect(split(r)).toEqual([
        ['interest', '300.00', 'due-interest-bearing'],
        ['old', '200.00', 'due-oldest'],
      ]);
    });

    it('does not pool an interest-bearing debt with a plain debt of the same due date', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '100.00' }, [
        { id: 'plain', dueDate: '2025-05-31', outstanding: 100, interestBearing: false },
        { id: 'interest', dueDate: '2025-05-31', outstanding: 100, interestBearing: true },
      ]);
      expect(split(r)).toEqual([['interest', '100.00', 'due-interest-bearing']]);
    });
  });

  describe('explanation', () => {
    it('issue 14: in French by default, with each step as code and params', () => {
      const r = allocate({ date: '2025-05-31', amount: '250.00' }, [
        { id: 'today', dueDate: '2025-05-31', outstanding: '1000.00' },
      ]);
      expect(r.explanationSteps).toEqual([
        {
          code: 'ALLOCATED',
          params: {
            amount: '250.00',
            id: 'today',
            tier: 'due',
            dueDate: '2025-05-31',
            interestBearing: false,
          },
          message: expect.stringMatching(
            /^250,00\u00a0€ à today \(déjà échue, échéance le 31 mai 2025\)$/,
          ),
        },
      ]);
      expect(r.explanation).toMatch(
        /^Paiement de 250,00\u00a0€ le 31 mai 2025 : 250,00\u00a0€ à today/,
      );
    });

    it('retraces a debt due on the payment date, a debt not yet due and the credit', () => {
      const r = allocatePayment({ date: '2025-05-31', amount: '250.00' }, [
        { id: 'today', dueDate: '2025-05-31', outstanding: '100.00' },
        { id: 'later', dueDate: '2025-06-30', outstanding: '100.00', interestBearing: true },
      ]);
      expect(split(r)).toEqual([
        ['today', '100.00', 'due-oldest'],
        ['later', '100.00', 'not-due-interest-bearing'],
      ]);
      expect(r.credit).toBe('50.00');
      expect(r.explanation).toBe(
        `Payment of 250.00 on 2025-05-31: 100.00 to today (already due, due 2025-05-31); 100.00 to later (not yet due, due 2025-06-30, bears interest); 50.00 left over as a credit. ${ORDER}`,
      );
    });

    it('mentions a debt designated twice only once, and no credit when none is left', () => {
      const r = allocatePayment(
        { date: '2025-06-01', amount: '350.00' },
        [
          { id: 'F-3', dueDate: '2025-07-15', outstanding: '500.00' },
          { id: 'F-2', dueDate: '2025-05-31', outstanding: '300.00' },
        ],
        { designation: ['F-2', 'F-2', 'F-3'] },
      );
      expect(r.explanation).toBe(
        `Payment of 350.00 on 2025-06-01: 300.00 to F-2, designated by the debtor (C. civ. 1342-10 al. 1); 50.00 to F-3, designated by the debtor (C. civ. 1342-10 al. 1). ${ORDER}`,
      );
    });

    it('leaves out a designated debt that owes nothing', () => {
      const r = allocatePayment(
        { date: '2025-06-01', amount: '10.00' },
        [
          { id: 'paid', dueDate: '2025-05-31', outstanding: 0 },
          { id: 'open', dueDate: '2025-05-31', outstanding: 10 },
        ],
        { designation: 'paid' },
      );
      expect(split(r)).toEqual([['open', '10.00', 'due-oldest']]);
    });
  });

  describe('the DEBTOR_INTEREST_UNKNOWN warning (C. civ. 1342-10 al. 2)', () => {
    it('says the oldest due date came first and same-day debts share pro rata, with the article', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '100.00' }, [
        { id: 'A', dueDate: '2025-04-30', outstanding: 100 },
        { id: 'B', dueDate: '2025-05-31', outstanding: 100 },
      ]);
      expect(r.warnings).toEqual([
        {
          code: 'DEBTOR_INTEREST_UNKNOWN',
          message: expect.stringContaining(
            'so the oldest due date came first and debts due the same day shared pro rata',
          ),
          article: 'C. civ. 1342-10 al. 2',
          params: {},
          severity: 'warning',
        },
      ]);
    });

    it('is not given when only one debt is due, even if it is paid in part', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '50.00' }, [
        { id: 'due', dueDate: '2025-05-31', outstanding: 100 },
        { id: 'future', dueDate: '2025-07-31', outstanding: 100 },
      ]);
      expect(split(r)).toEqual([['due', '50.00', 'due-oldest']]);
      expect(r.warnings).toEqual([]);
    });

    it('is not given when at least one debt says whether it bears interest', () => {
      const r = allocatePayment({ date: '2025-06-01', amount: '50.00' }, [
        { id: 'A', dueDate: '2025-04-30', outstanding: 100, interestBearing: false },
        { id: 'B', dueDate: '2025-05-31', outstanding: 100 },
      ]);
      expect(split(r)).toEqual([['A', '50.00', 'due-oldest']]);
      expect(r.warnings).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('rejects null and undefined debts with INVALID_INPUT, not a TypeError', () => {
      const error = thrown([null, undefined]);
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect(error.issues.map((i) => i.path)).toEqual([
        ['debts', 0],
        ['debts', 1],
      ]);
    });

    it('rejects debts that are not an array with INVALID_INPUT', () => {
      const error = thrown(null);
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect(error.issues.map((i) => i.path)).toEqual([['debts']]);
    });

    it('does not report debts without an id as duplicates of each other', () => {
      const error = thrown([
        { dueDate: '2025-05-31', outstanding: 1 },
        { dueDate: '2025-05-31', outstanding: 1 },
      ]);
      expect(error.issues.map((i) => i.path)).toEqual([
        ['debts', 0, 'id'],
        ['debts', 1, 'id'],
      ]);
    });

    it('names the duplicate debt id and where it first appears', () => {
      const error = thrown([
        { id: 'A', dueDate: '2025-05-31', outstanding: 1 },
        { id: 'A', dueDate: '2025-05-31', outstanding: 1 },
      ]);
      expect(error.issues).toEqual([
        { path: ['debts', 1, 'id'], message: 'duplicate debt id "A" (also debts[0])' },
      ]);
      expect(error.message).toMatch(/^Invalid allocation input\b/);
    });

    it('names the designated id that is not one of the debts', () => {
      const error = thrown([{ id: 'A', dueDate: '2025-05-31', outstanding: 1 }], {
        designation: ['A', 'B'],
      });
      expect(error.issues).toEqual([
        {
          path: ['options', 'designation', 1],
          message: 'designates "B", which is not one of the debts\' ids',
        },
      ]);
    });

    it('reports a designation that is not a string once, as a type error', () => {
      const error = thrown([{ id: 'A', dueDate: '2025-05-31', outstanding: 1 }], {
        designation: [5],
      });
      expect(error.issues.map((i) => i.path)).toEqual([['options', 'designation', 0]]);
    });
  });
});
