import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { DepositMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
// '2027-H1' → « premier semestre 2027 » (any other form is shown as it is).
const semester = (halfYear: string): string => {
  const m = /^(\d{4})-H([12])$/.exec(halfYear);
  return m ? `${m[2] === '1' ? 'premier' : 'second'} semestre ${m[1]}` : `semestre ${halfYear}`;
};
// The payer flags of the portfolio module; another flag is shown as it is.
const FLAGS: Readonly<Record<string, string>> = {
  chronic_late_payer: 'retards chroniques',
  over_credit_limit: "plafond d'encours dépassé",
  has_disputes: 'litiges en cours',
  broken_promises: 'promesses de paiement non tenues',
  has_overdue: 'factures échues impayées',
  overdue_over_90_days: 'impayés de plus de 90 jours',
};
// A figure with the French decimal comma: '29.5' → '29,5'.
const num = (value: string): string => value.replace('.', ',');
const DAYS = { one: 'jour', other: 'jours' } as const;
const EXCEPTIONS: Readonly<Record<DepositMessages['EXCEPTION']['exception'], string>> = {
  'newspaper-subscription': 'abonnement à une publication quotidienne ou assimilée',
  'approved-personal-services': 'services à la personne rendus par un organisme agréé',
  'home-party': 'réunion organisée par le vendeur à son domicile ou chez un consommateur',
  'urgent-repair': "travaux d'entretien ou de réparation urgents au domicile du consommateur",
};

/**
 * The French sentences of the deposit module.
 *
 * @category Deposit
 */
export const depositTextFr: Catalogue<DepositMessages> = /* @__PURE__ */ Object.freeze({
  NOT_A_CONSUMER_CONTRACT: (p) =>
    `L'acheteur n'est pas un consommateur (ni une entreprise de cinq salariés au plus contractant hors de son activité principale, C. conso L221-3) : l'interdiction de paiement pendant ${countValid(p.days, DAYS, 'fr')} ne s'applique pas.`,
  NOT_OFF_PREMISES: (p) =>
    `Le contrat n'a pas été conclu hors établissement : l'interdiction de paiement pendant ${countValid(p.days, DAYS, 'fr')} ne s'applique pas.`,
  EXCEPTION: (p) =>
    `Le contrat relève d'une exception de C. conso L221-10 (${EXCEPTIONS[p.exception]}) : le paiement peut être reçu immédiatement.`,
  SEVEN_DAYS_ELAPSED: (p) =>
    `Les ${countValid(p.days, DAYS, 'fr')} suivant le contrat hors établissement du ${d(p.signedOn)} ont pris fin le ${d(p.banEndsOn)} : le paiement peut être reçu.`,
  SEVEN_DAY_BAN: (p) =>
    `Aucun paiement, sous quelque forme que ce soit, ne peut être reçu avant le ${d(p.firstAllowedDay)} : les ${countValid(p.days, DAYS, 'fr')} suivant le contrat hors établissement du ${d(p.signedOn)} courent jusqu'au ${d(p.banEndsOn)} inclus.`,
  INTEREST_NOT_STARTED: (p) =>
    `Pas encore d'intérêts : ils courent à partir du ${d(p.firstInterestDay)}, ${p.months} mois après le versement du ${d(p.paidOn)}.`,
  RATE_UNKNOWN: (p) =>
    `Le taux légal (créancier particulier) du ${semester(p.halfYear)} n'est pas dans la table des taux (connue jusqu'au ${d(p.knownUntil)}) : les intérêts sont calculés jusqu'au ${d(p.stoppedOn)} seulement, et non jusqu'au ${d(p.lastInterestDay)}. Fournissez le taux avec l'option « rates » pour compléter le calcul.`,
  REASON_RULE_MINIMUM: (p) => `Acompte minimum de la règle (${num(p.percent)} %)`,
  REASON_NEW_CLIENT: () => 'Nouveau client',
  REASON_URGENT_ORDER: () => 'Commande très urgente',
  REASON_LARGE_ORDER: (p) => `Grosse commande (à partir de ${moneyText(p.threshold, 'fr')} TTC)`,
  REASON_PAYER_DAYS_LATE: (p) =>
    `Retard moyen de paiement : ${num(p.days)} ${Number(p.days) < 2 ? 'jour' : 'jours'}`,
  REASON_PAYER_LATE_SHARE: (p) => `${num(p.percent)} % des factures payées en retard`,
  REASON_PAYER_GRADE: (p) => `Note de paiement ${p.grade}`,
  REASON_PAYER_FLAGS: (p) => `Alertes : ${p.flags.map((f) => FLAGS[f] ?? f).join(', ')}`,
  REASON_GOOD_PAYER: () => 'Bon payeur',
  RULE_DEPOSIT_SPLIT: () =>
    'Acompte TTC = total TTC de la commande × pourcentage, arrondi au centime le plus proche (un demi-centime au centime supérieur) ; chaque taux de TVA en reçoit une part proportionnelle à son total TTC, arrondie de même ; les centimes qui manquent (ou qui sont en trop) vont au taux dont le total TTC est le plus élevé (à égalité, au taux le plus haut), ou au suivant si ce taux est entièrement payé ; pour chaque taux, HT = arrondi(TTC / (1 + taux)) et TVA = TTC − HT.',
  REASON_CAPPED_AT_MAXIMUM: (p) => `Plafonné au maximum de la règle (${num(p.percent)} %)`,
});
