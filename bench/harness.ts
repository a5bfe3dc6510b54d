// Timing by CPU time, not wall-clock: on a shared machine a descheduled process loses wall time
// but no CPU time. Many short batches, library and hand-roll interleaved (alternating which runs
// first), medians: a few slow batches (GC, a neighbour's cache pressure) cannot move the figure,
// unlike a mean.

/** CPU time of the whole process (all threads: JIT and GC helpers included), in microseconds. */
export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Results land here so that the optimiser cannot drop a call whose value is unused. */
let sink: unknown;

/** The last result of a timed call (keeps `sink` observable). */
export function lastResult(): unknown {
  return sink;
}

function batch(fn: () => unknown, n: number): number {
  const t0 = cpuMicros();
  for (let i = 0; i < n; i++) sink = fn();
  return cpuMicros() - t0;
}

/** How many calls make a batch of about `targetMicros` of CPU. */
function batchSize(fn: () => unknown, targetMicros: number): number {
  for (let n = 1; ; n *= 4) {
    const t = batch(fn, n);
    if (t >= targetMicros / 8) return Math.max(1, Math.round((n * targetMicros) / t));
  }
}

export function median(values: ReadonlyArray<number>): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface PairResult {
  /** Median CPU microseconds per call. */
  readonly libMicros: number;
  readonly handMicros: number;
  /** Library time ÷ hand-roll time (1.0 = as fast). */
  readonly ratio: number;
  /** Interquartile range of the per-sample ratios, as [p25, p75]. */
  readonly ratioSpread: readonly [number, number];
}

export interface PairOptions {
  readonly samples: number;
  readonly batchMicros: number;
  readonly warmupMicros: number;
}

/** Times `lib` against `hand`: warm-up, then `samples` interleaved batches of each. */
export function comparePair(
  lib: () => unknown,
  hand: () => unknown,
  { samples, batchMicros, warmupMicros }: PairOptions,
): PairResult {
  for (let spent = 0; spent < warmupMicros; ) spent += batch(lib, 50) + batch(hand, 50);
  const nLib = batchSize(lib, batchMicros);
  const nHand = batchSize(hand, batchMicros);
  const libs: number[] = [];
  const hands: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2 === 0) {
      libs.push(batch(lib, nLib) / nLib);
      hands.push(batch(hand, nHand) / nHand);
    } else {
      hands.push(batch(hand, nHand) / nHand);
      libs.push(batch(lib, nLib) / nLib);
    }
  }
  const ratios = libs.map((l, i) => l / (hands[i] as number)).sort((a, b) => a - b);
  const libMicros = median(libs);
  const handMicros = median(hands);
  return {
    libMicros,
    handMicros,
    ratio: libMicros / handMicros,
    ratioSpread: [
      ratios[Math.floor(ratios.length / 4)] as number,
      ratios[Math.floor((3 * ratios.length) / 4)] as number,
    ],
  };
}
