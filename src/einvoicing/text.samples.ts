import { einvoicingCatalogues } from './text.catalogues.js';
import type { EinvoiceTaskKey, EinvoicingMessages } from './text.js';

/** @internal Both catalogues of the e-invoicing module, for the catalogue test. */
export const catalogues = einvoicingCatalogues;

const obligations = {
  date: '2026-10-01',
  receiveFrom: '2026-09-01',
  issueFrom: '2027-09-01',
} as const;

const s207 = { code: 207, name: 'En litige', date: '2026-11-04' } as const;
const s206 = { code: 206, name: 'Approuvée partiellement', date: '2026-11-01' } as const;
const s211 = { code: 211, name: 'Paiement transmis', date: '2026-11-20' } as const;
const TASKS: ReadonlyArray<EinvoiceTaskKey> = [
  'NOA',
  'PIN',
  'NIN',
  'CNF',
  'CNP',
  'CNA',
  'OTH',
  'answer_dispute',
  'supply_documents',
  'correct_and_redeposit',
  'correct_or_credit',
  'new_invoice_if_owed',
  'redeposit_to_buyer_platform',
  'leave_to_factor',
  'settle_direct_payment',
];

/** @internal Sample params for every code (the catalogue test renders each in both locales). */
export const samples: {
  readonly [C in keyof EinvoicingMessages]: ReadonlyArray<EinvoicingMessages[C]>;
} = {
  EINVOICING_OBLIGATIONS: [
    { ...obligations, issuerSize: 'sme', mustReceive: true, mustIssue: false },
    { ...obligations, issuerSize: 'large', mustReceive: true, mustIssue: true },
    { ...obligations, issuerSize: 'micro', mustReceive: false, mustIssue: false },
    { ...obligations, issuerSize: 'eti', mustReceive: true, mustIssue: true },
  ],
  EINVOICE_NO_EFFECT: [
    { ...s207, code: 200, name: 'Déposée', why: 'deposited' },
    { ...s207, code: 201, name: 'Émise par la plateforme', why: 'tracking' },
    { ...s207, code: 214, name: 'Visée', why: 'review' },
    { ...s207, code: 213, name: 'Rejetée', why: 'duplicate' },
    { ...s207, code: 226, name: 'Affacturée confidentiel', why: 'confidential_factoring' },
    { ...s207, code: 227, name: 'Changement de compte à payer', why: 'account_changed' },
  ],
  EINVOICE_RECEIVED: [{ ...s207, code: 203, name: 'Mise à disposition' }],
  EINVOICE_APPROVED: [{ ...s207, code: 205, name: 'Approuvée' }],
  EINVOICE_PARTIAL_APPROVAL: [
    { ...s206, approved: '800.00', disputed: null },
    { ...s206, approved: null, disputed: '1234.50' },
    { ...s206, approved: null, disputed: null },
  ],
  EINVOICE_DISPUTE_REASON: [
    {
      code: 207,
      name: 'En litige',
      reasonCodes: ['LIVR_INCOMP', 'MONTANTTOTAL_ERR'],
      amountsUnknown: false,
    },
    { code: 207, name: 'En litige', reasonCodes: [], amountsUnknown: false },
    { code: 206, name: 'Approuvée partiellement', reasonCodes: [], amountsUnknown: true },
  ],
  EINVOICE_MANDATORY_WHEN: [{ code: 212 }],
  EINVOICE_PAUSE_REASON: [
    { reasonCodes: ['JUSTIF_ABS'], task: 'PIN' },
    { reasonCodes: [], task: 'supply_documents' },
  ],
  EINVOICE_DISPUTE: [
    { ...s207, reasonCodes: ['LIVR_INCOMP', 'MONTANTTOTAL_ERR'], task: 'answer_dispute' },
    { ...s207, reasonCodes: [], task: 'CNP' },
    ...TASKS.map((task) => ({ ...s207, reasonCodes: ['X'], task })),
  ],
  EINVOICE_PAUSE: [{ ...s207, code: 208, name: 'Suspendue', task: 'supply_documents' }],
  EINVOICE_RESOLVE: [{ ...s207, code: 209, name: 'Complétée' }],
  EINVOICE_INVALID_INVOICE: [
    { ...s207, code: 210, name: 'Refusée', reason: 'einvoice_refused', task: 'correct_or_credit' },
    {
      ...s207,
      code: 213,
      name: 'Rejetée',
      reason: 'einvoice_rejected',
      task: 'correct_and_redeposit',
    },
    {
      ...s207,
      code: 220,
      name: 'Annulée',
      reason: 'einvoice_cancelled',
      task: 'new_invoice_if_owed',
    },
    {
      ...s207,
      code: 221,
      name: 'Erreur de routage',
      reason: 'einvoice_misrouted',
      task: 'redeposit_to_buyer_platform',
    },
  ],
  EINVOICE_PAYMENT_IN_TRANSIT: [
    { ...s211, workingDays: 3, resumeOn: '2026-11-26' },
    { ...s211, workingDays: 1, resumeOn: '2026-11-24' },
    { ...s211, workingDays: 0, resumeOn: '2026-11-20' },
  ],
  EINVOICE_CASHED: [
    { ...s207, code: 212, name: 'Encaissée', amount: '1200.00' },
    { ...s207, code: 212, name: 'Encaissée', amount: null },
  ],
  EINVOICE_PAYEE_CHANGED: [
    {
      ...s207,
      code: 225,
      name: 'Affacturée',
      reason: 'einvoice_factored',
      task: 'leave_to_factor',
    },
    {
      ...s207,
      code: 224,
      name: 'Demande de paiement direct',
      reason: 'einvoice_direct_payment',
      task: 'settle_direct_payment',
    },
  ],
  EINVOICE_UNFACTORED: [{ ...s207, code: 228, name: 'Non affacturée' }],
  EINVOICE_TASK: TASKS.map((task) => ({ task })),
  EINVOICE_REASON_MISSING: [{ code: 207, date: '2026-11-01' }],
  EINVOICE_AMOUNT_MISSING: [
    { code: 206, date: '2026-11-01' },
    { code: 212, date: '2026-11-01' },
  ],
};
