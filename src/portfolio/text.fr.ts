import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { PortfolioMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const invoices = (n: number): string => countValid(n, { one: 'facture', other: 'factures' }, 'fr');
/** « 1 facture contestée », « 3 factures contestées »: the adjective agrees. */
const agreeing = (n: number, one: string, other: string): string => (n < 2 ? one : other);

const GRADE_REASONS: Readonly<Record<PortfolioMessages['LABEL_GRADE_REASON']['reason'], string>> = {
  REPEATED_BROKEN_PROMISES: 'Au moins deux promesses de paiement non tenues',
  DAYS_LATE_OVER_90: 'Retard de plus de 90 jours',
  BROKEN_PROMISE: 'Une promesse de paiement non tenue',
  DAYS_LATE_OVER_60: 'Retard de plus de 60 jours',
  CHRONIC_LATE_PAYER: 'Retards chroniques (au moins la moitié des factures)',
  DAYS_LATE_OVER_30: 'Retard de plus de 30 jours',
  FREQUENT_LATE_PAYMENTS: 'Retards fréquents (au moins un quart des factures)',
  OVER_CREDIT_LIMIT: "Plafond d'encours dépassé",
};

/**
 * The French sentences of the portfolio module.
 *
 * @category Portfolio
 */
export const portfolioTextFr: Catalogue<PortfolioMessages> = /* @__PURE__ */ Object.freeze({
  NOT_YET_ISSUED: (p) =>
    `${invoices(p.count)} ${agreeing(p.count, 'datée', 'datées')} après le ${d(p.asOf)} ${agreeing(p.count, 'est laissée', 'sont laissées')} de côté.`,
  DISPUTED_EXCLUDED: (p) =>
    `${invoices(p.count)} ${agreeing(p.count, 'contestée', 'contestées')}, pour ${moneyText(p.amount, 'fr')} au total, ${agreeing(p.count, 'est exclue', 'sont exclues')} des tranches ; à indiquer à côté du tableau (C. com. D441-6 IV).`,
  DISPUTED_INCLUDED: (p) =>
    `${invoices(p.count)} ${agreeing(p.count, 'contestée', 'contestées')}, pour ${moneyText(p.amount, 'fr')} au total, ${agreeing(p.count, 'est comprise', 'sont comprises')} dans les tranches.`,
  CREDIT_BALANCES: (p) =>
    `${invoices(p.count)} ${agreeing(p.count, 'a été payée', 'ont été payées')} en trop, pour ${moneyText(p.amount, 'fr')} au total ; ce trop-perçu est à rembourser et n'est pas compensé avec d'autres dettes.`,
  NO_SALES: (p) =>
    `Aucune vente sur les ${countValid(p.periodDays, { one: 'jour', other: 'jours' }, 'fr')} du ${d(p.periodStart)} au ${d(p.asOf)} : le DSO ne peut pas être calculé.`,
  SALES_EXHAUSTED: (p) =>
    `Les ventes des mois parcourus (${countValid(p.days, { one: 'jour', other: 'jours' }, 'fr')}) ne couvrent pas les créances : le DSO est un minimum.`,
  NO_PAYMENT_HISTORY: () =>
    "Aucune facture de ce débiteur n'est encore réglée ni échue : la note ne dit rien de son comportement de paiement.",
  EVENTS_AFTER_AS_OF: (p) =>
    `${countValid(p.count, { one: 'paiement, avoir ou promesse de paiement', other: 'paiements, avoirs ou promesses de paiement' }, 'fr')} ${agreeing(p.count, 'daté', 'datés')} après le ${d(p.asOf)} (le premier le ${d(p.firstDate)}) ${agreeing(p.count, "n'a pas été pris", "n'ont pas été pris")} en compte : le résultat est calculé au ${d(p.asOf)}.`,
  GRADE_BROKEN_PROMISES: (p) =>
    `${countValid(p.count, { one: 'promesse non tenue', other: 'promesses non tenues' }, 'fr')}`,
  GRADE_DAYS_LATE: (p) =>
    `${countValid(p.days, { one: 'jour', other: 'jours' }, 'fr')} de retard au plus`,
  GRADE_LATE_SHARE: (p) =>
    `${p.late} ${agreeing(p.late, 'facture', 'factures')} sur ${p.assessed} en retard`,
  GRADE_OVER_LIMIT: () => 'encours au-dessus du plafond',
  LABEL_AGING_BUCKET: (p) =>
    p.fromDays === null
      ? 'Non échu'
      : p.toDays === null
        ? `${countValid(p.fromDays, { one: 'jour', other: 'jours' }, 'fr')} et plus`
        : p.fromDays === p.toDays
          ? countValid(p.fromDays, { one: 'jour', other: 'jours' }, 'fr')
          : `${p.fromDays} à ${countValid(p.toDays, { one: 'jour', other: 'jours' }, 'fr')}`,
  LABEL_GRADE_REASON: (p) => GRADE_REASONS[p.reason],
  RULE_AGING: () =>
    "jours de retard = date d'arrêté − échéance, en jours calendaires ; 0 ou moins : non échu ; encours = montant − règlements − avoirs datés au plus tard de la date d'arrêté, jamais négatif",
  RULE_DSO: (p) =>
    p.method === 'simple'
      ? "DSO = créances clients / chiffre d'affaires de la période × nombre de jours de la période"
      : "méthode par épuisement : en remontant mois par mois depuis la date d'arrêté, ajouter les mois entiers dont le chiffre d'affaires ne couvre pas les créances restantes, puis jours du mois × reste / chiffre d'affaires du mois",
});
