// Everything the errors module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export { inputLimits } from '../internal/limits.js';
export type {
  ErrorPath,
  ImpayesErrorCode,
  ImpayesErrorInit,
  ImpayesIssue,
} from './impayes-error.js';
export { ImpayesError, isImpayesError } from './impayes-error.js';
