/**
 * Money as exact decimal strings ({@link Amount}, such as `'1234.50'`): parsing ({@link parseAmount},
 * {@link parseFrenchAmount}), rounding to the cent and French formatting ({@link formatEuros}).
 * See the [foundation guide](../../docs/foundation.md).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 * @module money
 */

export type {
  Amount,
  MoneyInput,
  ParseAmountOptions,
} from './internal.js';
export {
  AmountSchema,
  formatEuros,
  MoneyAmountInputSchema,
  MoneyInputSchema,
  NonNegativeDecimalInputSchema,
  NonNegativeMoneyInputSchema,
  PositiveMoneyInputSchema,
  parseAmount,
  parseFrenchAmount,
  roundToCents,
} from './internal.js';
