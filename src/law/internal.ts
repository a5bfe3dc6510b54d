// Everything the law module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

// lawParameterOn and lawParameters are public; the engine accessors (tagged @internal) read the
// values only (engine-values.ts), so that engines do not pull articles, sources and notes.
export * from './articles.js';
export {
  lawArticleFor,
  lawEuros,
  lawNextRow,
  lawNumber,
  lawNumberOn,
  lawRowFor,
  lawRowOn,
  lawStart,
} from './engine-values.js';
export type {
  LawParameter,
  LawParameterId,
  LawParameterValue,
} from './law-parameters.js';
export { lawParameterOn, lawParameters } from './law-parameters.js';
export type { LawConfidence, LawParameterRow, LawParameterUnit, LawValue } from './types.js';
