// Runs one call of bench/cases.ts in a loop for a few seconds, to be profiled:
// `npm run bench:profile` (node --cpu-prof, then bench/profile-summary.ts prints the summary).
// Argument: penalties | dunning0 | dunning5 | dunning20 | limitation; second: seconds (default 4).
import {
  dunningCases,
  invoice,
  limitationAsOf,
  limitationClaim,
  penaltiesRequest,
} from './cases.js';
import { computeLatePenalties, limitationDeadline, nextDunningStep } from './lib.js';

const calls: Record<string, () => unknown> = {
  penalties: () => computeLatePenalties(penaltiesRequest),
  limitation: () => limitationDeadline(limitationClaim, { asOf: limitationAsOf }),
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
while (performance.now() < until) {
  for (let i = 0; i < 100; i++) last = call();
  n += 100;
}
console.log(`${name}: ${n} calls${last === undefined ? '' : ''}`);
