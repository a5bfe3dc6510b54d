// The fast validators of computeLatePenalties' input and options (issue 17): a debt given by its
// fields or by a common invoice, checked by hand with the schemas' own predicates and cross-field
// rules. A penalty clause, or an invoice the invoice module's fast check leaves to its schema, go
// to LatePenaltiesRequestSchema, which decides and builds the error. A property test compares both.
import {
  absent,
  array,
  dateText,
  type Fast,
  object,
  oneOf,
  optional,
  required,
  text,
  when,
} from '../internal/fast.js';
import { fastInvoice } from '../invoice/fast-invoice.js';
import { isNonNegativeMoneyInput, isPositiveMoneyInput } from '../money/amount.js';
import { checkDebtFields, checkDebtSource } from './late-penalties.schema.js';

const positiveMoney = when(isPositiveMoneyInput);

/** @internal The fast validator of `LatePenaltiesRequestSchema` (fields in the schema's order). */
export const fastLatePenaltiesRequest: Fast = /* @__PURE__ */ object(
  {
    debtor: optional(oneOf(['professional', 'consumer', 'public', 'non_professional'])),
    amount: optional(positiveMoney),
    amountExclVat: optional(positiveMoney),
    dueDate: optional(dateText),
    payments: optional(
      array(
        object(
          {
            date: required(dateText),
            amount: required(positiveMoney),
            reference: optional(text()),
          },
          true,
        ),
      ),
    ),
    invoice: optional(fastInvoice),
    asOf: required(dateText),
    clause: absent,
    formalNoticeDate: optional(dateText),
    judgment: optional(object({ servedOn: required(dateText) }, true)),
    insolvencyOpenedOn: optional(dateText),
    additionalRecoveryCosts: optional(when(isNonNegativeMoneyInput)),
    capitalisation: optional(
      object({ from: required(dateText), source: required(oneOf(['contract', 'judgment'])) }, true),
    ),
  },
  true,
  (out) => {
    const issues: Parameters<typeof checkDebtSource>[1] = [];
    checkDebtSource(out, issues);
    checkDebtFields(out, issues);
    return issues.length === 0;
  },
);

/** @internal The fast validator of `LatePenaltiesOptionsSchema`. */
export const fastLatePenaltiesOptions: Fast = /* @__PURE__ */ object(
  {
    rateMode: optional(oneOf(['per-half-year', 'fixed-at-start'])),
    dayCount: optional(oneOf(['ACT/365', 'ACT/ACT'])),
    base: optional(oneOf(['incl-vat', 'excl-vat'])),
    allocation: optional(oneOf(['principal-first', 'interest-first'])),
    onBelowFloor: optional(oneOf(['warn', 'apply-floor'])),
    onUnknownRate: optional(oneOf(['throw', 'warn'])),
    legalRateCategory: optional(oneOf(['other', 'consumer-creditor'])),
    rates: optional(when((v) => typeof v === 'object' && v !== null && !Array.isArray(v))),
    locale: optional(oneOf(['fr', 'en'])),
  },
  true,
);
