export type { DebtorKind } from './debtor-kind.js';
export { DebtorKindSchema, debtorKindLabels } from './debtor-kind.js';
export {
  frenchVatNumber,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
} from './identifiers.js';
