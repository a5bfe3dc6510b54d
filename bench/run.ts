// `npm run bench`: the calls of issue 17's targets, each timed against the naive float hand-roll
// of the same job (bench/hand-roll/) in this one process. Medians of CPU time over interleaved
// batches (bench/harness.ts); library ops/s, hand-roll ops/s and the time ratio (≤ 1.0 is the
// target). Then an aged balance over 1 000 000 streamed invoices: CPU time and peak heap over the
// baseline for the library, the hand-roll and the generator alone. About a minute of CPU.
// Options: --samples=N (default 41), --invoices=N (default 1 000 000), --rounds=N (default 3).
import { cpus, loadavg } from 'node:os';
import {
  agingAsOf,
  customerAccount,
  customerToday,
  dunningCases,
  invoice,
  limitationAsOf,
  limitationClaim,
  penaltiesRequest,
} from './cases.js';
import { handRollAging } from './hand-roll/aging.js';
import { handRollCustomerStep } from './hand-roll/customer.js';
import { type HandEvent, handRollNextStep } from './hand-roll/dunning.js';
import { handRollLimitation } from './hand-roll/limitation.js';
import { handRollPenalties } from './hand-roll/penalties.js';
import { comparePair, cpuMicros, lastResult, median, type PairResult } from './harness.js';
import { generateLedger } from './ledger-generator.js';
import {
  agingReport,
  computeLatePenalties,
  type LedgerInvoice,
  limitationDeadline,
  nextCustomerDunningStep,
  nextDunningStep,
} from './lib.js';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
}

const samples = option('samples', 41);
const invoices = option('invoices', 1_000_000);
const rounds = option('rounds', 3);
const gc = (globalThis as { gc?: () => void }).gc;

interface Target {
  readonly name: string;
  readonly lib: () => unknown;
  readonly hand: () => unknown;
  /** The figures both must agree on, as text (the hand-roll is only a fair rival if it does). */
  readonly agree: () => [string, string];
}

// biome-ignore lint/suspicious/noExplicitAny: results are compared field by field below
type Any = any;

const penaltiesFields = (r: Any) =>
  `${r.interest} ${r.indemnity} ${r.principalOutstanding} ${r.segments.length}`;
const dunningFields = (r: Any) =>
  [
    r.step.id,
    r.dueOn,
    r.late,
    r.amounts.principal,
    r.amounts.penalties,
    r.amounts.total,
    r.formalNoticeDeadline,
    r.warnings.map((w: Any) => w.code).join('+'),
  ].join(' ');
const limitationFields = (r: Any) =>
  [r.deadline, r.status, r.daysLeft, r.title?.deadline ?? null]
    .concat(r.trail.map((t: Any) => `${t.effect}:${t.deadlineAfter}`))
    .join(' ');

/** The figures of a customer decision; the library's lines are read into the hand-roll's shape. */
const customerFields = (r: Any) =>
  [
    r.type,
    r.kind,
    r.channel,
    r.dueOn,
    r.late,
    r.lastContact,
    r.nextContactFrom,
    r.idempotencyKey,
    r.listed.join('+'),
    r.totals.principal,
    r.totals.penalties,
    r.totals.indemnity,
    r.totals.total,
    r.records.map((x: Any) => `${x.invoiceNumber}:${x.event.stepId}:${x.event.channel}`).join('+'),
    r.claims.map((c: Any) => `${c.number}:${c.paidOn}:${c.total}`).join('+'),
  ].join(' ');
const libCustomerFields = (r: Any) =>
  customerFields({
    ...r,
    lastContact: r.lastContactOn,
    listed: r.lines.filter((l: Any) => l.amounts !== null).map((l: Any) => l.invoice.number),
    claims: r.lines
      .filter((l: Any) => l.claimable !== null)
      .map((l: Any) => ({ number: l.invoice.number, ...l.claimable })),
  });

const libCustomer = () => nextCustomerDunningStep(customerAccount, { today: customerToday });
const handCustomer = () => handRollCustomerStep(customerAccount, customerToday);

const handPenalties = () =>
  handRollPenalties(
    penaltiesRequest.amount,
    penaltiesRequest.dueDate,
    penaltiesRequest.payments,
    penaltiesRequest.asOf,
  );

const targets: Target[] = [
  {
    name: 'computeLatePenalties (B2B, 2 half-years, 1 payment)',
    lib: () => computeLatePenalties(penaltiesRequest),
    hand: handPenalties,
    agree: () => [
      penaltiesFields(computeLatePenalties(penaltiesRequest)),
      penaltiesFields(handPenalties()),
    ],
  },
  ...dunningCases.map(
    ({ label, events, today }): Target => ({
      name: `nextDunningStep (${label})`,
      lib: () => nextDunningStep(invoice, events, { today }),
      hand: () => handRollNextStep(invoice, events as ReadonlyArray<HandEvent>, today),
      agree: () => [
        dunningFields(nextDunningStep(invoice, events, { today })),
        dunningFields(handRollNextStep(invoice, events as ReadonlyArray<HandEvent>, today)),
      ],
    }),
  ),
  {
    name: 'limitationDeadline (12 events)',
    lib: () => limitationDeadline(limitationClaim, { asOf: limitationAsOf }),
    hand: () => handRollLimitation(limitationClaim, limitationAsOf),
    agree: () => [
      limitationFields(limitationDeadline(limitationClaim, { asOf: limitationAsOf })),
      limitationFields(handRollLimitation(limitationClaim, limitationAsOf)),
    ],
  },
  {
    name: 'nextCustomerDunningStep (10 invoices, 14 events)',
    lib: libCustomer,
    hand: handCustomer,
    agree: () => [libCustomerFields(libCustomer()), customerFields(handCustomer())],
  },
];

