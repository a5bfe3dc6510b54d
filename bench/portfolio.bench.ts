// Aged balance over 1 000 000 invoices streamed from a generator (issue 8: aim < 2 s, flat
// memory). Heap figures: `npx tsx --expose-gc bench/aging-memory.ts`.

import { bench, describe } from 'vitest';
import { generateLedger } from './ledger-generator.js';
import { agingReport, payerProfile } from './lib.js';

describe('portfolio', () => {
  bench(
    'agingReport, 1 000 000 invoices from a generator',
    () => {
      agingReport(generateLedger(1_000_000), { asOf: '2026-01-15' });
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );

  bench(
    'generator alone, 1 000 000 invoices (baseline)',
    () => {
      for (const _ of generateLedger(1_000_000));
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );

  const debtor = [...generateLedger(20_000)].map((i) => ({ ...i, debtorId: 'D' }));
  bench('payerProfile, one debtor with 20 000 invoices', () => {
    payerProfile(debtor, { asOf: '2026-01-15' });
  });
});
