// Everything the law module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type {
  LawParameter,
  LawParameterId,
  LawParameterValue,
} from './law-parameters.js';
// lawParameterOn and lawParameters are public; the others (tagged @internal) are engine accessors.
export {
  lawNextRow,
  lawNumber,
  lawNumberOn,
  lawParameterOn,
  lawParameters,
  lawRowFor,
  lawRowOn,
  lawStart,
} from './law-parameters.js';
export type { LawConfidence, LawParameterRow, LawParameterUnit } from './types.js';
