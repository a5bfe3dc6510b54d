import { describe, expect, it } from 'vitest';
import { recoveryIndemnity } from './index.js';

describe('recoveryIndemnity', () => {
  it('owes 40 € even for one day late (D441-5; CJEU C-279/23)', () => {
    expect(
      recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15', paidOn: '2025-06-16' }),
    ).toMatchObject({
      amount: '40.00',
      owed: true,
      reason: 'paid-late',
      article: 'C. com. L441-10 II, D441-5',
    });
    expect(
      recoveryIndemnity({ debtor: 'public', dueDate: '2025-06-15', asOf: '2025-07-01' }),
    ).toMatchObject({
      amount: '40.00',
      reason: 'unpaid-after-due-date',
      article: 'CCP L2192-13, D2192-35',
    });
  });

  it('owes nothing when paid on time or not yet due', () => {
    expect(
      recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15', paidOn: '2025-06-15' })
        .reason,
    ).toBe('not-late');
    expect(
      recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15', asOf: '2025-06-15' }),
    ).toMatchObject({ amount: '0.00', reason: 'not-late' });
  });

  it('is not owed by consumers and non-professionals', () => {
    for (const debtor of ['consumer', 'non_professional'] as const)
      expect(
        recoveryIndemnity({ debtor, dueDate: '2025-06-15', asOf: '2025-09-01' }),
      ).toMatchObject({ amount: '0.00', reason: 'debtor-not-covered' });
  });

  it('did not exist before 2013 (2013-05-01 for public buyers)', () => {
    expect(
      recoveryIndemnity({ debtor: 'professional', dueDate: '2012-12-31', paidOn: '2013-02-01' })
        .reason,
    ).toBe('not-in-force');
    expect(
      recoveryIndemnity({ debtor: 'professional', dueDate: '2013-01-01', paidOn: '2013-02-01' })
        .reason,
    ).toBe('paid-late');
    expect(
      recoveryIndemnity({ debtor: 'public', dueDate: '2013-04-30', paidOn: '2013-06-01' }).reason,
    ).toBe('not-in-force');
  });

  it('is not claimable when insolvency proceedings opened on or before the due date (L441-10 II)', () => {
    expect(
      recoveryIndemnity({
        debtor: 'professional',
        dueDate: '2025-06-15',
        asOf: '2025-09-01',
        insolvencyOpenedOn: '2025-06-15',
      }),
    ).toMatchObject({
      amount: '0.00',
      reason: 'insolvency',
    });
    expect(
      recoveryIndemnity({
        debtor: 'professional',
        dueDate: '2025-06-15',
        asOf: '2025-09-01',
        insolvencyOpenedOn: '2025-06-16',
      }).amount,
    ).toBe('40.00');
  });

  it('rejects missing or inconsistent dates with paths', () => {
    expect(() => recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['asOf'] })],
      }),
    );
    expect(() =>
      recoveryIndemnity({
        debtor: 'professional',
        dueDate: '2025-06-15',
        paidOn: '2025-07-01',
        asOf: '2025-06-20',
      }),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['paidOn'] })] }));
  });
});
