import { einvoicingCatalogues } from './text.catalogues.js';
import type { EinvoicingMessages } from './text.js';

/** @internal Both catalogues of the e-invoicing module, for the catalogue test. */
export const catalogues = einvoicingCatalogues;

const obligations = {
  date: '2026-10-01',
  receiveFrom: '2026-09-01',
  issueFrom: '2027-09-01',
} as const;

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
};
