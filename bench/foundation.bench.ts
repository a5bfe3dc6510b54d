import { bench, describe } from 'vitest';
import {
  addMonths,
  createRateTable,
  daysBetween,
  ecbRateForHalfYear,
  legalInterestRate,
  parseAmount,
  procedureDeadline,
} from './lib.js';

const rates = createRateTable({
  legalOther: { rows: [{ from: '2026-07-01', ratePercent: '2.50' }] },
});

describe('foundation', () => {
  bench('parseAmount', () => {
    parseAmount('1234.56');
  });
  bench('addMonths', () => {
    addMonths('2024-01-31', 1);
  });
  bench('daysBetween', () => {
    daysBetween('2025-06-15', '2025-08-15');
  });
  bench('procedureDeadline (6 months, holiday roll)', () => {
    procedureDeadline('2026-01-14', { months: 6 });
  });
  bench('ecbRateForHalfYear (default table)', () => {
    ecbRateForHalfYear('2024-08-10');
  });
  bench('legalInterestRate (prebuilt table)', () => {
    legalInterestRate('2026-08-01', 'other', { rates });
  });
});
