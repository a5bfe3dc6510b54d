/**
 * French collection law as dated, sourced data: {@link lawParameterOn} gives the value of a legal
 * parameter in force on a day (the 40 € indemnity, the penalty margins, limitation periods, the
 * injonction de payer delays of décret 2026-96, ceilings, the e-invoicing calendar…) with its
 * article and source; {@link lawParameters} lists every dated value. The engines read the same
 * data. The rules themselves are explained in the [rule book](../../docs/law.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module law
 */

export type {
  LawConfidence,
  LawParameter,
  LawParameterId,
  LawParameterRow,
  LawParameterUnit,
  LawParameterValue,
} from './internal.js';
export {
  lawParameterOn,
  lawParameters,
} from './internal.js';
