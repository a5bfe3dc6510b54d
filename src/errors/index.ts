/**
 * The one error type of the library. Every invalid input throws an {@link ImpayesError} with a
 * stable `code`, a `path` to the offending field and a short English message; `safe*` functions
 * return it instead of throwing.
 *
 * Test errors with {@link isImpayesError} rather than `instanceof ImpayesError`: the package ships an
 * ESM and a CommonJS build, and an app (or its test runner) can load both, so an error thrown by one
 * copy is not an `instanceof` the other copy's class. `isImpayesError` recognises both.
 * See the [foundation guide](../../docs/foundation.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module errors
 */

export type {
  ErrorPath,
  ImpayesErrorCode,
  ImpayesErrorInit,
  ImpayesIssue,
} from './internal.js';
export {
  ImpayesError,
  inputLimits,
  isImpayesError,
} from './internal.js';
