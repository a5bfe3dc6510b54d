import { describe, expect, it } from 'vitest';
import { gradeOf, payerProfile } from './payer-profile.js';

const asOf = '2026-03-31';
const inv = (id: string, debtorId: string) => ({
  id,
  debtorId,
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  amount: 100,
  payments: [{ date: '2026-01-31', amount: 100 }],
});

describe('payerProfile', () => {
  it('refuses invoices of two debtors without debtorId', () => {
    try {
      payerProfile([inv('1', 'A'), inv('2', 'B')], { asOf });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['invoices', 1, 'debtorId'] });
    }
  });

  it('picks one debtor out of a ledger with debtorId', () => {
    const p = payerProfile([inv('1', 'A'), inv('2', 'B'), inv('3', 'A')], { asOf, debtorId: 'A' });
    expect(p).toMatchObject({ debtorId: 'A', invoiceCount: 2, grade: 'A' });
  });

  it('profiles an empty history', () => {
    const p = payerProfile([], { asOf });
    expect(p).toMatchObject({ debtorId: null, grade: 'A', lateShare: '0', creditLimit: null });
    expect(p.warnings.map((w) => w.code)).toEqual(['NO_PAYMENT_HISTORY']);
  });

  it('reports overpayments as credit, never as negative debt', () => {
    const p = payerProfile(
      [{ ...inv('1', 'A'), payments: [{ date: '2026-01-20', amount: 150 }] }],
      { asOf, creditLimit: 0 },
    );
    expect(p).toMatchObject({
      outstanding: '0.00',
      credit: '50.00',
      overCreditLimit: false,
      creditLimit: '0.00',
    });
  });

  it('rounds lateShare to 4 decimals', () => {
    const late = { ...inv('L', 'A'), payments: [{ date: '2026-02-01', amount: 100 }] };
    const p = payerProfile([late, inv('2', 'A'), inv('3', 'A')], { asOf });
    expect(p.lateShare).toBe('0.3333');
    expect(p.reasons.map((r) => r.code)).toEqual(['FREQUENT_LATE_PAYMENTS']);
  });

  it('throws INVALID_INPUT for a negative credit limit', () => {
    expect(() => payerProfile([], { asOf, creditLimit: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'creditLimit'] }),
    );
  });
});

describe('gradeOf', () => {
  const base = { brokenPromises: 0, maxDaysLate: 0, late: 0, assessed: 10, overCreditLimit: false };
  it.each([
    [{}, 'A'],
    [{ maxDaysLate: 30 }, 'A'],
    [{ maxDaysLate: 31 }, 'B'],
    [{ maxDaysLate: 60 }, 'B'],
    [{ maxDaysLate: 61 }, 'C'],
    [{ maxDaysLate: 90 }, 'C'],
    [{ maxDaysLate: 91 }, 'D'],
    [{ late: 2, assessed: 10 }, 'A'],
    [{ late: 3, assessed: 12 }, 'B'],
    [{ late: 2, assessed: 2 }, 'B'],
    [{ late: 3, assessed: 6 }, 'C'],
    [{ late: 3, assessed: 7 }, 'B'],
    [{ brokenPromises: 1 }, 'C'],
    [{ brokenPromises: 2 }, 'D'],
    [{ overCreditLimit: true }, 'B'],
  ])('grades %o as %s', (inputs, grade) => {
    expect(gradeOf({ ...base, ...inputs }).grade).toBe(grade);
  });
});
