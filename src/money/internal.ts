// Everything the money module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type { Amount, MoneyInput, ParseAmountOptions } from './amount.js';
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
} from './amount.js';
