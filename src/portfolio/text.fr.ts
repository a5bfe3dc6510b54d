import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { PortfolioMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const invoices = (n: number): string => countValid(n, { one: 'facture', other: 'factures' }, 'fr');
/** « 1 facture contestée », « 3 factures contestées »: the adjective agrees. */
const agreeing = (n: number, one: string, other: string): string => (n < 2 ? one : other);

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
});
