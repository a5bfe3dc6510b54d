export type {
  LawParameter,
  LawParameterId,
  LawParameterValue,
} from './law-parameters.js';
/** @internal Engine accessors, not re-exported by the package root. */
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
