// A deterministic ledger of invoices streamed from a generator, for the aged-balance benchmarks
// (bench/run.ts, bench/portfolio.bench.ts, bench/aging-memory.ts).
import type { LedgerInvoice } from '../src/portfolio/ledger.js';

/** A tiny deterministic PRNG (mulberry32), so every run streams the same ledger. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Streams `n` invoices over 2025–2026, 5 000 debtors, a third part- or fully paid. */
export function* generateLedger(n: number, seed = 42): Generator<LedgerInvoice> {
  const rand = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const issueDate = `2025-${pad(month)}-${pad(day)}`;
    const dueMonth = month === 12 ? 1 : month + 1;
    const dueDate = `${month === 12 ? 2026 : 2025}-${pad(dueMonth)}-${pad(day)}`;
    const cents = 1_000 + Math.floor(rand() * 500_000);
    const amount = cents / 100;
    const r = rand();
    yield {
      id: i,
      debtorId: `D${Math.floor(rand() * 5_000)}`,
      issueDate,
      dueDate,
      amount,
      ...(r < 0.2
        ? { payments: [{ date: dueDate, amount }] }
        : r < 0.33
          ? { payments: [{ date: dueDate, amount: Math.floor(cents / 2) / 100 }] }
          : {}),
    };
  }
}
