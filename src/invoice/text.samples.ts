import { invoiceCatalogues } from './text.catalogues.js';
import type { InvoiceMessages } from './text.js';

/** @internal Both catalogues of the invoice module, for the catalogue test. */
export const catalogues = invoiceCatalogues;

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: { readonly [C in keyof InvoiceMessages]: ReadonlyArray<InvoiceMessages[C]> } =
  {
    DUE_GIVEN: [{ dueDate: '2026-05-01' }],
    DUE_NO_AGREED_TERM_B2C: [
      { debtor: 'consumer', dueDate: '2026-04-02', from: 'issue', days: 30 },
      { debtor: 'non_professional', dueDate: '2026-04-20', from: 'delivery', days: 30 },
    ],
    DUE_NO_TERMS_AFTER_DELIVERY: [{ days: 30, deliveryDate: '2026-04-01', dueDate: '2026-05-01' }],
    DUE_NO_TERMS_AFTER_ISSUE: [{ days: 30, issueDate: '2026-04-02', dueDate: '2026-05-02' }],
    DUE_DATE_DIFFERS_FROM_TERMS: [{ given: '2026-06-15', fromTerms: '2026-05-02', rule: 'net-30' }],
    STATUTORY_DEFAULT_NOT_B2B: [
      { debtor: 'consumer', days: 30 },
      { debtor: 'non_professional', days: 1 },
    ],
    MENTION_REQUIRED: [
      { buyer: 'professional', fromDueDate: true },
      { buyer: 'public', fromDueDate: false },
    ],
    MENTION_INDEMNITY_REQUIRED: [
      { buyer: 'professional', indemnity: '40.00' },
      { buyer: 'public', indemnity: '40.00' },
    ],
    MENTIONS_NOT_FOR_CONSUMERS: [{ debtor: 'consumer' }, { debtor: 'non_professional' }],
    REFORM_NOT_YET: [
      { from: '2026-09-01', issuerSize: null, decidedOn: '2026-03-01', smeFrom: '2027-09-01' },
      { from: '2027-09-01', issuerSize: 'sme', decidedOn: '2026-10-01', smeFrom: '2027-09-01' },
    ],
    REFORM_NOT_B2B: [{}],
    REFORM_REQUIRED: [
      { from: null, largeFrom: '2026-09-01', fact: 'none' },
      { from: '2026-09-01', largeFrom: '2026-09-01', fact: 'delivered-elsewhere' },
      { from: '2027-09-01', largeFrom: '2026-09-01', fact: 'vat-on-debits' },
    ],
    DELIVERY_SERVICES_ONLY: [{}],
    DELIVERY_AT_BILLING_ADDRESS: [{}],
    DELIVERY_ADDRESS_UNDECIDED: [{}],
    VAT_GOODS_ONLY: [{}],
    VAT_NOT_OPTED: [{}],
    VAT_UNDECIDED: [{}],
    MENTION_MISSING: [
      { mention: 'DUE_DATE' },
      { mention: 'DISCOUNT_TERMS' },
      { mention: 'LATE_PENALTY_RATE' },
      { mention: 'RECOVERY_INDEMNITY' },
      { mention: 'BUYER_SIREN' },
      { mention: 'DELIVERY_ADDRESS' },
      { mention: 'OPERATION_NATURE' },
      { mention: 'VAT_ON_DEBITS_OPTION' },
    ],
    MENTION_CONDITIONAL: [
      { mention: 'BUYER_SIREN', condition: 'issuer-size' },
      { mention: 'DELIVERY_ADDRESS', condition: 'delivery-address' },
      { mention: 'VAT_ON_DEBITS_OPTION', condition: 'vat-on-debits' },
    ],
    ISSUER_SIZE_UNKNOWN: [{ decidedOn: '2026-10-01', smeStart: '2027-09-01' }],
    REFORM_NOT_IN_FORCE_AT_ISSUE: [
      { asOf: '2026-10-01', issueDate: '2026-08-01', from: '2026-09-01' },
    ],
    ALLOCATED_DESIGNATED: [{ amount: '300.00', id: 'F-2' }],
    ALLOCATED: [
      { amount: '100.00', id: 'F-1', tier: 'due', dueDate: '2026-05-31', interestBearing: false },
      { amount: '50.00', id: 'F-3', tier: 'not-due', dueDate: '2026-07-01', interestBearing: true },
    ],
    ALLOCATED_PRO_RATA: [
      { amounts: ['0.33', '0.67'], ids: ['A', 'B'], tier: 'due', dueDate: '2026-05-31' },
      { amounts: ['0.01'], ids: ['A'], tier: 'not-due', dueDate: '2026-07-01' },
    ],
    ALLOCATION_EXPLANATION: [
      { amount: '250.00', date: '2026-05-31', credit: '50.00', steps: ['100,00 € à F-1'] },
      { amount: '10.00', date: '2026-05-01', credit: null, steps: [] },
    ],
    DEBTOR_INTEREST_UNKNOWN: [{}],
    EVENTS_AFTER_AS_OF: [
      { count: 1, firstDate: '2026-06-01', asOf: '2026-05-31' },
      { count: 3, firstDate: '2026-06-01', asOf: '2026-05-31' },
    ],
    RULE_TOTALS: [{ source: 'lines' }, { source: 'totals' }],
    LABEL_MENTION: [
      { mention: 'RECOVERY_INDEMNITY', indemnity: '40.00' },
      { mention: 'RECOVERY_INDEMNITY', indemnity: null },
      ...(
        [
          'DUE_DATE',
          'DISCOUNT_TERMS',
          'LATE_PENALTY_RATE',
          'BUYER_SIREN',
          'DELIVERY_ADDRESS',
          'OPERATION_NATURE',
          'VAT_ON_DEBITS_OPTION',
        ] as const
      ).map((mention) => ({ mention, indemnity: null })),
    ],
  };
