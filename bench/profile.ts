// Runs one call of bench/cases.ts in a loop for a few seconds, to be profiled:
// `npm run bench:profile` (node --cpu-prof, then bench/profile-summary.ts prints the summary).
// Argument: penalties | dunning0 | dunning5 | dunning20 | limitation | customer | customer100k
// (one account of 10^5 invoices, as the fuzz suite's huge test); second: seconds (default 4).
import {
  customerAccount,
  customerToday,
  dunningCases,
  invoice,
  limitationAsOf,
  limitationClaim,
  penaltiesRequest,
} from './cases.js';
import {
  addDays,
  computeLatePenalties,
  limitationDeadline,
  nextCustomerDunningStep,
  nextDunningStep,
} from './lib.js';

/** One account of `n` invoices of 100 €, due every day back from 2026-03-01, no events. */
function bigAccount(n: number) {
  return {
    debtor: { id: 'C-BIG', name: 'Client SA', kind: 'professional' as const },
    invoices: Array.from({ length: n }, (_, i) => {
      const dueDate = addDays('2026-03-01', -(i % 300));
      return {
        invoice: {
          number: `F-${i}`,
          issueDate: addDays(dueDate, -30),
          dueDate,
          buyer: { kind: 'professional' as const, name: 'Client SA' },
          totals: { exclVat: '100.00', vat: '0.00', inclVat: '100.00' },
        },
      };
    }),
  };
}
const big = bigAccount(100_000);

const calls: Record<string, () => unknown> = {
  penalties: () => computeLatePenalties(penaltiesRequest),
  limitation: () => limitationDeadline(limitationClaim, { asOf: limitationAsOf }),
  customer: () => nextCustomerDunningStep(customerAccount, { today: customerToday }),
  customer100k: () => nextCustomerDunningStep(big, { today: '2026-03-31' }),
};
for (const [i, c] of dunningCases.entries()) {
  calls[`dunning${[0, 5, 20][i]}`] = () => nextDunningStep(invoice, c.events, { today: c.today });
}

const name = process.argv[2] ?? 'dunning5';
const call = calls[name];
if (call === undefined) throw new Error(`unknown call ${name}: ${Object.keys(calls).join(', ')}`);
const until = performance.now() + Number(process.argv[3] ?? 4) * 1000;
let n = 0;
let last: unknown;
const batch = name === 'customer100k' ? 1 : 100;
while (performance.now() < until) {
  for (let i = 0; i < batch; i++) last = call();
  n += batch;
}
console.log(`${name}: ${n} calls${last === undefined ? '' : ''}`);
