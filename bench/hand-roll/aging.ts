// What a user would write instead of agingReport: one pass over the invoices, float euros,
// Date.parse for the days past due, a Map of per-debtor totals with the C. com. D441-6 buckets
// (not due, 1–30, 31–60, 61–90, 91+). No validation.
import type { LedgerInvoice } from '../../src/portfolio/ledger.js';

const DAY = 86_400_000;
const IDS = ['not_due', '1-30', '31-60', '61-90', '91+'];

interface Totals {
  outstanding: number;
  overdue: number;
  count: number;
  buckets: number[];
  counts: number[];
}

const empty = (): Totals => ({
  outstanding: 0,
  overdue: 0,
  count: 0,
  buckets: [0, 0, 0, 0, 0],
  counts: [0, 0, 0, 0, 0],
});

function bucketOf(days: number): number {
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  return days <= 90 ? 3 : 4;
}

function add(t: Totals, amount: number, bucket: number): void {
  t.outstanding += amount;
  if (bucket > 0) t.overdue += amount;
  t.count++;
  t.buckets[bucket] = (t.buckets[bucket] as number) + amount;
  t.counts[bucket] = (t.counts[bucket] as number) + 1;
}

function show(t: Totals) {
  return {
    outstanding: t.outstanding.toFixed(2),
    overdue: t.overdue.toFixed(2),
    count: t.count,
    buckets: IDS.map((id, i) => ({
      id,
      outstanding: (t.buckets[i] as number).toFixed(2),
      count: t.counts[i] as number,
    })),
  };
}

/** Aged balance on `asOf` of a stream of invoices. */
export function handRollAging(invoices: Iterable<LedgerInvoice>, asOf: string) {
  const now = Date.parse(asOf);
  const debtors = new Map<string, Totals>();
  const total = empty();
  let invoiceCount = 0;
  let settledCount = 0;
  for (const inv of invoices) {
    invoiceCount++;
    let open = Number(inv.amount);
    for (const p of inv.payments ?? []) if (p.date <= asOf) open -= Number(p.amount);
    open = Math.round(open * 100) / 100;
    let d = debtors.get(inv.debtorId);
    if (d === undefined) {
      d = empty();
      debtors.set(inv.debtorId, d);
    }
    if (open <= 0) {
      settledCount++;
      continue;
    }
    const bucket = bucketOf(Math.round((now - Date.parse(inv.dueDate)) / DAY));
    add(d, open, bucket);
    add(total, open, bucket);
  }
  return {
    asOf,
    total: show(total),
    debtors: [...debtors.keys()].sort().map((id) => ({ debtorId: id, ...show(debtors.get(id)!) })),
    invoiceCount,
    settledCount,
  };
}
