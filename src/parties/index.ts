/**
 * Who owes: the debtor kinds ({@link DebtorKind}) that select the legal regime, and checks of French
 * company identifiers (SIREN, SIRET, intra-EU VAT number).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module parties
 */

export type { DebtorKind } from './internal.js';
export {
  DebtorKindSchema,
  debtorKindLabels,
  frenchVatNumber,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
} from './internal.js';
