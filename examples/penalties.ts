// Prints a late-payment statement (décompte) for two invoices of one business debtor.
// Run: npx tsx examples/penalties.ts
import { computeClaimStatement, createRateTable, formatEuros } from 'impayes-core';

const rates = createRateTable({}); // build once, reuse for every statement

const claim = computeClaimStatement(
  [
    {
      number: 'F-2025-041',
      issueDate: '2025-05-16',
      dueDate: '2025-06-15',
      buyer: { kind: 'professional', name: 'Client SA' },
      totals: { exclVat: '8333.33', vat: '1666.67', inclVat: '10000.00' },
      payments: [{ date: '2025-07-10', amount: '4000.00' }],
    },
    { reference: 'F-2025-052', amount: '1800.00', dueDate: '2025-07-31' },
  ],
  { asOf: '2025-09-30', debtor: 'professional', rates },
);

console.log(`Décompte au ${claim.asOf} — ${claim.article}`);
for (const line of claim.lines) {
  const s = line.statement;
  console.log(
    `\nFacture ${line.reference}: ${formatEuros(line.amount)} TTC, échéance ${line.dueDate}`,
  );
  for (const seg of s.segments) {
    console.log(
      `  du ${seg.from} au ${seg.to}: ${String(seg.days).padStart(3)} j × ${seg.ratePercent} % sur ${formatEuros(seg.base)} = ${formatEuros(seg.amount)}`,
    );
  }
  console.log(`  pénalités ${formatEuros(s.interest)} + indemnité ${formatEuros(s.indemnity)}`);
}
const t = claim.totals;
console.log(`\nPrincipal restant dû : ${formatEuros(t.principalOutstanding)}`);
console.log(`Pénalités de retard  : ${formatEuros(t.interest)}`);
console.log(`Indemnités (40 €)    : ${formatEuros(t.indemnities)} (${t.lateInvoices} factures)`);
console.log(`Total à payer        : ${formatEuros(t.amountDue)}`);
for (const w of claim.warnings) console.log(`! ${w.reference ?? ''} ${w.code}: ${w.message}`);
