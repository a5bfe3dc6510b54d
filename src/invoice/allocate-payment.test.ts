import { describe, expect, it } from 'vitest';
import { allocatePayment as allocate, type DebtInput } from './index.js';

// The explanations below are checked in English (the default locale is French).
const allocatePayment = (
  payment: Parameters<typeof allocate>[0],
  debts: Parameters<typeof allocate>[1],
  options?: Parameters<typeof allocate>[2],
) => allocate(payment, debts, { locale: 'en', ...options });

const debts: ReadonlyArray<DebtInput> = Object.freeze([
  Object.freeze({ id: 'F-3', dueDate: '2025-07-15', outstanding: '500.00' }),
  Object.freeze({ id: 'F-2', dueDate: '2025-05-31', outstanding: '300.00' }),
  Object.freeze({ id: 'F-1', dueDate: '2025-04-30', outstanding: '400.00' }),
]);

const split = (r: ReturnType<typeof allocatePayment>) =>
  r.allocations.map((a) => [a.id, a.amount, a.rule]);

describe('allocatePayment', () => {
  it('pays due debts oldest first, then debts not yet due (C. civ. 1342-10 al. 2)', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '1000.00' }, debts);
    expect(split(r)).toEqual([
      ['F-1', '400.00', 'due-oldest'],
      ['F-2', '300.00', 'due-oldest'],
      ['F-3', '300.00', 'not-due-oldest'],
    ]);
    expect(r.allocations[2]).toMatchObject({
      article: 'C. civ. 1342-10 al. 2',
      outstandingAfter: '200.00',
    });
    expect(r.credit).toBe('0.00');
    expect(r.explanation).toContain('400.00 to F-1 (already due, due 2025-04-30)');
  });

  it('counts a debt due on the payment date as already due', () => {
    const r = allocatePayment({ date: '2025-05-31', amount: '100.00' }, [
      { id: 'later', dueDate: '2025-06-01', outstanding: 100 },
      { id: 'today', dueDate: '2025-05-31', outstanding: 100 },
    ]);
    expect(split(r)).toEqual([['today', '100.00', 'due-oldest']]);
  });

  it('serves the debtor’s designation first, then the legal order (C. civ. 1342-10 al. 1)', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '600.00' }, debts, {
      designation: 'F-3',
    });
    expect(split(r)).toEqual([
      ['F-3', '500.00', 'designated'],
      ['F-1', '100.00', 'due-oldest'],
    ]);
    expect(r.allocations[0]?.article).toBe('C. civ. 1342-10 al. 1');
    expect(r.explanation).toContain('designated by the debtor');
  });

  it('serves several designated debts in the order given, once each', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '350.00' }, debts, {
      designation: ['F-2', 'F-2', 'F-3'],
    });
    expect(split(r)).toEqual([
      ['F-2', '300.00', 'designated'],
      ['F-3', '50.00', 'designated'],
    ]);
  });

  it('ranks interest-bearing debts first among due debts', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '500.00' }, [
      { id: 'old', dueDate: '2025-01-31', outstanding: 400, interestBearing: false },
      { id: 'interest', dueDate: '2025-04-30', outstanding: 300, interestBearing: true },
      { id: 'future', dueDate: '2025-09-30', outstanding: 300, interestBearing: true },
    ]);
    expect(split(r)).toEqual([
      ['interest', '300.00', 'due-interest-bearing'],
      ['old', '200.00', 'due-oldest'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('splits equal-rank debts pro rata to the cent, extra cents to the largest remainders', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '100.00' }, [
      { id: 'A', dueDate: '2025-05-31', outstanding: '100.00' },
      { id: 'B', dueDate: '2025-05-31', outstanding: '200.00' },
      { id: 'C', dueDate: '2025-05-31', outstanding: '100.00' },
    ]);
    // 25 / 50 / 25 exactly.
    expect(split(r)).toEqual([
      ['A', '25.00', 'due-pro-rata'],
      ['B', '50.00', 'due-pro-rata'],
      ['C', '25.00', 'due-pro-rata'],
    ]);
    const thirds = allocatePayment({ date: '2025-06-01', amount: '100.00' }, [
      { id: 'A', dueDate: '2025-05-31', outstanding: '100.00' },
      { id: 'B', dueDate: '2025-05-31', outstanding: '100.00' },
      { id: 'C', dueDate: '2025-05-31', outstanding: '100.00' },
    ]);
    // Equal remainders: the extra cent goes to the first in input order.
    expect(split(thirds).map((s) => s[1])).toEqual(['33.34', '33.33', '33.33']);
    const uneven = allocatePayment({ date: '2025-06-01', amount: '0.05' }, [
      { id: 'A', dueDate: '2025-05-31', outstanding: '0.01' },
      { id: 'B', dueDate: '2025-05-31', outstanding: '0.09' },
    ]);
    // Exact 0.005 / 0.045: floors 0.00 / 0.04, remainders equal → A (input order) gets the cent.
    expect(split(uneven).map((s) => s[1])).toEqual(['0.01', '0.04']);
  });

  it('warns that the debtor’s interest could not be weighed when due debts compete', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '100.00' }, debts);
    expect(r.warnings.map((w) => w.code)).toEqual(['DEBTOR_INTEREST_UNKNOWN']);
  });

  it('returns the excess as a credit', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: '1500.00' }, debts);
    expect(r.credit).toBe('300.00');
    expect(r.explanation).toContain('300.00 left over as a credit');
    expect(r.warnings).toEqual([]);
  });

  it('returns everything as a credit when there is no debt to settle', () => {
    const r = allocatePayment({ date: '2025-06-01', amount: 10 }, [
      { id: 'paid', dueDate: '2025-01-01', outstanding: 0 },
    ]);
    expect(r).toMatchObject({ allocations: [], credit: '10.00' });
    expect(r.explanation).toContain('no debt to settle');
  });

  it('sorts not-yet-due debts oldest first and pro rata too', () => {
    const r = allocatePayment({ date: '2025-01-01', amount: '3.00' }, [
      { id: 'X', dueDate: '2025-03-01', outstanding: '5.00' },
      { id: 'Y', dueDate: '2025-02-01', outstanding: '1.00' },
      { id: 'Z', dueDate: '2025-03-01', outstanding: '3.00' },
    ]);
    expect(split(r)).toEqual([
      ['Y', '1.00', 'not-due-oldest'],
      ['X', '1.25', 'not-due-pro-rata'],
      ['Z', '0.75', 'not-due-pro-rata'],
    ]);
  });

  it('throws INVALID_INPUT with paths for bad input', () => {
    expect(() =>
      allocatePayment(
        { date: '2025-02-30', amount: 0 },
        [
          { id: 'A', dueDate: '2025-01-01', outstanding: '-1' },
          { id: 'A', dueDate: '2025-01-01', outstanding: 1 },
        ],
        { designation: ['B'] },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({ path: ['payment', 'date'] }),
          expect.objectContaining({ path: ['payment', 'amount'] }),
          expect.objectContaining({ path: ['debts', 0, 'outstanding'] }),
          expect.objectContaining({ path: ['debts', 1, 'id'] }),
          expect.objectContaining({ path: ['options', 'designation', 0] }),
        ],
      }),
    );
    expect(() =>
      allocatePayment({ date: '2025-01-01', amount: 1 }, [], { designation: 'nope' }),
    ).toThrow(expect.objectContaining({ path: ['options', 'designation'] }));
  });

  it('does not mutate its input', () => {
    expect(() => allocatePayment({ date: '2025-06-01', amount: '1000.00' }, debts)).not.toThrow();
  });
});
