// The fuzz harness (issue 12): runs every exported function of a module on arbitrary values and
// on mutated valid calls, and checks the library's promises on each call (see checkCall).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type * as lib from '../../src/index.js';
import {
  badValues,
  cloneResult,
  deepEqual,
  isErrorValue,
  jsonProblem,
  mutateDeep,
  snapshot,
} from './inspect.js';
import { knownFailure, knownFailures, type PropertyKind } from './known-failures.js';
import { anything, buildArgs, type Recipe, recipeArb } from './recipes.js';
import { fuzzedExports, type ModuleName, type Sample, sampleTable } from './samples.js';

const env = process.env;
/** Inputs per function and per mode (arbitrary values, mutations); `npm test` uses the default. */
export const RUNS = Number(env.FUZZ_RUNS ?? 2000);
/** A single call on a small input slower than this is a slow-input trap. */
const SLOW_MS = Number(env.FUZZ_SLOW_MS ?? 1500);
/** A 10^5-item input slower than this fails. */
const HUGE_MS = Number(env.FUZZ_HUGE_MS ?? 15_000);
/** Long runs take minutes per test. */
const TIMEOUT = 3_600_000;
const SEED = env.FC_SEED === undefined ? 20261122 : Number(env.FC_SEED);
/** Report mode: collect every failure into this directory instead of failing. */
const REPORT_DIR = env.FUZZ_REPORT;
const CODES = new Set([
  'INVALID_INPUT',
  'RATE_UNKNOWN',
  'OUT_OF_RANGE',
  'INVALID_TRANSITION',
  'INVALID_POLICY',
]);

/** Report mode: functions whose results alias shared state are not mutated again. */
const aliasingFound = new Set<string>();

/** The messages of the errors thrown by the suite's own getters and proxies (values.ts). */
const CALLER_ERROR = /^(getter|proxy) that throws$/;

export interface Violation {
  readonly kind: PropertyKind;
  readonly detail: string;
}

type Outcome =
  | { readonly ok: true; readonly value: unknown; readonly ms: number }
  | { readonly ok: false; readonly error: unknown; readonly ms: number };

const exports = fuzzedExports as Record<string, (...args: unknown[]) => unknown>;

