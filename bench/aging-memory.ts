// Elapsed time and heap of an aged balance over 1 000 000 generated invoices, streamed from a
// generator. Run: `npx tsx --expose-gc bench/aging-memory.ts` (or `node --expose-gc --import tsx …`).
// Optional first argument: the number of invoices (default 1 000 000).
import { pathToFileURL } from 'node:url';
import { agingReport } from 'impayes-core';
import { generateLedger } from './ledger-generator.js';

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
