// Failures the fuzz suite finds today and that are being fixed on other branches (issue 12). Each
// entry silences ONE property of ONE function; the suite prints how many inputs each entry
// silenced and flags entries that no longer fire. Empty this list as the fixes land.
// Details and minimal inputs: the team's fuzz findings note.

/** What the fuzz suite checks on each call. */
export type PropertyKind =
  /** threw something that is not an ImpayesError (a TypeError, a raw DecimalError...) */
  | 'throws'
  /** let the caller's own error escape unwrapped (a getter or a Proxy that throws) */
  | 'unwrapped'
  /** an ImpayesError without string code, array path, or with a message over 500 chars / "[object" */
  | 'error'
  /** NaN, Infinity, -0, undefined, "[object", exponent notation or a class instance in the result */
  | 'output'
  /** JSON.parse(JSON.stringify(result)) differs from the result */
  | 'json'
  /** the same call twice gave different outcomes */
  | 'determinism'
  /** the call changed its input */
  | 'input'
  /** changing a result changed a later result or the input (shared state) */
  | 'aliasing'
  /** one small call took more than the slow-call bound */
  | 'slow'
  /** a 10x bigger input took 20x the time or more */
  | 'scaling'
  /** a 10^5-item input failed or took too long */
  | 'huge';

export interface KnownFailure {
  readonly fn: string;
  readonly kind: PropertyKind;
  readonly reason: string;
}

export const knownFailures: ReadonlyArray<KnownFailure> = [
  // Empty since 2026-12-06: every failure found by the suite is fixed. Add an entry only with an
  // open issue that tracks the fix.
  // Collections (issue 15): customerStatement over one account of 10^5 invoices. The scaling test
  // passes (linear), but the call takes 15-25 s under vitest on the loaded 2-core machine, over the
  // 15 s bound. To speed up per invoice (nextCustomerDunningStep's entry went on 2026-12-07: each
  // invoice is now validated and decided once).
  // nextCustomerDunningStep over the same account: 12.6 s of CPU alone since each invoice is
  // decided once (2026-12-07), but 17.2 s under `npm test`'s coverage instrumentation.
  {
    fn: 'nextCustomerDunningStep',
    kind: 'huge',
    reason:
      '10^5 invoices in one account: 12.6 s CPU alone, 17.2 s under coverage (bound 15 s; linear)',
  },
  {
    fn: 'customerStatement',
    kind: 'huge',
    reason:
      '10^5 invoices in one account: over 15 s under vitest (linear, about 0.15 ms per invoice)',
  },
];

/** The entry silencing `kind` for `fn`, if any. */
export function knownFailure(fn: string, kind: PropertyKind): KnownFailure | undefined {
  return knownFailures.find((k) => k.fn === fn && k.kind === kind);
}
