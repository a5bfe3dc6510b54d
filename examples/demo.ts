// `npm run demo`: what impayes-core computes. (Placeholder until the dunning module lands.)
import {
  ecbRateForHalfYear,
  formatEuros,
  frenchPublicHolidays,
  legalInterestRate,
  procedureDeadline,
} from 'impayes-core';

const d = procedureDeadline('2026-01-14', { months: 6 });
console.log(
  `Injonction de payer issued 2026-01-14: serve it by ${d.deadline} (nominal ${d.nominal}, ${d.articles.join(', ')})`,
);
console.log(
  `B2B default rate 2024 H2: ${ecbRateForHalfYear('2024-08-10').ratePercent} % + 10 points`,
);
console.log(
  `Legal interest rate 2024 H1 (other cases): ${legalInterestRate('2024-03-01', 'other').ratePercent} %`,
);
console.log(
  `Holidays 2026: ${frenchPublicHolidays(2026)
    .map((h) => h.date)
    .join(', ')}`,
);
console.log(`Indemnity: ${formatEuros(40)}`);
