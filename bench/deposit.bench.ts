import { bench, describe } from 'vitest';
import { depositInvoice, finalInvoice, recommendDeposit } from './lib.js';

const order = {
  lines: Array.from({ length: 20 }, (_, i) => ({
    description: `Item ${i}`,
    quantity: String(1 + (i % 7)),
    unitPriceExclVat: `${100 + i * 13}.${String(i * 7)
      .padStart(2, '0')
      .slice(0, 2)}`,
    vatRatePercent: ['20', '10', '5.5', '2.1', '0'][i % 5]!,
  })),
};
const deposit = depositInvoice(order, 30);

describe('deposit', () => {
  bench('recommendDeposit (profile)', () => {
    recommendDeposit({
      orderTotalInclVat: '12000',
      newClient: true,
      payerProfile: { averageDaysLate: 32, lateShare: '0.4', grade: 'C', flags: ['has_overdue'] },
    });
  });
  bench('depositInvoice (20 lines, 5 rates)', () => {
    depositInvoice(order, '33.33');
  });
  bench('finalInvoice (20 lines, 1 deposit)', () => {
    finalInvoice(order, [deposit]);
  });
});
