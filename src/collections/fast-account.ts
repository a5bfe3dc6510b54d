// The fast validators of nextCustomerDunningStep's account and options (issue 17): the shapes of
// AccountSchema and of the options schema checked by hand with the same predicates. Anything
// unusual (a class instance, an unknown key, an invalid field) goes to the zod schema, which
// decides and builds the error. A property test compares both on random and mutated inputs.
import {
  anything,
  array,
  dateText,
  type Fast,
  object,
  oneOf,
  optional,
  required,
  text,
} from '../internal/fast.js';

const debtorKind = oneOf(['professional', 'consumer', 'public', 'non_professional']);
const fieldText = text(1, 1000);

/** @internal The fast validator of `AccountSchema` (fields in the schema's order). */
export const fastAccount: Fast = /* @__PURE__ */ object(
  {
    debtor: required(
      object(
        {
          id: required(fieldText),
          name: required(fieldText),
          kind: required(debtorKind),
          email: optional(fieldText),
          address: optional(fieldText),
          phone: optional(fieldText),
          siren: optional(fieldText),
        },
        true,
      ),
    ),
    invoices: required(
      array(
        object(
          // `invoice: undefined` is valid (the key must be there): left to the schema.
          { invoice: required(anything), events: optional(array(anything, 100_000)) },
          true,
        ),
        100_000,
      ),
    ),
    policy: optional(anything),
    lastContactOn: optional(dateText),
  },
  true,
);

/** @internal The fast validator of the options of nextCustomerDunningStep and planDunningRun. */
export const fastCustomerOptions: Fast = /* @__PURE__ */ object(
  {
    today: required(dateText),
    policy: optional(anything),
    rates: optional(anything),
    locale: optional(oneOf(['fr', 'en'])),
  },
  true,
);
