import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { PaymentTermsFines, SectorCapCode, TermsMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const days = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const calendarDays = (n: number): string =>
  countValid(n, { one: 'jour calendaire', other: 'jours calendaires' }, 'fr');
const eur = (amount: string): string => moneyText(amount, 'fr');
const fines = (f: PaymentTermsFines): string =>
  `Le vendeur et l'acheteur encourent chacun une amende administrative d'au plus ${eur(f.fineNaturalPerson)} (personne physique) ou ${eur(f.fineLegalPerson)} (personne morale), doublée en cas de réitération dans un délai de ${countValid(f.fineRepeatYears, { one: 'an', other: 'ans' }, 'fr')} (C. com. L441-16).`;
const BUYER: Record<TermsMessages['CAP_PUBLIC']['buyerType'], string> = {
  'state-or-local': 'État ou collectivité territoriale',
  'public-hospital': 'établissement public de santé',
  'public-undertaking': 'entreprise publique',
};

function sectorCap(code: SectorCapCode, start: string, n: number): string {
  switch (code) {
    case 'CAP_SECTOR_TRANSPORT':
      return `Transport et activités annexes : au plus ${days(n)} après la date de facture (${d(start)}).`;
    case 'CAP_SECTOR_PERISHABLE_FOOD':
      return `Denrées périssables : au plus ${days(n)} après la livraison (${d(start)}).`;
    case 'CAP_SECTOR_PERISHABLE_FOOD_PERIODIC':
      return `Denrées périssables, facture récapitulative : au plus ${days(n)} après la fin de la décade de livraison (${d(start)}).`;
    case 'CAP_SECTOR_LIVE_CATTLE':
      return `Bétail sur pied et viandes fraîches dérivées : au plus ${days(n)} après la livraison (${d(start)}).`;
    case 'CAP_SECTOR_EXCISE_ALCOHOL':
      return `Boissons alcoolisées soumises aux droits d'accises : au plus ${days(n)} après la fin du mois de livraison (${d(start)}).`;
  }
}

/**
 * The French sentences of the terms module.
 *
 * @category Terms
 */
export const termsTextFr: Catalogue<TermsMessages> = /* @__PURE__ */ Object.freeze({
  FIXED_DATE_BEFORE_ISSUE_DATE: (p) =>
    `L'échéance fixe du ${d(p.dueDate)} précède la date de facture du ${d(p.issueDate)}.`,
  DELIVERY_DATE_ASSUMED: (p) =>
    p.scope === 'statutory-default'
      ? `Date de livraison ou d'exécution non fournie : les ${days(p.days)} légaux sont comptés à partir de la date de facture, alors que la loi les compte à partir de la réception des marchandises ou de l'exécution de la prestation.`
      : `Date de livraison non fournie (deliveryDate) : la livraison ou l'exécution est supposée faite à la date de facture, le ${d(p.issueDate)}. Les plafonds comptés à partir de la livraison peuvent tomber plus tôt.`,
  DUE_DATE_DIFFERS_FROM_TERMS: (p) =>
    `L'échéance indiquée, le ${d(p.given)}, diffère de celle que donnent les conditions (${d(p.fromTerms)}) ; c'est l'échéance indiquée qui est contrôlée. Ne pas appliquer le mode de calcul convenu est en soi sanctionné (C. com. L441-16 d).`,
  NO_STATUTORY_CAP_B2C: (p) =>
    `Débiteur ${p.debtor === 'consumer' ? 'consommateur' : 'non professionnel'} : la loi ne fixe aucun délai de paiement maximal, le contrat décide (les plafonds de L441-10 ne s'appliquent qu'entre professionnels).`,
  NO_AGREED_TERM_B2C: (p) =>
    `Aucun délai convenu : le prix est exigible sans délai, retenu au ${d(p.dueDate)} (date de facture, ou livraison si elle est postérieure). Les intérêts de retard supposent une mise en demeure (C. civ. 1231-6, 1344).`,
  PUBLIC_BUYER_TYPE_ASSUMED: (p) =>
    `Type d'acheteur public non fourni (publicBuyerType) : l'État ou une collectivité territoriale est supposé (${days(p.stateDays)}). Les établissements publics de santé disposent de ${days(p.hospitalDays)} et les entreprises publiques de ${days(p.undertakingDays)}.`,
  RECEIPT_DATE_ASSUMED: (p) =>
    `Date de réception non fournie (receiptDate) : la demande de paiement est supposée reçue à la date de facture, le ${d(p.issueDate)}. Le délai public court à compter de la réception de la demande de paiement, en général plus tardive.`,
  PUBLIC_TERM_EXCEEDED: (p) =>
    `L'échéance du ${d(p.dueDate)} dépasse la date limite du délai de paiement public (${d(p.latest)}, soit ${days(p.days)} après réception de la demande de paiement). Le contrat ne peut pas l'allonger ; les intérêts moratoires et l'indemnité forfaitaire de ${eur(p.indemnity)} courent de plein droit dès le lendemain (CCP L2192-13).`,
  TERM_EXCEEDS_DEFAULT_30_DAYS: (p) =>
    `Aucun délai n'a été convenu : le paiement doit intervenir au plus tard ${days(p.days)} après la livraison ou l'exécution (${d(p.latest)}) ; le ${d(p.dueDate)} est postérieur. ${fines(p)}`,
  PERIODIC_INVOICE_EXCEEDS_45_DAYS: (p) =>
    `Une facture récapitulative doit être payée au plus tard ${days(p.days)} après sa date (${d(p.latest)}) ; l'échéance du ${d(p.dueDate)} est postérieure. ${fines(p)}`,
  EOM_60_NOT_ALLOWED: (p) =>
    `« ${days(p.days)} fin de mois » n'est pas permis : la loi autorise au plus ${days(p.agreedDays)} nets ou ${days(p.eomDays)} fin de mois. ${fines(p)}`,
  TERM_EXCEEDS_45_DAYS_EOM: (p) =>
    `Un délai fin de mois ne peut dépasser ${days(p.eomDays)} fin de mois (ici ${days(p.days)}, échéance le ${d(p.dueDate)} ; au plus tard le ${d(p.latest)}). ${fines(p)}`,
  TERM_EXCEEDS_60_DAYS: (p) =>
    p.doubtful
      ? `L'échéance du ${d(p.dueDate)} tombe plus de ${days(p.agreedDays)} après la date de facture (${d(p.latest)}) ; elle n'est licite que si un délai de « ${days(p.eomDays)} fin de mois » a été expressément stipulé.`
      : `L'échéance du ${d(p.dueDate)} tombe plus de ${calendarDays(p.agreedDays)} après la date de facture (au plus tard le ${d(p.latest)}). ${fines(p)}`,
  SECTOR_CAP_EXCEEDED: (p) =>
    `${sectorCap(p.capCode, p.start, p.days)} L'échéance du ${d(p.dueDate)} est postérieure au ${d(p.latest)}. ${fines(p)}`,
  STATUTORY_TERM_APPLIES: (p) =>
    `Aucun délai convenu : l'échéance est la date la plus tardive que permet la loi, le ${d(p.latest)}.`,
  DUE_NET: (p) =>
    `${calendarDays(p.days)} après la date de facture du ${d(p.issueDate)} → ${d(p.dueDate)} (en jours, pas en mois).`,
  DUE_EOM_DAYS_THEN_EOM: (p) =>
    `${days(p.days)} fin de mois, méthode A : ${d(p.issueDate)} + ${days(p.days)} = ${d(p.plus)}, puis fin de ce mois → ${d(p.dueDate)}.`,
  DUE_EOM_EOM_THEN_DAYS: (p) =>
    `${days(p.days)} fin de mois, méthode B : fin du mois de la facture (${d(p.eom)}) + ${days(p.days)} → ${d(p.dueDate)}.`,
  DUE_ON_RECEIPT: (p) =>
    `Paiement à réception : échéance à la date de facture, le ${d(p.issueDate)}.`,
  DUE_FIXED: (p) => `Échéance fixe : ${d(p.dueDate)}.`,
  DUE_DEFAULT_AFTER_DELIVERY: (p) =>
    `Aucun délai convenu : ${days(p.days)} après la livraison ou l'exécution du ${d(p.deliveryDate)} → ${d(p.dueDate)}.`,
  DUE_DEFAULT_AFTER_ISSUE: (p) =>
    `Aucun délai convenu ni date de livraison : ${days(p.days)} après la date de facture du ${d(p.issueDate)} → ${d(p.dueDate)}.`,
  CAP_SECTOR_TRANSPORT: (p) => sectorCap('CAP_SECTOR_TRANSPORT', p.start, p.days),
  CAP_SECTOR_PERISHABLE_FOOD: (p) => sectorCap('CAP_SECTOR_PERISHABLE_FOOD', p.start, p.days),
  CAP_SECTOR_PERISHABLE_FOOD_PERIODIC: (p) =>
    sectorCap('CAP_SECTOR_PERISHABLE_FOOD_PERIODIC', p.start, p.days),
  CAP_SECTOR_LIVE_CATTLE: (p) => sectorCap('CAP_SECTOR_LIVE_CATTLE', p.start, p.days),
  CAP_SECTOR_EXCISE_ALCOHOL: (p) => sectorCap('CAP_SECTOR_EXCISE_ALCOHOL', p.start, p.days),
  CAP_PUBLIC: (p) =>
    `Acheteur public (${BUYER[p.buyerType]}) : au plus ${days(p.days)} après réception de la demande de paiement (${d(p.start)}).`,
  CAP_B2B_DEFAULT: (p) =>
    `Aucun délai convenu : au plus ${days(p.days)} après réception des marchandises ou exécution de la prestation (${d(p.start)}).`,
  CAP_B2B_PERIODIC: (p) =>
    `Facture récapitulative : au plus ${days(p.days)} après la date de facture (${d(p.start)}).`,
  CAP_B2B_EOM: (p) =>
    `Délai fin de mois convenu : au plus ${days(p.eomDays)} fin de mois selon la méthode stipulée (${d(p.eom45)}) ou ${days(p.agreedDays)} après la date de facture (${d(p.sixty)}), la plus tardive des deux dates.`,
  CAP_B2B_60_DAYS: (p) =>
    `Délai convenu : au plus ${calendarDays(p.days)} après la date de facture du ${d(p.start)} (en jours, pas en mois).`,
});
