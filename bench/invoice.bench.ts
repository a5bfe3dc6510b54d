import { bench, describe } from 'vitest';
import {
  allocatePayment,
  type InvoiceLike,
  invoiceTotals,
  outstandingAmount,
  parseInvoice,
} from './lib.js';

const invoice = {
  number: 'B-1',
  issueDate: '2025-03-10',
  terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
  buyer: { kind: 'professional', name: 'Client SA', siren: '732829320' },
  lines: [
    { description: 'Books', quantity: 3, unitPriceExclVat: '9.99', vatRatePercent: '5.5' },
    { description: 'Audit', quantity: 1, unitPriceExclVat: '450', vatRatePercent: 20 },
    { description: 'Travel', quantity: '2.5', unitPriceExclVat: '66.666', vatRatePercent: 10 },
  ],
  payments: [{ date: '2025-04-01', amount: '200.00' }],
} as const satisfies InvoiceLike;

const debts = Array.from({ length: 10 }, (_, i) => ({
  id: `F-${i}`,
  dueDate: `2025-0${1 + (i % 5)}-15`,
  outstanding: '1000.00',
}));

describe('invoice', () => {
  bench('parseInvoice (3 lines, 1 payment)', () => {
    parseInvoice(invoice);
  });
  bench('invoiceTotals (validates, then computes)', () => {
    invoiceTotals(invoice);
  });
  bench('outstandingAmount', () => {
    outstandingAmount(invoice, '2025-05-01');
  });
  bench('allocatePayment across 10 debts', () => {
    allocatePayment({ date: '2025-04-01', amount: '4321.00' }, debts);
  });
});
