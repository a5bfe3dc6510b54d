// An English walkthrough: every call that returns text asks for `locale: 'en'` (French is the
// default; `npm run demo` shows it).
// Terms check on a sample invoice: totals, due date, payment-terms findings and missing mentions.
// Run: npx tsx examples/terms-check.ts
import {
  checkInvoiceMentions,
  checkPaymentTerms,
  formatEuros,
  type InvoiceInput,
  invoiceDueDate,
  invoiceTotals,
  outstandingAmount,
  parseInvoice,
} from 'impayes-core';

const input: InvoiceInput = {
  number: 'F-2026-0142',
  issueDate: '2026-10-05',
  deliveryDate: '2026-09-30',
  // "75 days net" — longer than the 60 days the Commercial Code allows between businesses.
  terms: { type: 'net', days: 75 },
  seller: {
    kind: 'professional',
    name: 'Atelier Dupont SARL',
    siren: '732829320',
    vatOnDebits: false,
  },
  buyer: { kind: 'professional', name: 'Grossiste Martin SA', vatNumber: 'FR83404833048' },
  lines: [
    { description: 'Oak table', quantity: 2, unitPriceExclVat: '1249.90', vatRatePercent: 20 },
    {
      description: 'Delivery and assembly',
      quantity: '3.5',
      unitPriceExclVat: '65',
      vatRatePercent: 20,
    },
    {
      description: 'Care guide (book)',
      quantity: 2,
      unitPriceExclVat: '12.32',
      vatRatePercent: '5.5',
    },
  ],
  payments: [{ date: '2026-09-20', amount: '900.00', reference: 'deposit on order' }],
  mentions: {
    dueDateShown: true,
    penaltyRateText: 'Pénalités de retard : taux BCE + 10 points',
    operationNature: 'both',
    deliveredToBillingAddress: true,
  },
};

const invoice = parseInvoice(input);

const totals = invoiceTotals(invoice);
console.log(`Invoice ${invoice.number} to ${invoice.buyer.name}, issued ${invoice.issueDate}`);
for (const rate of totals.byRate) {
  console.log(
    `  VAT ${rate.vatRatePercent} %: base ${formatEuros(rate.exclVat)}, VAT ${formatEuros(rate.vat)}`,
  );
}
console.log(
  `  Total: ${formatEuros(totals.exclVat)} excl. VAT + ${formatEuros(totals.vat)} VAT = ${formatEuros(totals.inclVat)}`,
);

const due = invoiceDueDate(invoice, { locale: 'en' });
console.log(`\nDue date: ${due.dueDate} — ${due.explanation}`);

const balance = outstandingAmount(invoice, { asOf: '2026-10-05' });
console.log(
  `Outstanding on ${balance.asOf}: ${formatEuros(balance.outstanding)} (paid ${formatEuros(balance.paid)})`,
);

const check = checkPaymentTerms(
  {
    debtor: invoice.buyer.kind,
    issueDate: invoice.issueDate,
    ...(invoice.deliveryDate === undefined ? {} : { deliveryDate: invoice.deliveryDate }),
    ...(invoice.terms === undefined ? {} : { terms: invoice.terms }),
  },
  { locale: 'en' },
);
console.log(`\nPayment terms: ${check.compliant ? 'lawful' : 'NOT lawful'}`);
if (check.latestLawfulDueDate !== undefined)
  console.log(`  Latest lawful due date: ${check.latestLawfulDueDate}`);
for (const f of check.findings)
  console.log(`  [${f.severity}] ${f.code}: ${f.message} (${f.article})`);

const mentions = checkInvoiceMentions(invoice, {
  asOf: '2026-10-05',
  issuerSize: 'sme',
  locale: 'en',
});
console.log(`\nMandatory mentions missing (${mentions.missing.length}):`);
for (const m of mentions.missing) console.log(`  - ${m.code}: ${m.message} (${m.article})`);
for (const m of mentions.conditional) console.log(`  ? ${m.code}: ${m.message} (${m.article})`);
console.log(
  `E-invoicing mentions: ${mentions.eInvoicing.subject === true ? 'required' : `not yet required (from ${mentions.eInvoicing.from ?? '2026-09-01'})`}`,
);
const reasons = new Set(mentions.notApplicable.map((n) => n.reason));
for (const reason of reasons) console.log(`  n/a: ${reason}`);
