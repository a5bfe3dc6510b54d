import { describe, expect, it } from 'vitest';
import { orderReasons, payerReasons } from './recommend-deposit.js';

describe('issue 13 item 4: deposit recommendation steps on their own', () => {
  it('orderReasons: only the factors that add points', () => {
    expect(orderReasons({ orderTotalInclVat: '500' })).toEqual([]);
    expect(
      orderReasons({ orderTotalInclVat: '20000', newClient: true, urgent: false }).map((r) => [
        r.code,
        r.points,
      ]),
    ).toEqual([
      ['NEW_CLIENT', '10.00'],
      ['LARGE_ORDER', '5.00'],
    ]);
  });

  it('payerReasons: a profile that adds nothing is a good payer worth 0 points', () => {
    expect(payerReasons({ grade: 'A' }).map((r) => [r.code, r.points])).toEqual([
      ['GOOD_PAYER', '0.00'],
    ]);
    expect(
      payerReasons({ averageDaysLate: 31, flags: ['a', 'b', 'c'] }).map((r) => r.points),
    ).toEqual(['10.00', '10.00']);
  });
});
