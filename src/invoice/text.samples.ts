import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessages } from './text.js';

/** @internal Both catalogues of the invoice module, for the catalogue test. */
export const catalogues = invoiceCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: { readonly [C in keyof InvoiceMessages]: ReadonlyArray<InvoiceMessages[C]> } =
  {
    DUE_GIVEN: [{ dueDate: '2026-05-01' }],
    DUE_NO_AGREED_TERM_B2C: [
      { debtor: 'consumer', dueDate: '2026-04-02', from: 'issue' },
      { debtor: 'non_professional', dueDate: '2026-04-20', from: 'delivery' },
    ],
    DUE_NO_TERMS_AFTER_DELIVERY: [{ deliveryDate: '2026-04-01', dueDate: '2026-05-01' }],
    DUE_NO_TERMS_AFTER_ISSUE: [{ issueDate: '2026-04-02', dueDate: '2026-05-02' }],
    DUE_DATE_DIFFERS_FROM_TERMS: [{ given: '2026-06-15', fromTerms: '2026-05-02', rule: 'net-30' }],
    STATUTORY_DEFAULT_NOT_B2B: [{ debtor: 'consumer' }, { debtor: 'non_professional' }],
  };
