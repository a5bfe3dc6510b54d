import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { DunningMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const eur = (amount: string): string => moneyText(amount, 'fr');
const days = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const months = (n: number): string => `${n} mois`;

const KIND: Record<DunningMessages['ACTION']['kind'], string> = {
  pre_due_notice: 'avis avant échéance',
  reminder: 'relance',
  phone_call: 'appel téléphonique',
  written_reminder: 'relance écrite',
  registered_letter: 'lettre recommandée de relance',
  formal_notice: 'mise en demeure',
};
const CHANNEL: Record<DunningMessages['ACTION']['channel'], string> = {
  email: 'par courriel',
  phone: 'par téléphone',
  letter: 'par courrier',
  registered_letter: 'par lettre recommandée avec accusé de réception',
  sms: 'par SMS',
};
/** A step and its channel, without saying twice what the step's name already says. */
function step(p: Pick<DunningMessages['ACTION'], 'kind' | 'channel'>): string {
  if (p.kind === 'phone_call' && p.channel === 'phone') return KIND.phone_call;
  if (p.kind === 'registered_letter' && p.channel === 'registered_letter')
    return `${KIND.registered_letter} (avec accusé de réception)`;
  return `${KIND[p.kind]} ${CHANNEL[p.channel]}`;
}
const ROUTE: Record<DunningMessages['NONE_LEGAL_ACTION']['route'], string> = {
  small_claims: 'Une procédure simplifiée de recouvrement des petites créances a été engagée',
  injonction_de_payer: 'Une requête en injonction de payer a été déposée',
  refere_provision: 'Un référé-provision a été introduit',
  ordinary_action: 'Une action au fond a été engagée',
};
const PROCEEDING: Record<DunningMessages['INSOLVENCY_STAY']['proceeding'], string> = {
  sauvegarde: 'Une procédure de sauvegarde a été ouverte',
  redressement: 'Un redressement judiciaire a été ouvert',
  liquidation: 'Une liquidation judiciaire a été ouverte',
};

const STOP_FR: Record<DunningMessages['NONE_EINVOICE_STOP']['reason'], string> = {
  einvoice_refused: "L'acheteur a refusé la facture, qui n'est donc pas une créance valable",
  einvoice_rejected: "La plateforme a rejeté la facture, qui n'a donc pas été valablement émise",
  einvoice_cancelled: 'La facture a été annulée',
  einvoice_misrouted: "La facture n'est jamais parvenue à l'acheteur (erreur de routage)",
  einvoice_factored: 'La créance a été cédée à un affactureur, qui la recouvre',
  einvoice_direct_payment:
    'Le paiement est fait directement à un tiers (paiement direct), qui recouvre la créance',
};
const STOP_TASK_FR: Record<DunningMessages['NONE_EINVOICE_STOP']['reason'], string> = {
  einvoice_refused:
    'aucune pénalité ni indemnité forfaitaire ne court ; émettez une facture rectificative ou un avoir',
  einvoice_rejected:
    'aucune pénalité ni indemnité forfaitaire ne court ; corrigez la facture et déposez-la à nouveau',
  einvoice_cancelled: 'émettez une nouvelle facture si une somme reste due',
  einvoice_misrouted:
    "déposez à nouveau la facture sur la plateforme de l'acheteur (vérifiez l'annuaire)",
  einvoice_factored: 'cessez les relances',
  einvoice_direct_payment: 'cessez les relances',
};

const service = (p: { months: number; laterMonths: number | null; laterFrom: string | null }) =>
  `dans les ${months(p.months)} de sa date (CPC 1411${p.laterMonths === null || p.laterFrom === null ? '' : ` ; ${months(p.laterMonths)} pour une ordonnance rendue à partir du ${d(p.laterFrom)}, décret 2026-96`})`;

/**
 * The French sentences of the dunning module.
 *
 * @category Dunning
 */
export const dunningTextFr: Catalogue<DunningMessages> = /* @__PURE__ */ Object.freeze({
  NONE_WRITTEN_OFF: (p) => `La créance a été passée en perte le ${d(p.date)} (${p.reason}).`,
  NONE_NOTHING_DUE: () => "Le total de la facture est nul : rien n'est ni n'a jamais été dû.",
  NONE_PAID: (p) =>
    `Plus rien n'est dû sur le principal (réglé : ${eur(p.paid)}, avoirs : ${eur(p.credited)}).`,
  NONE_PAID_LATE: (p) =>
    `Plus rien n'est dû sur le principal (réglé : ${eur(p.paid)}, avoirs : ${eur(p.credited)}). Le solde a été réglé le ${d(p.paidOn)}, avec ${days(p.daysLate)} de retard : ${eur(p.penalties)} de pénalités et ${eur(p.indemnity)} d'indemnité forfaitaire pour frais de recouvrement peuvent encore être réclamés (C. com. L441-10 II).`,
  NONE_TIME_BARRED: (p) =>
    `La créance est prescrite${p.deadline === null ? '' : ` : le dernier jour pour agir était le ${d(p.deadline)}`}. Aucune relance ne doit être envoyée (le débiteur peut encore payer volontairement, C. civ. 2249).`,
  NONE_LEGAL_ACTION: (p) =>
    `${ROUTE[p.route]} le ${d(p.filedOn)} : la relance amiable est terminée, suivez la procédure judiciaire${p.serveMonths === null ? '' : ` (signifiez l'ordonnance ${service({ months: p.serveMonths, laterMonths: p.laterMonths, laterFrom: p.laterFrom })})`}.`,
  NONE_CLAIM_DECLARED: (p) =>
    `La créance a été déclarée le ${d(p.date)} : attendez le mandataire judiciaire et le juge-commissaire ; toute relance et toute action individuelle sont interdites (C. com. L622-21).`,
  NONE_EINVOICE_STOP: (p) =>
    `${STOP_FR[p.reason]} (statut ${p.status} du ${d(p.date)}) : ${STOP_TASK_FR[p.reason]}.`,
  NONE_BELOW_MINIMUM: (p) =>
    `Le reste dû de ${eur(p.outstanding)} est inférieur au minimum de la politique de relance (${eur(p.minimum)}) : aucune relance n'est envoyée.`,
  WAIT_DISPUTED_PART_ONLY: (p) =>
    `Il ne reste que les ${eur(p.outstanding)} contestés par l'acheteur (statut 206 Approuvée partiellement du ${d(p.date)}) : ce montant est suspendu jusqu'à ce que l'acheteur l'approuve ou que le vendeur le complète ou l'annule par un avoir.`,
  WAIT_PAYMENT_IN_TRANSIT: (p) =>
    `La plateforme de l'acheteur a indiqué le ${d(p.since)} que le paiement${p.amount === null ? '' : ` de ${eur(p.amount)}`} a été transmis (statut 211 Paiement transmis) : la prochaine étape attend jusqu'au ${d(p.resumeOn)} qu'il arrive ; les pénalités continuent de courir.`,
  WAIT_DISPUTE: (p) =>
    `Le débiteur conteste la facture depuis le ${d(p.since)} (${p.reason}) : les relances sont suspendues jusqu'au règlement du litige ; les pénalités continuent de courir et la prescription aussi.`,
  WAIT_MEDIATION: (p) =>
    `Une médiation ou une conciliation est en cours depuis le ${d(p.since)} : les relances sont suspendues jusqu'à son terme (la prescription est suspendue, C. civ. 2238).`,
  WAIT_PAUSE: (p) =>
    `Les relances sont suspendues depuis le ${d(p.since)} (${p.reason})${p.until === null ? ", jusqu'à leur reprise" : ` jusqu'au ${d(p.until)}`} ; les pénalités continuent de courir et la prescription aussi.`,
  WAIT_PAYMENT_PLAN: (p) =>
    `Un échéancier est en cours : la prochaine échéance, de ${eur(p.amount)}, tombe le ${d(p.dueDate)} ; les relances ne reprennent que si elle n'est pas honorée.`,
  WAIT_PROMISE: (p) =>
    `Le débiteur a promis le ${d(p.madeOn)} de payer au plus tard le ${d(p.promisedDate)} : les relances attendent cette date.`,
  WAIT_FORMAL_NOTICE: (p) =>
    `La mise en demeure du ${d(p.date)} laisse au débiteur jusqu'au ${d(p.deadline)} pour payer : passez au recouvrement judiciaire à partir du ${d(p.from)} si la facture est toujours impayée.`,
  WAIT_NEXT_STEP: (p) => `Prochaine étape : ${step(p)} (${p.stepId}) le ${d(p.dueOn)}.`,
  WAIT_NOT_WORKING_DAY: (p) =>
    `Le ${d(p.today)} n'est pas un jour ouvré : faites l'étape ${KIND[p.kind]} (${p.stepId}) le ${d(p.until)}.`,
  ACTION: (p) =>
    `À faire aujourd'hui : ${step(p)} (${p.stepId})${p.late ? `, en retard : elle était prévue le ${d(p.dueOn)}` : ''}.`,
  ESCALATE_FORMAL_NOTICE_EXPIRED: (p) =>
    `La mise en demeure du ${d(p.date)} a expiré le ${d(p.deadline)} sans paiement : choisissez une voie de recouvrement${p.actBefore === null ? '' : ` et agissez avant le ${d(p.actBefore)} (prescription)`}.`,
  ESCALATE_LIMITATION_IMMINENT: (p) =>
    `La prescription est acquise ${p.actBefore === null ? 'bientôt' : `le ${d(p.actBefore)}`} : il ne reste plus le temps des relances amiables, engagez dès maintenant une voie qui interrompt la prescription.`,
  DECLARE_CLAIM: (p) =>
    `Cessez les relances et déclarez la créance (${eur(p.total)}) au mandataire judiciaire au plus tard le ${d(p.deadline)} (${months(p.months)} à compter de la publication au BODACC du ${d(p.publishedOn)}).`,
  TIMELINE_STEP_DONE: (p) => `Étape ${p.stepId} faite ${CHANNEL[p.channel]}.`,
  TIMELINE_FORMAL_NOTICE_SENT: (p) =>
    `Mise en demeure envoyée ${CHANNEL[p.channel]}, avec un délai de ${days(p.days)} pour payer.`,
  TIMELINE_STEP_DROPPED: (p) =>
    `Étape ${p.stepId} abandonnée : un avis avant échéance n'est jamais envoyé à l'échéance ou après.`,
  TIMELINE_FORMAL_NOTICE_DEADLINE: () =>
    'Dernier jour du délai de paiement laissé au débiteur par la mise en demeure.',
  TIMELINE_LIMITATION_DEADLINE: () =>
    "Dernier jour pour agir avant la prescription (une mise en demeure n'interrompt pas la prescription).",
  PROMISE_BROKEN: (p) =>
    `Le débiteur avait promis le ${d(p.madeOn)} de payer au plus tard le ${d(p.promisedDate)} et ne l'a pas fait : les relances ont repris le ${d(p.resumedOn)}.`,
  INSTALLMENT_MISSED: (p) =>
    `L'échéance du ${d(p.missedOn)} de l'échéancier convenu le ${d(p.agreedOn)} n'a pas été entièrement payée : l'échéancier est caduc et les relances ont repris.`,
  CONSUMER_INTEREST_NEEDS_FORMAL_NOTICE: (p) =>
    `Un débiteur ${p.debtor === 'consumer' ? 'consommateur' : 'non professionnel'} ne doit les intérêts au taux légal qu'à compter du lendemain d'une mise en demeure ; tant qu'aucune n'est envoyée, aucun intérêt ne court, et l'indemnité forfaitaire pour frais de recouvrement ne lui est jamais due.`,
  EINVOICE_PARTIAL_APPROVAL: (p) =>
    `L'acheteur n'a approuvé qu'une partie de la facture le ${d(p.date)} (statut 206 Approuvée partiellement) : les ${eur(p.held)} contestés sont mis de côté et ne sont pas réclamés ; seul le reste est relancé.`,
  FORMAL_NOTICE_NO_INTERRUPTION: (p) =>
    `Cette mise en demeure n'interrompra PAS la prescription (dernier jour pour agir : ${d(p.deadline)}) : seuls une action en justice, la signification d'une ordonnance d'injonction de payer, une mesure d'exécution, ou la reconnaissance de la dette par le débiteur (y compris un paiement partiel) l'interrompent.`,
  INSOLVENCY_STAY: (p) =>
    `${PROCEEDING[p.proceeding]} le ${d(p.openedOn)} : relances, mises en demeure et actions individuelles en paiement sont interdites, et le débiteur ne peut pas payer cette dette antérieure.`,
  INTEREST_STOPPED: (p) =>
    `Les intérêts et pénalités ont cessé de courir le ${d(p.openedOn)} : les montants sont calculés jusqu'à la veille.`,
  CLAIM_DEADLINE_PASSED: (p) =>
    `Le délai de déclaration de créance expirait le ${d(p.deadline)} : demandez au juge-commissaire un relevé de forclusion au plus tard le ${d(p.reliefDeadline)}, en montrant que le retard ne vous est pas imputable.`,
  EVENTS_AFTER_AS_OF: (p) =>
    `${countValid(p.count, { one: 'événement', other: 'événements' }, 'fr')} du journal daté${p.count < 2 ? '' : 's'} après le ${d(p.asOf)} (le premier le ${d(p.firstDate)}) ${p.count < 2 ? "n'a pas été pris en compte" : "n'ont pas été pris en compte"} : le résultat est calculé au ${d(p.asOf)}.`,
  SMALL_CLAIMS_PUBLIC: () =>
    "Pas pour un débiteur public : ses biens sont insaisissables et il paie par l'intermédiaire de son comptable public.",
  SMALL_CLAIMS_NOT_YET: (p) => `La procédure n'existait pas avant le ${d(p.start)}.`,
  SMALL_CLAIMS_WITHIN: (p) =>
    `Le principal et les intérêts (${eur(p.claim)}) ne dépassent pas le plafond de ${eur(p.ceiling)}.`,
  SMALL_CLAIMS_ABOVE: (p) =>
    `Le principal et les intérêts (${eur(p.claim)}) dépassent le plafond de ${eur(p.ceiling)}.`,
  SMALL_CLAIMS_AGREEMENT: (p) =>
    `Suppose l'accord du débiteur dans un délai de ${months(p.months)} ; l'accord, constaté par le commissaire de justice, vaut titre exécutoire et suspend la prescription (C. civ. 2238).`,
  SMALL_CLAIMS_COSTS: () => 'Tous les frais sont à la charge du créancier.',
  INJONCTION_PUBLIC: () =>
    "Une créance née d'un marché public relève du juge administratif : demandez plutôt un référé-provision au tribunal administratif.",
  INJONCTION_COURT: (p) =>
    `Pour une créance d'un montant déterminé ayant une cause contractuelle, requête déposée auprès du ${p.commercial ? 'tribunal de commerce (créance entre commerçants)' : 'tribunal judiciaire'} du domicile du débiteur (CPC 1406).`,
  INJONCTION_NO_PRIOR_ATTEMPT: (p) =>
    `Aucune tentative préalable de règlement amiable n'est exigée (l'article 750-1 du CPC ne s'applique pas)${p.lawyerAbove === null ? '' : ` ; l'avocat n'est pas obligatoire jusqu'à ${eur(p.lawyerAbove)}`}.`,
  INJONCTION_SERVICE: (p) =>
    `Signifiez l'ordonnance ${service(p)}, faute de quoi elle est non avenue ; seule sa signification interrompt la prescription. Le débiteur dispose ensuite d'un délai de ${months(p.oppositionMonths)} pour former opposition (CPC 1416).`,
  INJONCTION_DISPUTED: () =>
    'Le débiteur a contesté la facture : attendez-vous à une opposition, qui ouvre une procédure au fond.',
  REFERE_DISPUTED: () =>
    "Le débiteur a contesté la facture : l'obligation peut être sérieusement contestable, ce qui ferme le référé-provision.",
  REFERE_OPEN: () =>
    "Possible lorsque l'obligation n'est pas sérieusement contestable ; audience rapide et contradictoire.",
  REFERE_APPROVED: (p) =>
    `L'acheteur a approuvé la facture le ${d(p.date)} (statut 205 Approuvée) : un élément montrant que la dette n'est pas sérieusement contestable.`,
  REFERE_INTERRUPTS: () =>
    "L'introduire interrompt la prescription (C. civ. 2241 : « même en référé »).",
  MEDIATION_REQUIRED: (p) =>
    `Obligatoire avant une action au fond de ${eur(p.claim)} (≤ ${eur(p.ceiling)}) devant le tribunal judiciaire (CPC 750-1), mais pas avant une injonction de payer. Une mise en demeure ne vaut pas tentative de règlement amiable.`,
  MEDIATION_OPTIONAL: () =>
    'Facultative : préserve la relation commerciale et coûte peu (le conciliateur de justice est gratuit).',
  MEDIATION_SUSPENDS: (p) =>
    `Y recourir après la naissance du litige suspend la prescription ; à son terme, il reste au moins ${months(p.months)} pour agir (C. civ. 2238).`,
  MEDIATION_TRIED: () => 'Une médiation ou une conciliation a déjà eu lieu.',
  ORDINARY_BLOCKED: () =>
    "Tentez d'abord une conciliation, une médiation ou une procédure participative : à défaut, la demande serait irrecevable (CPC 750-1).",
  ORDINARY_ROUTE: () =>
    "La voie à suivre lorsque le débiteur conteste la créance ; l'assignation interrompt la prescription jusqu'à la fin de l'instance (C. civ. 2241, 2242).",
  ORDINARY_LAWYER: (p) => `L'avocat est obligatoire au-delà de ${eur(p.lawyerAbove)}.`,
  WRITE_OFF_UNECONOMIC: (p) =>
    `La créance (${eur(p.total)}) ne dépasse pas le coût estimé d'une procédure judiciaire (${eur(p.cost)}).`,
  WRITE_OFF_WORTH: (p) =>
    `La créance (${eur(p.total)}) dépasse le coût estimé d'une procédure judiciaire (${eur(p.cost)}) : le recouvrement vaut la peine d'être poursuivi.`,
  COURT_ADMINISTRATIVE: () => 'tribunal administratif',
  COURT_COMMERCE: () =>
    "tribunal de commerce (tribunal des activités économiques là où l'expérimentation a lieu) du domicile du débiteur",
  COURT_JUDICIAIRE: () => 'tribunal judiciaire du domicile du débiteur',
  COURT_SMALL_CLAIMS: () =>
    "un commissaire de justice du ressort de la cour d'appel du domicile du débiteur",
  COURT_REFERE_ADMINISTRATIVE: () => 'juge des référés du tribunal administratif (CJA R541-1)',
  COURT_REFERE_COMMERCE: () => 'président du tribunal de commerce (CPC 873 al. 2)',
  COURT_REFERE_JUDICIAIRE: () => 'président du tribunal judiciaire (CPC 835 al. 2)',
});
