import * as z from 'zod/mini';
import { deepFreeze } from '../internal/freeze.js';

/**
 * Schema of the action a lifecycle status asks of the invoice's issuer (requested action code,
 * OpenPeppol list used by the French specifications):
 *
 * - `'NOA'`: no action required;
 * - `'PIN'`: send the missing information, without a new invoice;
 * - `'NIN'`: issue a corrected invoice;
 * - `'CNF'`: issue a credit note cancelling the whole invoice;
 * - `'CNP'`: issue a partial credit note;
 * - `'CNA'`: refund the payment received;
 * - `'OTH'`: another action, described in the status's free text.
 *
 * @example
 * ```ts
 * EinvoiceRequestedActionSchema.safeParse('NIN').success; //=> true
 * ```
 * @category E-invoicing
 */
export const EinvoiceRequestedActionSchema = /* @__PURE__ */ z.enum([
  'NOA',
  'PIN',
  'NIN',
  'CNF',
  'CNP',
  'CNA',
  'OTH',
]);

/**
 * A requested action code; see {@link EinvoiceRequestedActionSchema}.
 *
 * @category E-invoicing
 */
export type EinvoiceRequestedAction = z.infer<typeof EinvoiceRequestedActionSchema>;

/**
 * What each requested action asks the creditor to do, in English and French. Deeply frozen.
 *
 * @example
 * ```ts
 * einvoiceRequestedActions.NIN.en; //=> 'issue a corrected invoice'
 * ```
 * @category E-invoicing
 */
export const einvoiceRequestedActions: Readonly<
  Record<EinvoiceRequestedAction, { readonly en: string; readonly fr: string }>
> = /* @__PURE__ */ deepFreeze({
  NOA: { en: 'nothing is asked', fr: 'aucune action demandée' },
  PIN: {
    en: 'send the missing information (no new invoice)',
    fr: 'transmettre les informations manquantes (sans nouvelle facture)',
  },
  NIN: { en: 'issue a corrected invoice', fr: 'émettre une facture rectificative' },
  CNF: {
    en: 'issue a credit note for the whole invoice',
    fr: 'émettre un avoir total',
  },
  CNP: { en: 'issue a partial credit note', fr: 'émettre un avoir partiel' },
  CNA: { en: 'refund the payment received', fr: 'rembourser le paiement reçu' },
  OTH: {
    en: "do what the buyer's comment asks",
    fr: 'suivre le commentaire de l’acheteur',
  },
});
