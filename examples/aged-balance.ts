// Prints the aged balance (balance âgée) of a generated ledger as a table, then the three
// riskiest debtors' profiles. Run: `npx tsx examples/aged-balance.ts`.
import {
  addDays,
  agingReport,
  formatEuros,
  formatLongDate,
  type LedgerInvoice,
  payerProfile,
} from 'impayes-core';

const asOf = '2026-03-31';

/** A tiny seeded PRNG (mulberry32): the same ledger on every run. */
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

// Each client pays its own way: the share of invoices it pays, and how late (days after the due date).
const clients = [
  { name: 'Boulangerie Martin', pays: 1, late: [-5, 2] },
  { name: 'Garage Dupont', pays: 0.97, late: [-2, 12] },
  { name: 'SCI Les Tilleuls', pays: 0.85, late: [10, 45] },
  { name: 'Agence Horizon', pays: 0.5, late: [30, 80] },
  { name: 'Mairie de Vals', pays: 1, late: [5, 25] },
] as const;

function* ledger(count: number): Generator<LedgerInvoice> {
  const rand = mulberry32(2026);
  for (let i = 1; i <= count; i++) {
    const client = clients[Math.floor(rand() * clients.length)] as (typeof clients)[number];
    const issueDate = addDays(asOf, -Math.floor(rand() * 150));
    const dueDate = addDays(issueDate, rand() < 0.5 ? 30 : 45);
    const amount = (100 + Math.floor(rand() * 490_000) / 100).toFixed(2);
    const [from, to] = client.late;
    const payDate = addDays(dueDate, from + Math.floor(rand() * (to - from + 1)));
    const r = rand();
    yield {
      id: `F-2026-${String(i).padStart(4, '0')}`,
      debtorId: client.name,
      issueDate,
      dueDate,
      amount,
      ...(r < client.pays && payDate <= asOf
        ? { payments: [{ date: payDate, amount }] }
        : r < client.pays
          ? {}
          : { payments: [{ date: issueDate, amount: (Number(amount) * 0.3).toFixed(2) }] }),
      ...(r > 0.98 ? { disputed: true } : {}),
    };
  }
}

const report = agingReport(ledger(300), { asOf });
// French figures: a decimal comma, a share as a percentage (from the decimal string, no float maths).
const comma = (value: number | string | null): string =>
  value === null ? '—' : String(value).replace('.', ',');
const percent = (share: number | string | null): string => {
  if (share === null) return '—';
  const [int = '0', frac = ''] = String(share).split('.');
  const digits = frac.padEnd(2, '0');
  const rest = digits.slice(2);
  return `${Number(int + digits.slice(0, 2))}${rest ? `,${rest}` : ''} %`;
};
const head = ['Client', ...report.buckets.map((b) => b.labelMessage.message), 'Total'];
const rows = [
  ...report.debtors.map((d) => [
    d.debtorId,
    ...d.buckets.map((b) => formatEuros(b.outstanding)),
    formatEuros(d.outstanding),
  ]),
  [
    'Total',
    ...report.total.buckets.map((b) => formatEuros(b.outstanding)),
    formatEuros(report.total.outstanding),
  ],
];
const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] as string).length)));
const line = (cells: ReadonlyArray<string>) =>
  cells
    .map((c, k) => (k === 0 ? c.padEnd(widths[k] as number) : c.padStart(widths[k] as number)))
    .join(' │ ');

console.log(`Balance âgée au ${formatLongDate(asOf)} (${report.invoiceCount} factures, TTC)\n`);
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of rows.slice(0, -1)) console.log(line(r));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
console.log(line(rows[rows.length - 1] as string[]));
console.log(
  `\nÉchu : ${formatEuros(report.total.overdue)} · avoirs à rembourser : ${formatEuros(report.total.credit)}`,
);
for (const w of report.warnings) console.log(`! ${w.message}`);

console.log('\nProfils payeurs :');
for (const d of report.debtors) {
  const p = payerProfile(ledger(300), { asOf, debtorId: d.debtorId, creditLimit: 30_000 });
  console.log(
    `  ${d.debtorId.padEnd(20)} note ${p.grade} · retard moyen ${comma(p.averageDaysLate)} j · max ${p.maxDaysLate} j · factures en retard ${percent(p.lateShare)} · ${p.reasons.map((r) => r.labelMessage.message).join(', ') || '—'}`,
  );
}
