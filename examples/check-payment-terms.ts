// An English walkthrough: every call that returns text asks for `locale: 'en'` (French is the
// default; `npm run demo` shows it).
// Checks the payment terms of a sample invoice against the French statutory caps.
// Run: npx tsx examples/check-payment-terms.ts
import {
  checkPaymentTerms,
  computeDueDate,
  frenchVatNumber,
  isValidSiren,
  type PaymentTerms,
} from 'impayes-core';

const invoice = {
  number: 'F-2025-0042',
  issueDate: '2025-01-31',
  deliveryDate: '2025-01-28',
  buyer: { kind: 'professional' as const, name: 'Dupont SARL', siren: '732829320' },
  terms: { type: 'end-of-month', days: 60, method: 'eom-then-days' } as PaymentTerms,
};

console.log(`Invoice ${invoice.number} to ${invoice.buyer.name}`);
console.log(
  `Buyer SIREN ${invoice.buyer.siren}: ${isValidSiren(invoice.buyer.siren) ? 'valid' : 'INVALID'}, VAT number ${frenchVatNumber(invoice.buyer.siren)}`,
);

const due = computeDueDate(
  {
    issueDate: invoice.issueDate,
    deliveryDate: invoice.deliveryDate,
    terms: invoice.terms,
  },
  { locale: 'en' },
);
console.log(`Due date: ${due.dueDate} (${due.explanation})`);

const check = checkPaymentTerms(
  {
    debtor: invoice.buyer.kind,
    issueDate: invoice.issueDate,
    deliveryDate: invoice.deliveryDate,
    terms: invoice.terms,
  },
  { locale: 'en' },
);
console.log(`Compliant: ${check.compliant}; latest lawful due date: ${check.latestLawfulDueDate}`);
for (const f of check.findings)
  console.log(`  [${f.severity}] ${f.code} (${f.article}): ${f.message}`);

for (const method of ['days-then-eom', 'eom-then-days'] as const) {
  const fixed = checkPaymentTerms({
    debtor: 'professional',
    issueDate: invoice.issueDate,
    terms: { type: 'end-of-month', days: 45, method },
  });
  console.log(`45 days EOM (${method}): due ${fixed.dueDate}, compliant ${fixed.compliant}`);
}
