import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import { einvoiceRequestedActions } from './requested-action.js';
import type { EinvoiceNoEffectWhy, EinvoiceTaskKey, EinvoicingMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const eur = (amount: string): string => moneyText(amount, 'fr');
const SIZES: Readonly<Record<EinvoicingMessages['EINVOICING_OBLIGATIONS']['issuerSize'], string>> =
  {
    large: 'une grande entreprise',
    eti: 'une entreprise de taille intermédiaire (ETI)',
    sme: 'une PME',
    micro: 'une micro-entreprise',
  };

const TRACKING = 'étape de transmission ou de traitement, sans effet sur les relances.';
const NO_EFFECT: Readonly<Record<EinvoiceNoEffectWhy, string>> = {
  deposited: `la facture a été déposée sur la plateforme ; ${TRACKING}`,
  tracking: TRACKING,
  review: "étape de visa de l'acheteur, sans effet sur les relances.",
  duplicate:
    'un second dépôt de la facture a été rejeté comme doublon (DOUBLON) ; la facture déposée en premier reste valable et les relances continuent.',
  confidential_factoring:
    "affacturage confidentiel, dont l'acheteur n'est pas informé ; le créancier continue d'encaisser et les relances continuent.",
  account_changed:
    'le compte de paiement a changé ; les relances doivent indiquer les nouvelles coordonnées bancaires.',
};

const TASKS: Readonly<
  Record<Exclude<EinvoiceTaskKey, keyof typeof einvoiceRequestedActions>, string>
> = {
  answer_dispute: 'répondre à la contestation (avoir, facture rectificative ou justificatifs)',
  supply_documents: "fournir les documents ou les références demandés par l'acheteur",
  correct_and_redeposit: 'corriger la facture et la déposer à nouveau',
  correct_or_credit: 'émettre une facture rectificative ou un avoir',
  new_invoice_if_owed: 'émettre une nouvelle facture si une somme reste due',
  redeposit_to_buyer_platform:
    "déposer à nouveau la facture à destination de la plateforme de l'acheteur (vérifier l'annuaire)",
  leave_to_factor: "laisser le recouvrement à l'affactureur et lui reverser tout paiement reçu",
  settle_direct_payment:
    "régler les comptes avec le sous-traitant payé directement ; ne relancer que ce que l'acheteur doit encore",
};

const task = (t: EinvoiceTaskKey): string =>
  t in einvoiceRequestedActions
    ? einvoiceRequestedActions[t as keyof typeof einvoiceRequestedActions].fr
    : TASKS[t as keyof typeof TASKS];

const INVALID: Readonly<Record<EinvoicingMessages['EINVOICE_INVALID_INVOICE']['reason'], string>> =
  {
    einvoice_refused: "l'acheteur a refusé la facture, qui ne fonde donc pas une créance valable",
    einvoice_rejected: "la plateforme a rejeté la facture, qui n'a donc pas été valablement émise",
    einvoice_cancelled: 'la facture a été annulée',
    einvoice_misrouted: "la facture n'est jamais parvenue à l'acheteur (erreur de routage)",
  };

/** The status, its name and date, before what it does. */
const on = (p: { code: number; name: string; date: string }, rest: string): string =>
  `Statut ${p.code} « ${p.name} » du ${d(p.date)} : ${rest}`;

function partial(p: EinvoicingMessages['EINVOICE_PARTIAL_APPROVAL']): string {
  const what =
    p.approved !== null
      ? `relancer le montant approuvé (${eur(p.approved)}) et tenir le reste pour contesté`
      : p.disputed !== null
        ? `mettre de côté le montant contesté (${eur(p.disputed)}) et relancer le reste`
        : "tenir toute la facture pour contestée jusqu'à ce que les montants soient connus";
  return on(p, `l'acheteur a approuvé une partie de la facture ; ${what}.`);
}

function inTransit(p: EinvoicingMessages['EINVOICE_PAYMENT_IN_TRANSIT']): string {
  const hold =
    p.workingDays === 0
      ? `les relances peuvent reprendre dès le ${d(p.resumeOn)} si rien n'est arrivé`
      : `la prochaine étape attend ${countValid(p.workingDays, { one: 'jour ouvré', other: 'jours ouvrés' }, 'fr')} et reprend le ${d(p.resumeOn)} si rien n'est arrivé`;
  return on(
    p,
    `l'acheteur indique avoir transmis le paiement ; ${hold} ; les pénalités continuent de courir.`,
  );
}

/**
 * The French sentences of the e-invoicing module.
 *
 * @category E-invoicing
 */
export const einvoicingTextFr: Catalogue<EinvoicingMessages> = /* @__PURE__ */ Object.freeze({
  EINVOICING_OBLIGATIONS: (p) =>
    `Le ${d(p.date)}, ${SIZES[p.issuerSize]} ${p.mustReceive ? 'doit pouvoir recevoir des factures électroniques' : `devra pouvoir recevoir des factures électroniques à partir du ${d(p.receiveFrom)}`} et ${p.mustIssue ? 'doit émettre ses factures B2B domestiques sous forme électronique' : `devra les émettre sous forme électronique à partir du ${d(p.issueFrom)}`}.`,
  EINVOICE_NO_EFFECT: (p) => on(p, NO_EFFECT[p.why]),
  EINVOICE_RECEIVED: (p) =>
    on(
      p,
      "l'acheteur a reçu la facture ce jour (point de départ du délai de paiement d'un acheteur public).",
    ),
  EINVOICE_APPROVED: (p) =>
    on(
      p,
      "l'acheteur a approuvé la facture, ce qui prouve que la créance n'est pas contestée ; ce statut met fin à une contestation ou à une suspension.",
    ),
  EINVOICE_PARTIAL_APPROVAL: partial,
  // A space before the colon, as everywhere in French typography.
  EINVOICE_DISPUTE_REASON: (p) =>
    `${p.code} ${p.name}${p.amountsUnknown ? ' (montants non précisés)' : ''}${p.reasonCodes.length > 0 ? ` : ${p.reasonCodes.join(', ')}` : ''}`,
  EINVOICE_MANDATORY_WHEN: () =>
    "seulement lorsque la TVA est exigible à l'encaissement (prestations de services sans option pour les débits, acomptes)",
  EINVOICE_PAUSE_REASON: (p) =>
    `208 Suspendue${p.reasonCodes.length > 0 ? ` (${p.reasonCodes.join(', ')})` : ''} : ${task(p.task)}`,
  EINVOICE_DISPUTE: (p) =>
    on(
      p,
      `l'acheteur conteste la facture${p.reasonCodes.length > 0 ? ` (${p.reasonCodes.join(', ')})` : ''} ; les relances s'arrêtent jusqu'à son approbation, son complément ou un avoir ; prochaine étape : ${task(p.task)}.`,
    ),
  EINVOICE_PAUSE: (p) =>
    on(
      p,
      `l'acheteur a suspendu la facture dans l'attente d'un complément du créancier ; les relances sont suspendues jusqu'au statut 209 « Complétée » et les pénalités continuent de courir ; prochaine étape : ${task(p.task)}.`,
    ),
  EINVOICE_RESOLVE: (p) =>
    on(
      p,
      "le créancier a fourni ce que l'acheteur demandait ; la suspension ou la contestation prend fin et les relances reprennent.",
    ),
  EINVOICE_INVALID_INVOICE: (p) =>
    on(
      p,
      `${INVALID[p.reason]} ; arrêter les relances, ne réclamer ni pénalités de retard ni indemnité forfaitaire pour frais de recouvrement ; prochaine étape : ${task(p.task)}.`,
    ),
  EINVOICE_PAYMENT_IN_TRANSIT: inTransit,
  EINVOICE_CASHED: (p) =>
    on(
      p,
      p.amount === null
        ? "le créancier a encaissé un paiement d'un montant inconnu ; rien n'est compté tant que le montant n'est pas connu."
        : `le créancier a encaissé ${eur(p.amount)}, compté comme paiement à cette date.`,
    ),
  EINVOICE_PAYEE_CHANGED: (p) =>
    on(
      p,
      `${p.reason === 'einvoice_factored' ? "la facture a été affacturée et c'est l'affactureur qui la recouvre" : "un paiement direct a été demandé et l'acheteur paie directement le sous-traitant"} ; arrêter nos propres relances ; prochaine étape : ${task(p.task)}.`,
    ),
  EINVOICE_UNFACTORED: (p) =>
    on(p, "la facture n'est pas (ou plus) affacturée, le créancier la recouvre donc à nouveau."),
  EINVOICE_TASK: (p) => task(p.task),
  EINVOICE_REASON_MISSING: (p) =>
    `Le statut ${p.code} du ${d(p.date)} ne donne aucun code motif : demandez-en la raison à l'acheteur ou à la plateforme.`,
  EINVOICE_AMOUNT_MISSING: (p) =>
    p.code === 206
      ? `Le statut 206 du ${d(p.date)} ne donne ni le montant approuvé ni le montant contesté : toute la facture est tenue pour contestée jusqu'à ce qu'ils soient connus.`
      : `Le statut 212 du ${d(p.date)} ne donne pas le montant encaissé (amounts.paid) : aucun paiement n'a été compté ; enregistrez-le avec son montant.`,
});
