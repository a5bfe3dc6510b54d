// Private schemas shared by the deposit module: percents (0–100) and shares (0–1).
import * as z from 'zod/mini';
import { dec, decimalInputProblem } from '../internal/decimal.js';
import { show } from '../internal/validate.js';
import type { MoneyInput } from '../money/internal.js';

function boundedProblem(value: unknown, max: number, what: string): string | undefined {
  const problem = decimalInputProblem(value);
  if (problem !== undefined) return problem;
  const d = dec(value);
  return d.isNegative() || d.gt(max)
    ? `must be ${what} between 0 and ${max}, received ${show(String(value))}`
    : undefined;
}

/** @internal A percent between 0 and 100 inclusive, any precision. */
export const PercentInputSchema = /* @__PURE__ */ z.custom<MoneyInput>().check(
  z.superRefine((value, ctx) => {
    const problem = boundedProblem(value, 100, 'a percent');
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: value });
  }),
);

/** @internal A share between 0 and 1 inclusive (0.25 = a quarter), any precision. */
export const ShareInputSchema = /* @__PURE__ */ z.custom<MoneyInput>().check(
  z.superRefine((value, ctx) => {
    const problem = boundedProblem(value, 1, 'a share');
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: value });
  }),
);
