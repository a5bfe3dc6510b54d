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
