import type { Catalogue } from '../text/internal.js';

import type { IndemnityReasonParam, PenaltiesMessages } from './text.js';

// English keeps ISO dates and plain amounts: the sentences developers and logs have always read.
const d = (date: string): string => date;
const pct = (p: string | number): string => `${String(p)} %`;
const points = (n: number | string): string =>
  `${String(n)} ${Number(n) === 1 ? 'point' : 'points'}`;
const half = (id: string): string => id;
const euros = (n: number): string => `${n} €`;
const REASON: Record<IndemnityReasonParam, string> = {
  'paid-late': 'paid late',
  'unpaid-after-due-date': 'unpaid after the due date',
  'not-late': 'not late',
  'debtor-not-covered': 'debtor not covered',
  insolvency: 'insolvency proceedings opened by the due date',
  'not-in-force': 'due before the indemnity came into force',
};
const floorText = (p: { multiple: number; legalPercent: string; floorPercent: string }): string =>
  `${p.multiple} × the legal rate (${p.multiple} × ${pct(p.legalPercent)} = ${pct(p.floorPercent)})`;

/**
 * The English sentences of the penalties module.
 *
 * @category Penalties
 */
export const penaltiesTextEn: Catalogue<PenaltiesMessages> = /* @__PURE__ */ Object.freeze({
  CONTRACT_RATE_BELOW_FLOOR: (p) =>
    p.applied
      ? `In ${half(p.halfYear)} the contractual rate ${pct(p.ratePercent)} is below the floor of ${floorText(p)}: the floor ${pct(p.floorPercent)} was applied (option onBelowFloor: 'apply-floor').`
      : `In ${half(p.halfYear)} the contractual rate ${pct(p.ratePercent)} is below the floor of ${floorText(p)}. The rate was not raised; a court may replace the clause.`,
  STATUTORY_RATE_BELOW_FLOOR: (p) =>
    `In ${half(p.halfYear)} the statutory default rate ${pct(p.ratePercent)} (ECB + ${points(p.points)}) is below ${floorText(p)}. The floor binds contractual rates only, so the default rate applies.`,
  NO_FORMAL_NOTICE: (p) =>
    `No formal notice (mise en demeure) was given: a ${p.debtor === 'consumer' ? 'consumer' : 'non-professional'} debtor owes interest at the legal rate only from the day after the notice. Interest is 0 until one is sent.`,
  INSOLVENCY_INTEREST_STOPPED: (p) =>
    `Insolvency proceedings opened on ${d(p.openedOn)}: interest and penalties stop from that day (the judgment takes effect at 0 h on its date), and the claim must be filed with the mandataire.`,
  INSOLVENCY_NO_INDEMNITY: (p) =>
    `Insolvency proceedings opened on ${d(p.openedOn)}, on or before the due date ${d(p.dueDate)}, forbid payment on that date: the indemnity cannot be claimed.`,
  RATE_UNKNOWN: (p) =>
    p.scope === 'interest'
      ? `The rate for ${half(p.halfYear)} is not in the rate table (known until ${d(p.knownUntil)}): interest is computed up to ${d(p.lastDay)} only. Supply the rate with the "rates" option to complete the statement.`
      : `The legal interest rate of ${half(p.halfYear)} is not in the rate table: the contractual rate ${pct(p.ratePercent)} could not be checked against the floor of ${p.multiple} × the legal rate. Supply it with the "rates" option.`,
  JUDGMENT_UPLIFT_NOT_APPLIED: (p) =>
    p.regime === 'legal-interest'
      ? `The +${points(p.points)} of CMF L313-3 raise the legal interest rate; they were not added to the contractual rate.`
      : `The +${points(p.points)} of CMF L313-3 raise the legal interest rate; the ${p.regime} regime uses its own rate, so the judgment uplift was not applied (penalties and legal interest are not cumulated, Cass. com. 24 Apr 2024).`,
  CLAUSE_IGNORED: (p) =>
    `A public buyer owes the moratory interest of the public procurement code (ECB + ${points(p.points)}), which a contract may not lower or waive: the clause was ignored.`,
  ADDITIONAL_COSTS_NOT_CLAIMABLE: (p) =>
    p.reason === null
      ? `Recovery costs of ${p.costs} were given, but no invoice owes the fixed indemnity, so no additional compensation is claimed.`
      : `Recovery costs of ${p.costs} were given, but the fixed indemnity is not owed here (${REASON[p.reason]}), so no additional compensation is claimed on top of it.`,
  EVENTS_AFTER_AS_OF: (p) =>
    `${p.count} ${p.count === 1 ? 'payment or credit note' : 'payments or credit notes'} dated after ${d(p.asOf)} (the first on ${d(p.firstDate)}) ${p.count === 1 ? 'was' : 'were'} not applied: the result is computed as of ${d(p.asOf)}.`,
  INDEMNITY_DEBTOR_NOT_COVERED: (p) =>
    `The fixed recovery indemnity is owed by businesses and public buyers only, not by a ${p.debtor === 'consumer' ? 'consumer' : 'non-professional'} debtor.`,
  INDEMNITY_PAID_ON_TIME: (p) =>
    `Paid on ${d(p.paidOn)}, on or before the due date ${d(p.dueDate)}: no indemnity.`,
  INDEMNITY_NOT_YET_DUE: (p) =>
    `The due date ${d(p.dueDate)} has not passed on ${d(p.asOf)}: no indemnity yet.`,
  INDEMNITY_NOT_IN_FORCE: (p) =>
    `The indemnity applies to debts falling due from ${d(p.from)}; this one fell due on ${d(p.dueDate)}.`,
  INDEMNITY_INSOLVENCY: (p) =>
    `Insolvency proceedings opened on ${d(p.openedOn)}, on or before the due date ${d(p.dueDate)}, forbid payment on that date: the indemnity cannot be claimed.`,
  INDEMNITY_PAID_LATE: (p) =>
    `Paid on ${d(p.paidOn)}, after the due date ${d(p.dueDate)}: ${euros(p.euros)} per invoice paid late, even one day late (CJEU C-279/23).`,
  INDEMNITY_UNPAID: (p) =>
    `Unpaid on ${d(p.asOf)}, after the due date ${d(p.dueDate)}: ${euros(p.euros)} per invoice paid late.`,
  RATE_LEGAL: (p) =>
    `legal interest rate (${p.category === 'other' ? 'other cases' : 'creditor a natural person'}) of ${half(p.halfYear)}: ${pct(p.ratePercent)}`,
  RATE_ECB_PLUS: (p) =>
    `ECB rate on ${d(p.ref)} ${pct(p.ecbPercent)} + ${points(p.points)} = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_FIXED: (p) => `contractual fixed rate ${pct(p.ratePercent)}`,
  RATE_CONTRACT_ECB: (p) =>
    `contractual ECB rate on ${d(p.ref)} ${pct(p.ecbPercent)} + ${points(p.points)} = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_MULTIPLE: (p) =>
    `contractual ${p.multiple} × legal rate of ${half(p.halfYear)} ${pct(p.legalPercent)} = ${pct(p.ratePercent)}`,
  RATE_CONTRACT_FLOOR: (p) =>
    `contractual rate ${pct(p.contractPercent)} raised to the floor ${p.multiple} × ${pct(p.legalPercent)} = ${pct(p.ratePercent)}`,
  RATE_JUDGMENT_UPLIFT: (p) =>
    `${penaltiesTextEn.RATE_LEGAL({ category: p.category, halfYear: p.halfYear, ratePercent: p.basePercent })} + ${points(p.points)} after the judgment (CMF L313-3) = ${pct(p.ratePercent)}`,
});
