// Elapsed time and heap of an aged balance over 1 000 000 generated invoices, streamed from a
// generator. Run: `npx tsx --expose-gc bench/aging-memory.ts` (or `node --expose-gc --import tsx …`).
// Optional first argument: the number of invoices (default 1 000 000).
import { pathToFileURL } from 'node:url';
import { agingReport, type LedgerInvoice } from 'impayes-core';

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

function main(count: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampled = (function* () {
    let i = 0;
    for (const item of generateLedger(count)) {
      if (++i % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      yield item;
    }
  })();
  const start = performance.now();
  const report = agingReport(sampled, { asOf: '2026-01-15' });
  const elapsed = performance.now() - start;
  gc?.();
  const after = process.memoryUsage().heapUsed;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  console.log(`invoices:        ${report.invoiceCount}`);
  console.log(`debtors:         ${report.debtors.length}`);
  console.log(`total:           ${report.total.outstanding} €`);
  console.log(`elapsed:         ${elapsed.toFixed(0)} ms`);
  console.log(
    `heap before:     ${mb(before)}${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
  );
  console.log(`heap peak (≈):   ${mb(peak)}`);
  console.log(`heap after:      ${mb(after)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(Number(process.argv[2] ?? 1_000_000));
}
