// What the benchmarks import: the public API and the few internal entry points they time.
// `npm run bench:micro` bundles this file with tsup (esbuild, like the published build) into
// .bench/lib.js and the vitest config points `./lib.js` there, so the numbers are those of
// bundled code run natively by Node, not of sources transformed module by module by vite
// (which adds an indirection to every cross-module call). Typecheck and editors use this file.
export * from '../src/index.js';
export { computeLimitation, sortLimitationEvents } from '../src/limitation/limitation-deadline.js';
export {
  caseFromRequest,
  computePenaltyCase,
  LatePenaltiesRequestSchema,
  settingsFrom,
} from '../src/penalties/internal.js';