function invoke(name: string, sample: Sample, args: ReadonlyArray<unknown>): Outcome {
  const fn = exports[name]!;
  // CPU time of this process, not the wall clock: on a loaded machine other processes stretch the
  // wall clock of a long call far more than its own work does.
  const start = process.cpuUsage();
  const ms = () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  try {
    const value = sample.construct
      ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args)
      : sample.invoke !== undefined
        ? sample.invoke(fn, args)
        : fn(...args);
    return { ok: true, value, ms: ms() };
  } catch (error) {
    return { ok: false, error, ms: ms() };
  }
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message.slice(0, 160)}`;
  return `a thrown ${typeof error}`;
}

/** Why a thrown ImpayesError breaks the error contract, or undefined. */
function errorProblem(e: lib.ImpayesError): string | undefined {
  if (typeof e.code !== 'string' || !CODES.has(e.code)) return `code ${String(e.code)}`;
  if (
    !Array.isArray(e.path) ||
    !e.path.every((k) => typeof k === 'string' || typeof k === 'number')
  )
    return 'path is not an array of keys';
  if (typeof e.message !== 'string' || e.message.length > 500)
    return `message of ${String(e.message?.length)} chars`;
  if (/\[object|Invalid Date/.test(e.message)) return `message: ${e.message.slice(0, 200)}`;
  return undefined;
}

function outcomeProblems(o: Outcome, inputText: string): Violation[] {
  const out: Violation[] = [];
  if (o.ms > SLOW_MS) out.push({ kind: 'slow', detail: `${Math.round(o.ms)} ms` });
  if (!o.ok) {
    if (!isErrorValue(o.error)) {
      const kind =
        o.error instanceof Error && CALLER_ERROR.test(o.error.message) ? 'unwrapped' : 'throws';
      return [...out, { kind, detail: describeThrown(o.error) }];
    }
    const problem = errorProblem(o.error);
    return problem === undefined ? out : [...out, { kind: 'error', detail: problem }];
  }
  const bad = badValues(o.value, inputText);
  if (bad.length > 0) out.push({ kind: 'output', detail: bad.join('; ') });
  const json = jsonProblem(o.value);
  if (json !== undefined) out.push({ kind: 'json', detail: json });
  return out;
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.ok && b.ok) return deepEqual(a.value, b.value);
  if (!a.ok && !b.ok) {
    if (isErrorValue(a.error) && isErrorValue(b.error))
      return deepEqual(a.error.toJSON(), b.error.toJSON());
    return describeThrown(a.error) === describeThrown(b.error);
  }
  return false;
}

const showOutcome = (o: Outcome): string =>
  o.ok
    ? `returned ${(JSON.stringify(o.value) ?? String(o.value)).slice(0, 160)}`
    : `threw ${describeThrown(o.error)}`;

/**
 * Calls `name(...args)` three times and lists every broken promise: only ImpayesError is thrown
 * (with a code, a path and a short message); the result is plain JSON without NaN, Infinity, -0,
 * undefined, "[object" or exponent notation; the same call gives the same outcome; the input is
 * left unchanged; changing the result changes neither the input nor a later result.
 */
export function checkCall(name: string, sample: Sample, args: ReadonlyArray<unknown>): Violation[] {
  try {
    return checkCallUnguarded(name, sample, args);
  } catch (e) {
    // The suite could not even inspect the result (it holds the caller's throwing object...).
    return [{ kind: 'output', detail: `the result cannot be inspected: ${describeThrown(e)}` }];
  }
}

function checkCallUnguarded(
  name: string,
  sample: Sample,
  args: ReadonlyArray<unknown>,
): Violation[] {
  const before = snapshot(args);
  const first = invoke(name, sample, args);
  const violations = outcomeProblems(first, before);
  const kept = first.ok ? cloneResult(first.value) : undefined;
  const second = invoke(name, sample, args);
  if (!sameOutcome(first, second))
    violations.push({
      kind: 'determinism',
      detail: `${showOutcome(first)} then ${showOutcome(second)}`,
    });
  if (snapshot(args) !== before) violations.push({ kind: 'input', detail: 'the input changed' });
  else if (first.ok && knownFailure(name, 'aliasing') !== undefined)
    violations.push({ kind: 'aliasing', detail: 'not checked: known to share state' });
  else if (first.ok && !aliasingFound.has(name)) {
    // Mutating a result that aliases module state would spoil every later call of this worker:
    // functions with a known aliasing failure skip this step.
    mutateDeep(first.value);
    if (snapshot(args) !== before)
      violations.push({ kind: 'aliasing', detail: 'changing the result changed the input' });
    const third = invoke(name, sample, args);
    // `kept` is a clone (an error result became its JSON record): compare clones.
    if (!third.ok || !deepEqual(kept, cloneResult(third.value)))
      violations.push({
        kind: 'aliasing',
        detail: `after changing a result, the call ${showOutcome(third)}`,
      });
    if (violations.some((v) => v.kind === 'aliasing')) aliasingFound.add(name);
  }
  return violations;
}

// --- bookkeeping -------------------------------------------------------------------------------

interface Example {
  readonly detail: string;
  readonly input: string;
}

export class Stats {
  inputs = 0;
  readonly skipped = new Map<string, number>();
  readonly found = new Map<string, Example>();

  /** Counts known violations; returns the unknown ones. */
  sort(name: string, violations: ReadonlyArray<Violation>, input: () => string): Violation[] {
    const unknown: Violation[] = [];
    for (const v of violations) {
      const key = `${name} ${v.kind}`;
      if (knownFailure(name, v.kind) !== undefined)
        this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
      else {
        unknown.push(v);
        const text = input();
        const seen = this.found.get(key);
        if (seen === undefined || text.length < seen.input.length)
          this.found.set(key, { detail: v.detail, input: text });
      }
    }
    return unknown;
  }

  summary(module: string, names: ReadonlyArray<string>): string {
    const skippedTotal = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `fuzz ${module}: ${this.inputs} inputs tried; ${skippedTotal} known failures skipped (${this.skipped.size} entries)`,
    ];
    for (const [key, n] of [...this.skipped].sort()) lines.push(`  known ${key}: ${n}`);
    const stale = knownFailures.filter(
      (k) => names.includes(k.fn) && !this.skipped.has(`${k.fn} ${k.kind}`),
    );
    for (const k of stale) lines.push(`  known failure not seen in this run: ${k.fn} ${k.kind}`);
    for (const [key, ex] of this.found) lines.push(`  FOUND ${key}: ${ex.detail} <- ${ex.input}`);
    return lines.join('\n');
  }
}

function seedOf(text: string): number {
  let h = SEED | 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

function showArgs(args: ReadonlyArray<unknown>): string {
  return fc.stringify(args).slice(0, 600);
}

function fail(name: string, unknown: ReadonlyArray<Violation>): void {
  if (unknown.length > 0 && REPORT_DIR === undefined)
    throw new Error(unknown.map((v) => `${name} ${v.kind}: ${v.detail}`).join('\n'));
}

// --- scaling -----------------------------------------------------------------------------------

/**
 * The fastest of `times` runs, in CPU time of this process: on a shared machine the wall clock also
 * counts the time other processes hold the cores (a long run is preempted more often than a short
 * one), and other work only ever adds time, so the minimum is the closest to the algorithm's cost.
 */
function fastestMs(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    try {
      run();
    } catch {
      // an ImpayesError is an answer too: its time counts
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Time of a 10x input over time of the small one (fastest of 5 in CPU time, both sizes warmed up), from the
 * first size (300 items or more) whose call takes at least 5 ms, so that timer noise and fixed
 * costs do not dominate; measured a second time when 20x or more.
 */
function scalingRatio(name: string, sample: Sample): { ratio: number; text: string } {
  const scale = sample.scale!;
  let small = 300;
  let a = scale.args(small);
  // The small input is timed as a batch of 10 calls (10x the items in all, as the big one), so
  // the timer sees ≥ 5 ms without growing the inputs: past ~2·10^4 items a single call's live
  // data outgrows V8's young generation and the per-item cost of a linear function jumps (x29
  // measured for limitationDeadline, 2 400 → 24 000 events, once its fixed costs were gone).
  const tenSmall = () => {
    for (let i = 0; i < 10; i++) invoke(name, sample, a);
  };
  tenSmall(); // warm up: a cold probe over 5 ms would keep a size that runs in < 1 ms
  while (small < 1200 && fastestMs(tenSmall, 3) < 5) {
    small *= 2;
    a = scale.args(small);
  }
  const b = scale.args(small * 10);
  invoke(name, sample, b);
  const measure = () => {
    const ta = fastestMs(tenSmall, 5) / 10;
    const tb = fastestMs(() => invoke(name, sample, b), 5);
    const text = `${small} items: ${ta.toFixed(1)} ms, ${small * 10}: ${tb.toFixed(1)} ms`;
    return { ratio: tb / Math.max(ta, 0.05), text };
  };
  // Up to three measures: a loaded machine stretches one big call now and then.
  let m = measure();
  for (let tries = 1; tries < 3 && m.ratio >= 20; tries++) m = measure();
  return m;
}

// --- the test files ----------------------------------------------------------------------------

/** Registers the fuzz tests of every function of `module` in the sample table. */
export function fuzzModule(module: ModuleName): void {
  const only = env.FUZZ_ONLY?.split(',');
  const names = Object.keys(sampleTable).filter(
    (n) => sampleTable[n]!.module === module && (only === undefined || only.includes(n)),
  );
  const stats = new Stats();

  describe(`fuzz ${module}`, () => {
    afterAll(() => {
      console.log(stats.summary(module, names));
      if (env.FUZZ_STATS_DIR !== undefined) {
        mkdirSync(env.FUZZ_STATS_DIR, { recursive: true });
        const skipped = [...stats.skipped.values()].reduce((a, b) => a + b, 0);
        writeFileSync(
          join(env.FUZZ_STATS_DIR, `${module}.json`),
          JSON.stringify({ inputs: stats.inputs, skipped }),
        );
      }
      if (REPORT_DIR !== undefined) {
        mkdirSync(REPORT_DIR, { recursive: true });
        writeFileSync(
          join(REPORT_DIR, `${module}.json`),
          JSON.stringify(Object.fromEntries(stats.found), null, 1),
        );
      }
    });

    for (const name of names) {
      const sample = sampleTable[name]!;
      const arity = Math.max(1, exports[name]!.length);
      const check = (args: ReadonlyArray<unknown>): void => {
        stats.inputs++;
        fail(
          name,
          stats.sort(name, checkCall(name, sample, args), () => showArgs(args)),
        );
      };

      test(
        `${name}: arbitrary values`,
        () => {
          const args = fc.array(anything, { maxLength: arity + 1 });
          fc.assert(fc.property(args, check), { seed: seedOf(`${name} any`), numRuns: RUNS });
        },
        TIMEOUT,
      );

      test(
        `${name}: mutated valid calls`,
        () => {
          const describeRecipe = (r: Recipe) => () => fc.stringify(r).slice(0, 400);
          fc.assert(
            fc.property(recipeArb(sample), (recipe) => {
              stats.inputs++;
              const args = buildArgs(sample, recipe);
              const unknown = stats.sort(
                name,
                checkCall(name, sample, args),
                describeRecipe(recipe),
              );
              fail(name, unknown);
            }),
            { seed: seedOf(`${name} mutations`), numRuns: RUNS },
          );
        },
        TIMEOUT,
      );

      if (sample.scale !== undefined) {
        const scale = sample.scale;
        test(
          `${name}: a 10x bigger input (${scale.family}) costs < 20x the time`,
          () => {
            if (knownFailure(name, 'scaling')) {
              stats.sort(name, [{ kind: 'scaling', detail: 'not measured' }], () => '');
              return;
            }
            const { ratio, text } = scalingRatio(name, sample);
            const v: Violation[] =
              ratio < 20 ? [] : [{ kind: 'scaling', detail: `x${ratio.toFixed(1)} (${text})` }];
            fail(
              name,
              stats.sort(name, v, () => scale.family),
            );
            expect(ratio > 0).toBe(true);
          },
          TIMEOUT,
        );

        test(
          `${name}: 10^5 items (${scale.family})`,
          () => {
            if (knownFailure(name, 'huge')) {
              stats.sort(name, [{ kind: 'huge', detail: 'not run' }], () => '');
              return;
            }
            const args = scale.args(100_000);
            stats.inputs++;
            const o = invoke(name, sample, args);
            const v = outcomeProblems(o, '').filter((x) => x.kind !== 'slow');
            if (o.ms > HUGE_MS) v.push({ kind: 'huge', detail: `${Math.round(o.ms)} ms` });
            fail(
              name,
              stats.sort(name, v, () => `${scale.family} x 100000`),
            );
          },
          // Wall-clock safety net only: the bound itself is CPU time (a loaded machine stretches the wall).
          HUGE_MS * 8,
        );
      }
    }
  });
}