const fmtOps = (micros: number) => Math.round(1e6 / micros).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function printPair(name: string, r: PairResult, same: boolean): void {
  console.log(
    `${name.padEnd(54)}${fmtOps(r.libMicros).padStart(10)}${fmtOps(r.handMicros).padStart(12)}` +
      `${`${r.ratio.toFixed(2)}×`.padStart(9)}  (${r.ratioSpread[0].toFixed(2)}–${r.ratioSpread[1].toFixed(2)})` +
      `  ${same ? 'yes' : 'NO'}`,
  );
}

function runTargets(): void {
  console.log(
    `${'call (validated input)'.padEnd(54)}${'lib ops/s'.padStart(10)}${'hand ops/s'.padStart(12)}` +
      `${'ratio'.padStart(9)}  (p25–p75)    same figures`,
  );
  for (const t of targets) {
    const [lib, hand] = t.agree();
    const r = comparePair(t.lib, t.hand, { samples, batchMicros: 4_000, warmupMicros: 300_000 });
    printPair(t.name, r, lib === hand);
    // A float hand-roll can be a cent off (a product like 1.215 stored as 1.2149…): shown, not hidden.
    if (lib !== hand) console.log(`    library:   ${lib}\n    hand-roll: ${hand}`);
  }
}

interface StreamRun {
  readonly micros: number;
  readonly peak: number;
  readonly result: unknown;
}

/** One pass over a fresh generator, sampling the heap every 10 000 invoices. */
function streamRun(consume: (items: Iterable<LedgerInvoice>) => unknown): StreamRun {
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampled = (function* () {
    let i = 0;
    for (const item of generateLedger(invoices)) {
      if (++i % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      yield item;
    }
  })();
  const t0 = cpuMicros();
  const result = consume(sampled);
  return { micros: cpuMicros() - t0, peak: peak - baseline, result };
}

const agingFields = (r: Any) =>
  [
    r.invoiceCount,
    r.settledCount,
    r.debtors.length,
    r.total.outstanding,
    r.total.overdue,
    ...r.total.buckets.map((b: Any) => `${b.outstanding}/${b.count}`),
  ].join(' ');

function runAging(): void {
  const runners = {
    library: (items: Iterable<LedgerInvoice>) => agingReport(items, { asOf: agingAsOf }),
    'hand-roll': (items: Iterable<LedgerInvoice>) => handRollAging(items, agingAsOf),
    'generator alone': (items: Iterable<LedgerInvoice>) => {
      let n = 0;
      for (const _ of items) n++;
      return n;
    },
  };
  const names = Object.keys(runners) as (keyof typeof runners)[];
  const runs = new Map(names.map((n) => [n, [] as StreamRun[]]));
  for (let round = 0; round < rounds; round++) {
    // Rotate the order so that no runner always follows the same one.
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as keyof typeof runners;
      runs.get(name)?.push(streamRun(runners[name]));
    }
  }
  const cpu = (n: keyof typeof runners) => median(runs.get(n)!.map((r) => r.micros)) / 1e6;
  const peak = (n: keyof typeof runners) => median(runs.get(n)!.map((r) => r.peak));
  const same =
    agingFields(runs.get('library')![0]!.result) === agingFields(runs.get('hand-roll')![0]!.result);
  const gen = cpu('generator alone');
  console.log(
    `\naged balance, ${invoices.toLocaleString('en-US')} invoices streamed, median of ${rounds} runs` +
      `${gc === undefined ? ' (run node with --expose-gc for heap figures)' : ''}`,
  );
  for (const n of names) {
    const net =
      n === 'generator alone' ? '' : `, ${(cpu(n) - gen).toFixed(2)} s net of the generator`;
    console.log(
      `  ${n.padEnd(16)} CPU ${cpu(n).toFixed(2)} s${net}; heap peak over baseline ${mb(peak(n))}`,
    );
  }
  console.log(
    `  ratio library ÷ hand-roll: ${(cpu('library') / cpu('hand-roll')).toFixed(2)}× ` +
      `(${((cpu('library') - gen) / (cpu('hand-roll') - gen)).toFixed(2)}× net of the generator); ` +
      `same totals: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) {
    console.log(`    library:   ${agingFields(runs.get('library')![0]!.result)}`);
    console.log(`    hand-roll: ${agingFields(runs.get('hand-roll')![0]!.result)}`);
  }
}

const started = performance.now();
const cpuStart = cpuMicros();
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ` +
    `load average ${loadavg()[0]?.toFixed(2)}; ${samples} samples per call\n`,
);
runTargets();
runAging();
lastResult();
console.log(
  `\ntotal: ${((cpuMicros() - cpuStart) / 1e6).toFixed(1)} s CPU, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s elapsed`,
);
