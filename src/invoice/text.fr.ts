import type { Catalogue } from '../text/internal.js';
import { countValid, listValid, longDateValid, moneyText } from '../text/internal.js';
import type { InvoiceMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const days = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const buyer = (debtor: 'consumer' | 'non_professional'): string =>
  debtor === 'consumer' ? 'consommateur' : 'non professionnel';
const proBuyer = (b: 'professional' | 'public'): string =>
  b === 'professional' ? 'un acheteur professionnel' : 'un acheteur public';
const SIZES: Readonly<Record<'large' | 'eti' | 'sme' | 'micro', string>> = {
  large: 'grande entreprise',
  eti: 'entreprise de taille intermédiaire',
  sme: 'PME',
  micro: 'micro-entreprise',
};
const LABELS: Readonly<Record<InvoiceMessages['MENTION_MISSING']['mention'], string>> = {
  DUE_DATE: "la date d'échéance du paiement",
  DISCOUNT_TERMS: "les conditions d'escompte (ou l'absence d'escompte)",
  LATE_PENALTY_RATE: 'le taux des pénalités de retard',
  RECOVERY_INDEMNITY: "l'indemnité forfaitaire pour frais de recouvrement (mention et montant)",
  BUYER_SIREN: 'le numéro SIREN (ou SIRET) du client',
  DELIVERY_ADDRESS: "l'adresse de livraison des biens, différente de l'adresse de facturation",
  OPERATION_NATURE: "la nature de l'opération (biens, services ou les deux)",
  VAT_ON_DEBITS_OPTION: "la mention « option pour le paiement de la taxe d'après les débits »",
};
const MENTION_LABELS: Readonly<Record<InvoiceMessages['LABEL_MENTION']['mention'], string>> = {
  DUE_DATE: "Date d'échéance du paiement",
  DISCOUNT_TERMS: "Conditions d'escompte (ou absence d'escompte)",
  LATE_PENALTY_RATE: 'Taux des pénalités de retard',
  RECOVERY_INDEMNITY: 'Indemnité forfaitaire pour frais de recouvrement',
  BUYER_SIREN: 'Numéro SIREN du client',
  DELIVERY_ADDRESS: "Adresse de livraison (si différente de l'adresse de facturation)",
  OPERATION_NATURE: "Nature de l'opération (biens, services ou les deux)",
  VAT_ON_DEBITS_OPTION: "Option pour le paiement de la taxe d'après les débits",
};
const CONDITIONS: Readonly<Record<InvoiceMessages['MENTION_CONDITIONAL']['condition'], string>> = {
  'issuer-size':
    "obligatoire si l'émetteur est une grande entreprise ou une ETI (renseigner issuerSize)",
  'delivery-address':
    "obligatoire si les biens ont été livrés ailleurs qu'à l'adresse de facturation (renseigner mentions.deliveredToBillingAddress)",
  'vat-on-debits':
    "obligatoire si le vendeur a opté pour le paiement de la TVA d'après les débits (renseigner seller.vatOnDebits)",
};
const cap = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const FACTS: Readonly<Record<InvoiceMessages['REFORM_REQUIRED']['fact'], string>> = {
  none: '',
  'delivered-elsewhere': " Les biens ont été livrés ailleurs qu'à l'adresse de facturation.",
  'vat-on-debits': " Le vendeur a opté pour le paiement de la TVA d'après les débits.",
};

/**
 * The French sentences of the invoice module.
 *
 * @category Invoice
 */
export const invoiceTextFr: Catalogue<InvoiceMessages> = /* @__PURE__ */ Object.freeze({
  DUE_GIVEN: (p) => `Échéance indiquée sur la facture : ${d(p.dueDate)}.`,
  DUE_NO_AGREED_TERM_B2C: (p) =>
    `Ni échéance ni délai convenu pour un acheteur ${buyer(p.debtor)} : le prix est exigible sans délai, le ${d(p.dueDate)} (${p.from === 'issue' ? 'date de facture' : 'livraison'}). Le délai légal de ${days(p.days)} de C. com. L441-10 I ne vaut qu'entre professionnels.`,
  DUE_NO_TERMS_AFTER_DELIVERY: (p) =>
    `Ni échéance ni délai convenu : ${days(p.days)} après la livraison ou l'exécution du ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_NO_TERMS_AFTER_ISSUE: (p) =>
    `Ni échéance, ni délai convenu, ni date de livraison : ${days(p.days)} après la date de facture du ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `La facture indique le ${d(p.given)}, mais ses conditions donnent le ${d(p.fromTerms)} (règle ${p.rule}) ; l'échéance indiquée est retenue.`,
  STATUTORY_DEFAULT_NOT_B2B: (p) =>
    `Le délai légal de ${days(p.days)} de C. com. L441-10 I régit les relations entre professionnels ; il est appliqué parce que les conditions le demandent, mais pour un acheteur ${buyer(p.debtor)} sans délai convenu le prix est en principe exigible à la livraison.`,
  MENTION_REQUIRED: (p) =>
    p.fromDueDate
      ? `Obligatoire pour ${proBuyer(p.buyer)} ; considérée comme portée quand la facture a une échéance (dueDate).`
      : `Obligatoire pour ${proBuyer(p.buyer)}.`,
  MENTION_INDEMNITY_REQUIRED: (p) =>
    `L'indemnité forfaitaire pour frais de recouvrement de ${moneyText(p.indemnity, 'fr')} est exigible d'${proBuyer(p.buyer)} qui paie en retard, et son montant doit figurer sur la facture.`,
  MENTIONS_NOT_FOR_CONSUMERS: (p) =>
    `C. com. L441-9 régit les factures d'achats faits pour une activité professionnelle ; l'acheteur est ${p.debtor === 'consumer' ? 'un consommateur' : 'un non-professionnel'} (pas d'indemnité forfaitaire pour frais de recouvrement non plus).`,
  REFORM_NOT_YET: (p) =>
    `L'émetteur ne doit émettre des factures électroniques qu'à partir du ${d(p.from)} (${p.issuerSize === null ? `grandes entreprises et ETI ; PME et micro-entreprises à partir du ${d(p.smeFrom)}` : SIZES[p.issuerSize]}) ; pas encore le ${d(p.decidedOn)}.`,
  REFORM_NOT_B2B: () =>
    'Les mentions de la réforme de la facturation électronique concernent les factures entre entreprises (B2B) ; les acheteurs publics sont facturés par Chorus Pro et les consommateurs relèvent du e-reporting.',
  REFORM_REQUIRED: (p) =>
    `${p.from === null ? `Obligatoire si l'émetteur est une grande entreprise ou une ETI (assujetties depuis le ${d(p.largeFrom)}).` : `Obligatoire puisque l'émetteur doit émettre des factures électroniques (depuis le ${d(p.from)}).`}${FACTS[p.fact]}`,
  DELIVERY_SERVICES_ONLY: () => 'Services uniquement : aucun bien livré.',
  DELIVERY_AT_BILLING_ADDRESS: () => "Les biens ont été livrés à l'adresse de facturation.",
  DELIVERY_ADDRESS_UNDECIDED: () => `${cap(CONDITIONS['delivery-address'])}.`,
  VAT_GOODS_ONLY: () =>
    "Biens uniquement : l'option pour le paiement de la TVA d'après les débits concerne les services (CGI art. 269 2 c).",
  VAT_NOT_OPTED: () => "Le vendeur n'a pas opté pour le paiement de la TVA d'après les débits.",
  VAT_UNDECIDED: () => `${cap(CONDITIONS['vat-on-debits'])}.`,
  RULE_TOTALS: (p) =>
    p.source === 'lines'
      ? 'Chaque ligne = quantité × prix unitaire HT, arrondi au centime le plus proche (un demi-centime au centime supérieur) ; TVA de chaque taux = taux × somme des lignes à ce taux, arrondie de même ; totaux = sommes des montants arrondis (CGI art. 242 nonies A : TVA indiquée par taux).'
      : "Totaux repris tels qu'ils figurent sur la facture (HT + TVA = TTC vérifié).",
  LABEL_MENTION: (p) =>
    p.indemnity === null
      ? MENTION_LABELS[p.mention]
      : `${MENTION_LABELS[p.mention]} (${moneyText(p.indemnity, 'fr')})`,
  MENTION_MISSING: (p) => `La facture ne porte pas ${LABELS[p.mention]}.`,
  MENTION_CONDITIONAL: (p) =>
    `La facture ne porte pas ${LABELS[p.mention]} : ${CONDITIONS[p.condition]}.`,
  ISSUER_SIZE_UNKNOWN: (p) =>
    `Au ${d(p.decidedOn)}, les grandes entreprises et les ETI doivent émettre des factures électroniques, mais les PME et micro-entreprises seulement à partir du ${d(p.smeStart)} : les mentions de la réforme sont listées comme conditionnelles. Renseigner issuerSize pour trancher.`,
  REFORM_NOT_IN_FORCE_AT_ISSUE: (p) =>
    `L'émetteur est assujetti au ${d(p.asOf)}, mais la facture a été émise le ${d(p.issueDate)}, avant sa date de début (${d(p.from)}) : les mentions de la réforme n'étaient pas encore exigées (passer rulesAt: 'issue-date' pour la contrôler selon les règles de sa date d'émission).`,
  ALLOCATED_DESIGNATED: (p) =>
    `${moneyText(p.amount, 'fr')} à ${p.id}, désignée par le débiteur (C. civ. 1342-10 al. 1)`,
  ALLOCATED: (p) =>
    `${moneyText(p.amount, 'fr')} à ${p.id} (${p.tier === 'due' ? 'déjà échue' : 'pas encore échue'}, échéance le ${d(p.dueDate)}${p.interestBearing ? ', productive d’intérêts' : ''})`,
  ALLOCATED_PRO_RATA: (p) =>
    `${listValid(
      p.ids.map((id, i) => `${moneyText(p.amounts[i] ?? '0', 'fr')} à ${id}`),
      'fr',
    )} (${p.tier === 'due' ? 'déjà échues' : 'pas encore échues'}, même rang, échéance le ${d(p.dueDate)} : au prorata de ce que chacune doit)`,
  ALLOCATION_EXPLANATION: (p) =>
    `Paiement de ${moneyText(p.amount, 'fr')} le ${d(p.date)} : ${p.steps.length > 0 ? p.steps.join(' ; ') : 'aucune dette à régler'}${p.credit === null ? '' : ` ; ${moneyText(p.credit, 'fr')} restent en trop-perçu`}. Ordre suivi : la désignation du débiteur, puis les dettes échues avant celles qui ne le sont pas, les dettes productives d’intérêts d’abord, les plus anciennes d’abord, les dettes de même rang au prorata (C. civ. 1342-10 al. 2).`,
  DEBTOR_INTEREST_UNKNOWN: () =>
    "Plusieurs dettes échues sont en concours et aucune n'indique si elle produit des intérêts : l'intérêt du débiteur à payer l'une d'abord n'a pu être apprécié, la plus ancienne échéance passe donc en premier et les dettes échues le même jour sont réglées au prorata (renseigner interestBearing pour faire passer d'abord les dettes productives d'intérêts).",
  EVENTS_AFTER_AS_OF: (p) =>
    `${p.count < 2 ? '1 paiement ou avoir daté' : `${p.count} paiements ou avoirs datés`} après le ${d(p.asOf)} (le premier le ${d(p.firstDate)}) ${p.count < 2 ? "n'a pas été pris" : "n'ont pas été pris"} en compte : le résultat est calculé au ${d(p.asOf)}.`,
});
