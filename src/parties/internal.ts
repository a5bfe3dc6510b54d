// Everything the parties module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type { DebtorKind } from './debtor-kind.js';
export { DebtorKindSchema, debtorKindLabels } from './debtor-kind.js';
export {
  frenchVatNumber,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
} from './identifiers.js';
