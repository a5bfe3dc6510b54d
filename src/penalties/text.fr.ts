import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { IndemnityReasonParam, PenaltiesMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const pct = (p: string | number): string => `${String(p).replace('.', ',')} %`;
const points = (n: number | string): string =>
  typeof n === 'number'
    ? countValid(n, { one: 'point', other: 'points' }, 'fr')
    : `${n.replace('.', ',')} ${Math.abs(Number(n)) < 2 ? 'point' : 'points'}`;
/** `'2024-H1'` → « 1er semestre 2024 ». */
const half = (id: string): string =>
  `${id.endsWith('H1') ? '1er' : '2e'} semestre ${id.slice(0, 4)}`;
const euros = (n: number): string => moneyText(`${n}.00`, 'fr');
const REASON: Record<IndemnityReasonParam, string> = {
  'paid-late': 'facture payée en retard',
  'unpaid-after-due-date': 'facture impayée après l’échéance',
  'not-late': 'aucun retard',
  'debtor-not-covered': 'débiteur non professionnel',
  insolvency: 'procédure collective ouverte au plus tard à l’échéance',
  'not-in-force': 'échéance antérieure à l’entrée en vigueur de l’indemnité',
};
const REGIME: Record<PenaltiesMessages['JUDGMENT_UPLIFT_NOT_APPLIED']['regime'], string> = {
  'legal-interest': 'des intérêts au taux légal',
  'b2b-l441-10': 'des pénalités de retard entre professionnels (C. com. L441-10 II)',
  'public-procurement': 'des intérêts moratoires de la commande publique',
};
const floorText = (p: { multiple: number; legalPercent: string; floorPercent: string }): string =>
  `${p.multiple} fois le taux d’intérêt légal (${p.multiple} × ${pct(p.legalPercent)} = ${pct(p.floorPercent)})`;

/**
 * The French sentences of the penalties module.
 *
 * @category Penalties
 */
export const penaltiesTextFr: Catalogue<PenaltiesMessages> = /* @__PURE__ */ Object.freeze({
  CONTRACT_RATE_BELOW_FLOOR: (p) =>
    p.applied
      ? `Au ${half(p.halfYear)}, le taux contractuel de ${pct(p.ratePercent)} est inférieur au plancher de ${floorText(p)} : le plancher de ${pct(p.floorPercent)} a été appliqué (option onBelowFloor: 'apply-floor').`
      : `Au ${half(p.halfYear)}, le taux contractuel de ${pct(p.ratePercent)} est inférieur au plancher de ${floorText(p)}. Le taux n’a pas été relevé ; le juge peut écarter la clause.`,
  STATUTORY_RATE_BELOW_FLOOR: (p) =>
    `Au ${half(p.halfYear)}, le taux légal supplétif de ${pct(p.ratePercent)} (taux BCE + ${points(p.points)}) est inférieur à ${floorText(p)}. Le plancher ne vise que les taux contractuels : le taux supplétif s’applique.`,
  NO_FORMAL_NOTICE: (p) =>
    `Aucune mise en demeure n’a été adressée : un débiteur ${p.debtor === 'consumer' ? 'consommateur' : 'non professionnel'} ne doit les intérêts au taux légal qu’à compter du lendemain de la mise en demeure. Les intérêts restent nuls tant qu’elle n’est pas envoyée.`,
  INSOLVENCY_INTEREST_STOPPED: (p) =>
    `Procédure collective ouverte le ${d(p.openedOn)} : les intérêts et pénalités cessent de courir à compter de ce jour (le jugement prend effet à 0 heure à sa date), et la créance doit être déclarée au mandataire judiciaire (déclaration de créance).`,
  INSOLVENCY_NO_INDEMNITY: (p) =>
    `La procédure collective ouverte le ${d(p.openedOn)}, au plus tard à l’échéance du ${d(p.dueDate)}, interdit le paiement à cette date : l’indemnité forfaitaire pour frais de recouvrement ne peut pas être réclamée.`,
  RATE_UNKNOWN: (p) =>
    p.scope === 'interest'
      ? `Le taux du ${half(p.halfYear)} ne figure pas dans la table des taux (connue jusqu’au ${d(p.knownUntil)}) : les intérêts de retard ne sont calculés que jusqu’au ${d(p.lastDay)}. Fournissez ce taux avec l’option « rates » pour compléter le décompte.`
      : `Le taux d’intérêt légal du ${half(p.halfYear)} ne figure pas dans la table des taux : le taux contractuel de ${pct(p.ratePercent)} n’a pas pu être comparé au plancher de ${p.multiple} fois le taux légal. Fournissez-le avec l’option « rates ».`,
  JUDGMENT_UPLIFT_NOT_APPLIED: (p) =>
    p.regime === 'legal-interest'
      ? `La majoration de ${points(p.points)} du CMF L313-3 s’applique au taux d’intérêt légal ; elle n’a pas été ajoutée au taux contractuel.`
      : `La majoration de ${points(p.points)} du CMF L313-3 s’applique au taux d’intérêt légal ; la dette relève du régime ${REGIME[p.regime]}, qui a son propre taux : la majoration n’a pas été appliquée (pénalités et intérêts au taux légal ne se cumulent pas, Cass. com. 24 avril 2024).`,
  CLAUSE_IGNORED: (p) =>
    `Un acheteur public doit les intérêts moratoires du code de la commande publique (taux BCE + ${points(p.points)}), qu’un contrat ne peut ni réduire ni écarter : la clause a été ignorée.`,
  ADDITIONAL_COSTS_NOT_CLAIMABLE: (p) =>
    p.reason === null
      ? `Des frais de recouvrement de ${moneyText(p.costs, 'fr')} ont été indiqués, mais aucune facture n’ouvre droit à l’indemnité forfaitaire : aucune indemnisation complémentaire n’est réclamée.`
      : `Des frais de recouvrement de ${moneyText(p.costs, 'fr')} ont été indiqués, mais l’indemnité forfaitaire n’est pas exigible ici (${REASON[p.reason]}) : aucune indemnisation complémentaire n’est réclamée en plus.`,
  EVENTS_AFTER_AS_OF: (p) =>
    p.count === 1
      ? `1 paiement ou avoir daté après le ${d(p.asOf)} (le ${d(p.firstDate)}) n’a pas été pris en compte : le résultat est calculé au ${d(p.asOf)}.`
      : `${p.count} paiements ou avoirs datés après le ${d(p.asOf)} (le premier le ${d(p.firstDate)}) n’ont pas été pris en compte : le résultat est calculé au ${d(p.asOf)}.`,
  INDEMNITY_DEBTOR_NOT_COVERED: (p) =>
    `L’indemnité forfaitaire pour frais de recouvrement n’est exigible que des professionnels et des acheteurs publics, non d’un débiteur ${p.debtor === 'consumer' ? 'consommateur' : 'non professionnel'}.`,
  INDEMNITY_PAID_ON_TIME: (p) =>
    `Facture payée le ${d(p.paidOn)}, au plus tard à l’échéance du ${d(p.dueDate)} : aucune indemnité n’est due.`,
  INDEMNITY_NOT_YET_DUE: (p) =>
    `L’échéance du ${d(p.dueDate)} n’est pas dépassée au ${d(p.asOf)} : aucune indemnité n’est encore due.`,
  INDEMNITY_NOT_IN_FORCE: (p) =>
    `L’indemnité s’applique aux créances échues à compter du ${d(p.from)} ; celle-ci est échue le ${d(p.dueDate)}.`,
  INDEMNITY_INSOLVENCY: (p) =>
    `La procédure collective ouverte le ${d(p.openedOn)}, au plus tard à l’échéance du ${d(p.dueDate)}, interdit le paiement à cette date : l’indemnité ne peut pas être réclamée.`,
  INDEMNITY_PAID_LATE: (p) =>
    `Facture payée le ${d(p.paidOn)}, après l’échéance du ${d(p.dueDate)} : ${euros(p.euros)} par facture payée en retard, même d’un seul jour (CJUE C-279/23).`,
  INDEMNITY_UNPAID: (p) =>
    `Facture impayée au ${d(p.asOf)}, après l’échéance du ${d(p.dueDate)} : ${euros(p.euros)} par facture payée en retard.`,
  RATE_LEGAL: (p) =>
    `taux d’intérêt légal (${p.category === 'other' ? 'autres cas' : 'créancier personne physique'}) du ${half(p.halfYear)} : ${pct(p.ratePercent)}`,
  RATE_ECB_PLUS: (p) =>
    `taux BCE au ${d(p.ref)} (${pct(p.ecbPercent)}) + ${points(p.points)} = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_FIXED: (p) => `taux contractuel fixe de ${pct(p.ratePercent)}`,
  RATE_CONTRACT_ECB: (p) =>
    `taux contractuel : taux BCE au ${d(p.ref)} (${pct(p.ecbPercent)}) + ${points(p.points)} = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_MULTIPLE: (p) =>
    `taux contractuel : ${p.multiple.replace('.', ',')} × taux légal du ${half(p.halfYear)} (${pct(p.legalPercent)}) = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_FLOOR: (p) =>
    `taux contractuel de ${pct(p.contractPercent)} relevé au plancher ${p.multiple} × ${pct(p.legalPercent)} = ${pct(p.ratePercent)}`,
  RATE_JUDGMENT_UPLIFT: (p) =>
    `${penaltiesTextFr.RATE_LEGAL({ category: p.category, halfYear: p.halfYear, ratePercent: p.basePercent })}, majoré de ${points(p.points)} après le jugement (CMF L313-3) = ${pct(p.ratePercent)}`,
});
