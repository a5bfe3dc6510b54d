// Test fixtures for the invoice module (excluded from coverage and from the package).
import type { InvoiceLike } from './invoice.schema.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A B2B invoice with two VAT rates, frozen so that any mutation throws. */
export const linesInvoice = deepFreeze({
  number: 'F-2025-001',
  issueDate: '2025-03-10',
  buyer: { kind: 'professional', name: 'Client SA', siren: '732829320' },
  lines: [
    { description: 'Books', quantity: 3, unitPriceExclVat: '9.99', vatRatePercent: '5.5' },
    { description: 'Audit', quantity: 1, unitPriceExclVat: '450', vatRatePercent: 20 },
  ],
} as const satisfies InvoiceLike);

/** A B2B invoice given by its printed totals, frozen. */
export const totalsInvoice = deepFreeze({
  number: 'F-2025-002',
  issueDate: '2025-03-10',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const satisfies InvoiceLike);
