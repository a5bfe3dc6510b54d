// Statements per second for one invoice, two part payments, a delay across two half-years
// (issue 4 target: ≥ 100 000/s validated on one core). Run: npx vitest bench --run bench/penalties.bench.ts

import { bench, describe } from 'vitest';
import {
  caseFromRequest,
  computeLatePenalties,
  computePenaltyCase,
  createRateTable,
  type LatePenaltiesRequestInput,
  LatePenaltiesRequestSchema,
  settingsFrom,
} from './lib.js';

const rates = createRateTable({});
const input: LatePenaltiesRequestInput = {
  debtor: 'professional',
  amount: '10000.00',
  dueDate: '2025-06-15',
  payments: [
    { date: '2025-06-30', amount: '4000.00' },
    { date: '2025-08-15', amount: '6000.00' },
  ],
  asOf: '2025-08-15',
};
const options = { rates };

// Validated once, outside the loop: the hot path alone.
const settings = settingsFrom({ rates });
const prepared = caseFromRequest(LatePenaltiesRequestSchema.parse(input), settings);

describe('computeLatePenalties: 1 invoice, 2 payments, 2 half-years', () => {
  bench(
    'validated (public API)',
    () => {
      computeLatePenalties(input, options);
    },
    { time: 3000 },
  );
  bench(
    'unvalidated (computePenaltyCase, @internal)',
    () => {
      computePenaltyCase(prepared, settings);
    },
    { time: 3000 },
  );
});
