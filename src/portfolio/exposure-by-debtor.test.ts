import { describe, expect, it } from 'vitest';
import { exposureByDebtor } from './exposure-by-debtor.js';

const asOf = '2026-03-31';

describe('exposureByDebtor', () => {
  it('sorts by outstanding, then by id, and leaves limits null when none is given', () => {
    const r = exposureByDebtor(
      [
        { id: '1', debtorId: 'b', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: 10 },
        { id: '2', debtorId: 'a', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: 10 },
        { id: '3', debtorId: 'c', issueDate: '2026-03-01', dueDate: '2026-03-30', amount: 20 },
      ],
      { asOf },
    );
    expect(
      r.debtors.map((d) => [d.debtorId, d.overdue, d.creditLimit, d.headroom, d.overLimit]),
    ).toEqual([
      ['c', '20.00', null, null, null],
      ['a', '0.00', null, null, null],
      ['b', '0.00', null, null, null],
    ]);
  });

  it('throws INVALID_INPUT with the debtor in the path for a bad limit', () => {
    try {
      exposureByDebtor([], { asOf, creditLimits: { ACME: 'lots' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect((error as { issues: { path: unknown }[] }).issues[0]?.path).toEqual([
        'options',
        'creditLimits',
        'ACME',
      ]);
    }
  });
});
