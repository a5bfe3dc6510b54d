import { bench, describe } from 'vitest';
import { checkPaymentTerms, computeDueDate } from './lib.js';

describe('terms', () => {
  bench('computeDueDate, 45 days end of month (method A)', () => {
    computeDueDate({
      issueDate: '2025-03-10',
      terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
    });
  });
  bench('computeDueDate, net 60', () => {
    computeDueDate({ issueDate: '2025-04-06', terms: { type: 'net', days: 60 } });
  });
  bench('checkPaymentTerms, professional with sector cap', () => {
    checkPaymentTerms({
      debtor: 'professional',
      issueDate: '2025-03-12',
      deliveryDate: '2025-03-05',
      terms: { type: 'net', days: 55 },
      sector: 'perishable-food',
    });
  });
});
