// The fast validator of an invoice (issue 17): the common invoice (lines or printed totals, a
// buyer and seller without legal identifiers, payments, credit notes, mentions) checked by hand
// with the schema's own predicates and cross-field rules. Payment terms, a penalty clause, SIREN,
// SIRET and VAT numbers go to InvoiceSchema, which decides and builds the error. A property test
// compares both.
import { FrenchRegionSchema } from '../dates/holidays.js';
import { dec, decimalInputProblem } from '../internal/decimal.js';
import {
  absent,
  array,
  dateText,
  defaulted,
  type Fast,
  NOT_FAST,
  object,
  oneOf,
  optional,
  required,
  text,
  when,
} from '../internal/fast.js';
import {
  isMoneyInput,
  isNonNegativeDecimalInput,
  isNonNegativeMoneyInput,
  isPositiveMoneyInput,
} from '../money/amount.js';
import { centsOfPlainText } from '../money/kernel.js';
import { amountIssues, dateOrderIssues } from './invoice.schema.js';

const anyText = text();
const bool = when((v) => typeof v === 'boolean');

const party = object(
  {
    kind: required(oneOf(['professional', 'consumer', 'public', 'non_professional'])),
    name: required(text(1)),
    siren: absent,
    siret: absent,
    vatNumber: absent,
    region: optional(oneOf(FrenchRegionSchema.options)),
    address: optional(anyText),
    vatOnDebits: optional(bool),
  },
  true,
);

const vatRate = when(
  (v) => isNonNegativeDecimalInput(v) && !(decimalInputProblem(v) === undefined && dec(v).gt(100)),
);

const line = object(
  {
    description: required(anyText),
    quantity: required(when(isNonNegativeDecimalInput)),
    unitPriceExclVat: required(when(isMoneyInput)),
    vatRatePercent: required(vatRate),
  },
  true,
);

const nonNegativeMoney = when(isNonNegativeMoneyInput);
const totals = object(
  {
    exclVat: required(nonNegativeMoney),
    vat: required(nonNegativeMoney),
    inclVat: required(nonNegativeMoney),
  },
  true,
);

const moneyMove = object(
  {
    date: required(dateText),
    amount: required(when(isPositiveMoneyInput)),
    reference: optional(anyText),
  },
  true,
);

const mentions = object(
  {
    dueDateShown: optional(bool),
    discountTerms: optional(anyText),
    penaltyRateText: optional(anyText),
    recoveryIndemnityShown: optional(bool),
    operationNature: optional(oneOf(['goods', 'services', 'both'])),
    deliveryAddress: optional(anyText),
    deliveredToBillingAddress: optional(bool),
    vatOnDebitsOption: optional(bool),
  },
  true,
);

const lines = array(line);
const nonEmptyLines: Fast = (value) =>
  Array.isArray(value) && value.length > 0 ? lines(value) : NOT_FAST;

/** @internal The fast validator of `InvoiceSchema`. */
export const fastInvoice: Fast = /* @__PURE__ */ object(
  {
    number: required(text(1)),
    issueDate: required(dateText),
    deliveryDate: optional(dateText),
    dueDate: optional(dateText),
    terms: absent,
    currency: defaulted(oneOf(['EUR']), () => 'EUR'),
    seller: optional(party),
    buyer: required(party),
    lines: optional(nonEmptyLines),
    totals: optional(totals),
    latePenaltyClause: absent,
    payments: defaulted(array(moneyMove), () => []),
    creditNotes: defaulted(array(moneyMove), () => []),
    mentions: optional(mentions),
  },
  true,
  crossFieldsHold,
);

/**
 * `crossFieldIssues(out, true)` is empty: the same two steps, with printed totals given as plain
 * cent texts added in integer cents (exact) instead of decimal.js; any other form takes the
 * schema's own step.
 */
function crossFieldsHold(out: Record<string, unknown>): boolean {
  if (dateOrderIssues(out).length > 0) return false;
  const t = out.totals as Record<string, unknown> | undefined;
  if (out.lines === undefined && t !== undefined) {
    const excl = centsOfPlainText(t.exclVat);
    const vat = centsOfPlainText(t.vat);
    const incl = centsOfPlainText(t.inclVat);
    if (excl !== undefined && vat !== undefined && incl !== undefined) return excl + vat === incl;
  }
  return amountIssues(out, true).length === 0;
}
