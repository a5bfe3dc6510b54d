// An English walkthrough: every call that returns text asks for `locale: 'en'` (French is the
// default; `npm run demo` shows it).
// A quote → deposit invoice → final invoice flow, printed as tables.
// Run: npx tsx examples/deposit-flow.ts
import {
  canRequestPayment,
  classifyAdvancePayment,
  depositInvoice,
  finalInvoice,
  formatEuros,
  recommendDeposit,
  type VatTotals,
} from 'impayes-core';

// 1. The quote: renovation works (20 %) and energy-saving insulation (5.5 %) for a new client.
const quote = {
  lines: [
    {
      description: 'Rénovation cuisine',
      quantity: 1,
      unitPriceExclVat: '8333.33',
      vatRatePercent: 20,
    },
    {
      description: 'Isolation (m²)',
      quantity: '12.5',
      unitPriceExclVat: '87.49',
      vatRatePercent: '5.5',
    },
  ],
};
const client = { debtor: 'consumer' as const, offPremises: true, signedOn: '2026-03-02' };

const pad = (s: string, n: number) => s.padStart(n);
function table(title: string, t: VatTotals): void {
  console.log(`\n${title}`);
  console.log(
    `${'VAT rate'.padEnd(10)}${pad('excl. VAT', 14)}${pad('VAT', 12)}${pad('incl. VAT', 14)}`,
  );
  for (const r of t.byRate)
    console.log(
      `${`${r.vatRatePercent} %`.padEnd(10)}${pad(formatEuros(r.exclVat), 14)}${pad(formatEuros(r.vat), 12)}${pad(formatEuros(r.inclVat), 14)}`,
    );
  console.log(
    `${'Total'.padEnd(10)}${pad(formatEuros(t.exclVat), 14)}${pad(formatEuros(t.vat), 12)}${pad(formatEuros(t.inclVat), 14)}`,
  );
}

// 2. How much deposit to ask for, and why.
const order = finalInvoice(quote, []).order; // the quote's totals per VAT rate, nothing deducted
const recommended = recommendDeposit(
  { orderTotalInclVat: order.inclVat, newClient: true },
  undefined,
  { locale: 'en' },
);
table('Quote', order);
console.log(`\nRecommended deposit: ${recommended.percent} % = ${formatEuros(recommended.amount)}`);
for (const r of recommended.reasons)
  console.log(`  ${pad(r.points, 6)} pts  ${r.labelMessage.message}`);

// 3. A consumer, contract signed at their home: no payment within 7 days (C. conso L221-10),
//    and the sum is arrhes unless the contract says "acompte" (C. conso L214-1).
const today = canRequestPayment({ ...client, asOf: '2026-03-05' }, { locale: 'en' });
console.log(`\nPayment on 2026-03-05 allowed? ${today.allowed}: ${today.reason}`);
const kind = classifyAdvancePayment({ debtor: client.debtor, contractTerm: 'acompte' });
console.log(`The contract says "acompte": ${kind.kind} (${kind.article})`);

// 4. The deposit invoice (issued from the first allowed day) and the final invoice.
const deposit = depositInvoice(quote, recommended.percent);
table(`Deposit invoice (${deposit.percent} %, from ${today.firstAllowedDay})`, deposit);
console.log(`  rounding: residual ${deposit.rounding.residual} €; ${deposit.rounding.rule}`);
const final = finalInvoice(quote, [deposit]);
table('Final invoice (order − deposit)', final);
