export type {
  ErrorPath,
  ImpayesErrorCode,
  ImpayesErrorInit,
  ImpayesIssue,
} from './impayes-error.js';
export { ImpayesError, isImpayesError } from './impayes-error.js';
