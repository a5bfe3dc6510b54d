import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid } from '../text/internal.js';
import { legalBasis } from './long-date.js';
import type { LimitationMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const years = (n: number): string => countValid(n, { one: 'an', other: 'ans' }, 'fr');
const days = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const months = (n: number): string => `${n} mois`;
/** The legal basis without the English date of law data (`'… of 16 Feb 2026'`). */
const basis = legalBasis;
type Debtor = LimitationMessages['LIMITATION_SOON']['debtor'];
const noNotice = (deadline: string, n: number, day: string): string =>
  `Si aucun avis d’opposition du greffe n’est reçu au plus tard le ${d(deadline)} (${months(n)} après la signification, décret 2026-96), le créancier peut faire exécuter l’ordonnance à compter du ${d(day)}.`;
/** `, dans la limite du délai butoir de 20 ans (28 mai 2030)` when the cap cut the period. */
const capped = (n: number | null, date: string | null): string =>
  n === null || date === null ? '' : `, dans la limite du délai butoir de ${years(n)} (${d(date)})`;
type Act = LimitationMessages['TRAIL_INTERRUPTS']['act'];
const ACTS: Readonly<Record<Act, (date: string) => string>> = {
  acknowledgement: (date) =>
    `La prescription est interrompue par la reconnaissance de dette du ${d(date)}`,
  payment: (date) =>
    `La prescription est interrompue par le paiement du ${d(date)} (même partiel, un paiement vaut reconnaissance de toute la dette)`,
  'public-claim': (date) =>
    `La déchéance quadriennale est interrompue par la réclamation écrite adressée à l’administration le ${d(date)}`,
  'public-demand': (date) =>
    `La déchéance quadriennale est interrompue par la demande de paiement écrite adressée à la personne publique le ${d(date)}`,
};
const VOIDING = {
  dismissed: (began: string) =>
    `La demande en justice formée le ${d(began)} a été définitivement rejetée`,
  withdrawn: (began: string) =>
    `Le créancier s’est désisté de l’instance introduite le ${d(began)}`,
  lapsed: (began: string) => `L’instance introduite le ${d(began)} est périmée`,
} as const;
const SUSPENDING = {
  mediation: 'La médiation ou la conciliation',
  small_claims:
    'L’accord du débiteur à la procédure simplifiée de recouvrement des petites créances',
} as const;

/** The acts that really interrupt limitation, per debtor kind. */
function interruptingActs(debtor: Debtor): string {
  if (debtor === 'public')
    return 'une demande de paiement ou une réclamation écrite adressée à l’administration, un paiement ou un recours juridictionnel (loi 68-1250 art. 2)';
  return 'une action en justice (assignation, référé, ou ordonnance d’injonction de payer signifiée au débiteur), une mesure d’exécution forcée ou une mesure conservatoire, ou une reconnaissance écrite ou un paiement partiel du débiteur (C. civ. 2240, 2241, 2244)';
}

/**
 * The French sentences of the limitation module.
 *
 * @category Limitation
 */
export const limitationTextFr: Catalogue<LimitationMessages> = /* @__PURE__ */ Object.freeze({
  LIMITATION_SOON: (p) =>
    `La prescription est acquise après le ${d(p.deadline)} (${p.daysLeft === 0 ? `le ${d(p.asOf)} est le dernier jour pour agir` : `${days(p.daysLeft)} restant${p.daysLeft > 1 ? 's' : ''} au ${d(p.asOf)}`}). Pour conserver la créance, agissez avant cette date par ${interruptingActs(p.debtor)}.${p.debtor === 'public' ? '' : ' Une mise en demeure, même par lettre recommandée, ne l’interrompt PAS (Cass. com. 18 mai 2022 n° 20-23.204).'}`,
  LIMITATION_EXPIRED: (p) =>
    `Le dernier jour pour agir était le ${d(p.deadline)} : la créance est prescrite (C. civ. 2219, 2229), sauf si le débiteur n’oppose pas la prescription.`,
  PROCEEDINGS_PENDING: () =>
    'Une procédure est en cours : la prescription est interrompue jusqu’à son terme (C. civ. 2242) ; un nouveau délai courra à partir de la fin de l’instance. Enregistrez la fin avec un événement proceedings_ended.',
  LIMITATION_SUSPENDED: (p) =>
    `La prescription est suspendue depuis le ${d(p.since)} (C. civ. 2238) ; si la suspension prenait fin le ${d(p.statusAt)}, le dernier jour pour agir serait le ${d(p.deadline)}.`,
  FORMAL_NOTICE_NO_EFFECT: (p) =>
    `Une mise en demeure n’interrompt PAS la prescription, même par lettre recommandée. L’interrompent : ${interruptingActs(p.debtor)}.`,
  EVENT_AFTER_EXPIRY: (p) =>
    p.count === 1
      ? '1 événement est survenu après l’acquisition de la prescription et n’a eu aucun effet sur elle.'
      : `${p.count} événements sont survenus après l’acquisition de la prescription et n’ont eu aucun effet sur elle.`,
  INJONCTION_NOT_SERVED: (p) =>
    `L’ordonnance d’injonction de payer du ${d(p.issued)} n’interrompt la prescription qu’une fois signifiée ; signifiez-la au plus tard le ${d(p.lastDay)}, sinon elle devient non avenue.`,
  INJONCTION_LAPSED: (p) =>
    p.servedOn !== null
      ? `L’ordonnance d’injonction de payer signifiée le ${d(p.servedOn)} l’a été après le ${d(p.lastDay)} : elle est non avenue et n’a pas interrompu la prescription.`
      : `L’ordonnance d’injonction de payer du ${d(p.issued ?? p.lastDay)} n’a pas été signifiée au plus tard le ${d(p.lastDay)} : elle est non avenue et n’a pas interrompu la prescription.`,
  CONSUMER_START_FALLBACK: (p) =>
    `Aucune date d’achèvement fournie : la prescription est comptée à partir de la date ${p.from === 'due-date' ? 'd’échéance' : 'de facture'} (${d(p.date)}). Les juges la comptent à partir de l’achèvement des travaux ou de l’exécution des prestations ; indiquez la date de livraison de la facture (deliveryDate, ou completionDate dans une créance) pour un calcul exact.`,
  LATE_INVOICE_START: (p) =>
    p.courtDeadline === null
      ? `La facture (${d(p.invoiceDate)}) a été émise plus de ${days(p.days)} après l’achèvement (${d(p.completionDate)}) : la prescription est comptée à partir de l’achèvement, le point de départ le plus prudent. Passez b2bStart: 'due-date' pour la compter à partir de l’échéance.`
      : `La facture (${d(p.invoiceDate)}) a été émise plus de ${days(p.days)} après l’achèvement (${d(p.completionDate)}) ; la prescription est comptée à partir de l’échéance comme demandé, mais un juge peut la compter à partir de l’achèvement (dernier jour le ${d(p.courtDeadline)}).`,
  PUBLIC_START_YEAR: (p) =>
    `Le droit est réputé né à l’échéance (${p.year}). Si un juge le fait naître du service fait (${p.completionYear}), la déchéance interviendrait après le ${d(p.deadline)}.`,
  LONG_STOP_BINDING: (p) =>
    `Le délai butoir de ${years(p.years)} (${d(p.date)}) plafonne les prolongations dues aux reconnaissances, paiements ou suspensions ; seule une action en justice ou une mesure d’exécution peut porter la créance au-delà.`,
  EVENTS_AFTER_AS_OF: (p) =>
    p.count === 1
      ? `1 événement daté après le ${d(p.asOf)} (le ${d(p.firstDate)}) n’a pas été pris en compte : le résultat est calculé au ${d(p.asOf)}.`
      : `${p.count} événements datés après le ${d(p.asOf)} (le premier le ${d(p.firstDate)}) n’ont pas été pris en compte : le résultat est calculé au ${d(p.asOf)}.`,
  STATUS_PENDING: () =>
    'Une procédure est en cours : la prescription est interrompue jusqu’à son terme (C. civ. 2242) ; un nouveau délai courra à partir de la fin de l’instance.',
  STATUS_SUSPENDED: (p) =>
    `La prescription est suspendue depuis le ${d(p.since)} (C. civ. 2238) ; si la suspension prenait fin le ${d(p.statusAt)}, le dernier jour pour agir serait le ${d(p.deadline)}.`,
  STATUS_EXPIRED: (p) =>
    `Le dernier jour pour agir était le ${d(p.deadline)} : la créance est prescrite (C. civ. 2219, 2229), sauf si le débiteur n’oppose pas la prescription.`,
  STATUS_RUNNING: (p) =>
    `La prescription court : le dernier jour pour agir est le ${d(p.deadline)} (jamais reporté au jour ouvrable suivant, C. civ. 2229).`,
  START_COMPLETION: (p) =>
    `L’action d’un professionnel contre un consommateur se prescrit par ${years(p.years)} à compter de l’achèvement des travaux ou de l’exécution des prestations (${d(p.completionDate)}), quelle que soit la date de facture.`,
  START_FALLBACK: (p) =>
    `Sans date d’achèvement, la date ${p.from === 'due-date' ? 'd’échéance' : 'de facture'} est retenue (l’ancienne jurisprudence comptait à partir de la date de facture).`,
  START_PUBLIC: (p) =>
    `Une créance sur une personne publique est prescrite au bout de ${years(p.years)} à compter du 1er janvier de l’année suivant celle où le droit est né (déchéance quadriennale) ; le droit est réputé né à l’échéance (${d(p.dueDate)}), le délai court donc du ${d(p.from)} au ${d(p.to)}.`,
  START_LATE_INVOICE: (p) =>
    `La facture a été émise tardivement (${d(p.invoiceDate)}, plus de ${days(p.days)} après l’achèvement du ${d(p.completionDate)}) : la prescription court à compter de l’achèvement de la prestation, quelle que soit la date de facturation choisie par le créancier.`,
  START_DUE_DATE: (p) =>
    `La prescription court à compter du jour où la créance est devenue exigible (${d(p.dueDate)}).`,
  LONG_STOP: (p) =>
    `${years(p.years)} à compter de la naissance du droit (${d(p.birth)}) : reconnaissances, paiements et suspensions ne peuvent pas reporter la prescription au-delà ; l’action en justice (2241 al. 1) et les mesures d’exécution forcée ou conservatoires (2244) le peuvent.`,
  LONG_STOP_PUBLIC: () =>
    'Indiqué pour information : la déchéance quadriennale a son propre régime (loi 68-1250) et le délai butoir du Code civil ne lui est pas appliqué.',
  PROC_INJONCTION_SERVICE: (p) =>
    `Signifiez l’ordonnance d’injonction de payer au plus tard le ${d(p.deadline)} (${months(p.months)}, ${basis(p.article)}) ; à défaut, elle est non avenue et n’interrompt pas la prescription.`,
  PROC_OPPOSITION: (p) =>
    `Le débiteur peut former opposition jusqu’au ${d(p.deadline)} ; passé ce délai, l’ordonnance produit les effets d’un jugement (CPC 1422).`,
  PROC_INSOLVENCY_CLAIM: (p) =>
    `Déclarez la créance au mandataire judiciaire au plus tard le ${d(p.deadline)} (${months(p.months)} à compter de la publication au BODACC${p.abroad ? ', créancier établi hors de France métropolitaine' : ''}).`,
  PROC_FORCLUSION_RELIEF: (p) =>
    `Demandez au juge-commissaire un relevé de forclusion au plus tard le ${d(p.deadline)}.`,
  PROC_FORMAL_NOTICE: (p) =>
    p.rolled
      ? `Le délai de ${days(p.days)} expire le ${d(p.nominal)}, jour non ouvré ; son report au ${d(p.deadline)} par l’article 642 du CPC est discutable pour un délai contractuel : attendez le ${d(p.deadline)} avant l’étape suivante.`
      : `Le délai de ${days(p.days)} expire le ${d(p.nominal)} ; l’étape suivante peut être engagée dès le lendemain.`,
  PROC_JUDGMENT_UPLIFT: (p) =>
    `Le délai de ${months(p.months)} expire le ${d(p.nominal)} : le taux légal majoré de ${countValid(p.points, { one: 'point', other: 'points' }, 'fr')} s’applique à compter du ${d(p.from)}${p.fromIfRolled === null ? '' : ` (du ${d(p.fromIfRolled)} si l’article 642 du CPC s’applique, ce qui est discutable)`}.`,
  PROC_ENFORCEMENT: (p) =>
    p.variant === 'lapsed'
      ? `L’ordonnance du ${d(p.orderDate)} a été signifiée le ${d(p.servedOn)}, après la date limite de signification (${d(p.lastDay)} ; ${months(p.months)}, ${basis(p.article)}) : elle est non avenue et ne peut pas être exécutée.`
      : p.variant === 'no-notice'
        ? noNotice(p.deadline, p.months, p.from)
        : `Sans opposition au plus tard le ${d(p.deadline)} (${months(p.months)} après la signification, CPC 1416), l’ordonnance produit les effets d’un titre exécutoire (CPC 1422) : l’exécution est possible à compter du ${d(p.from)}.`,
  TRAIL_AFTER_EXPIRY: (p) =>
    `La créance était déjà prescrite (dernier jour pour agir : le ${d(p.deadline)}) ; un acte postérieur ne peut ni interrompre ni suspendre la prescription. Seul le débiteur peut renoncer à la prescription acquise (C. civ. 2250), et le juge ne peut pas la relever d’office (C. civ. 2247).`,
  TRAIL_NOT_STARTED: (p) =>
    `La prescription n’avait pas encore commencé à courir (elle court à compter du ${d(p.start)}) : cet acte est sans effet.`,
  TRAIL_ALREADY_INTERRUPTED: () =>
    'Une instance est en cours : la prescription est déjà interrompue jusqu’à son extinction (C. civ. 2242).',
  TRAIL_INTERRUPTS: (p) =>
    `${ACTS[p.act](p.date)} : un nouveau délai ${p.to === null ? 'de prescription ' : ''}de ${years(p.years)} court ${p.to === null ? 'à compter de cette date' : `du ${d(p.from)} au ${d(p.to)}`}${p.suspended ? ', une fois la suspension terminée' : ''}${capped(p.longStopYears, p.longStopDate)}.`,
  TRAIL_WRITTEN_CLAIM_PRIVATE: () =>
    'Une réclamation écrite n’interrompt que la déchéance quadriennale d’une créance sur une personne publique (loi 68-1250 art. 2) ; à l’égard d’un débiteur privé, elle est sans effet.',
  TRAIL_FORMAL_NOTICE: () =>
    'Une mise en demeure, même par lettre recommandée avec demande d’avis de réception, n’interrompt ni ne suspend la prescription : seuls les actes énumérés par le Code civil ont cet effet (C. civ. 2240, 2241, 2244).',
  TRAIL_PUBLIC_SEIZURE: () =>
    'Les biens d’une personne publique sont insaisissables (CGPPP L2311-1) ; la déchéance quadriennale n’est interrompue que par les actes prévus à l’article 2 de la loi 68-1250.',
  TRAIL_MEASURE: (p) =>
    `La prescription est interrompue par la mesure ${p.measure === 'enforcement' ? 'd’exécution forcée' : 'conservatoire'} du ${d(p.date)} : un nouveau délai de prescription de ${years(p.years)} court à compter de cette date${p.suspended ? ', une fois la suspension terminée' : ''} (le délai butoir de ${years(p.longStopYears)} ne s’applique pas, C. civ. 2232 al. 2).`,
  TRAIL_ACTION_VOIDED: () =>
    'Cette instance s’est ensuite achevée sans succès : l’interruption qu’elle avait produite est non avenue (C. civ. 2243).',
  TRAIL_ACTION_FILED: (p) =>
    `La demande en justice du ${d(p.date)} interrompt la prescription jusqu’à l’extinction de l’instance (C. civ. 2242) ; un nouveau délai de ${years(p.years)} courra ${p.public ? 'à compter du 1er janvier suivant la date à laquelle la décision sera passée en force de chose jugée' : 'à compter de la fin de l’instance'}. Enregistrez la fin avec un événement proceedings_ended.${p.absorbed ? ' La suspension en cours est absorbée par l’instance.' : ''}`,
  TRAIL_ORDER_ISSUED: (p) =>
    `Ni le dépôt de la requête ni l’ordonnance d’injonction de payer du ${d(p.date)} n’interrompent la prescription ; seule sa signification l’interrompt, si elle intervient au plus tard le ${d(p.lastDay)} (${months(p.months)}, ${basis(p.article)}).`,
  TRAIL_ORDER_LAPSED: (p) =>
    `L’ordonnance du ${d(p.orderDate)} a été signifiée après le ${d(p.lastDay)}, plus de ${months(p.months)} après avoir été rendue : elle est non avenue (${basis(p.article)}) et sa signification n’interrompt pas la prescription.`,
  TRAIL_OPPOSITION_VOIDED: () =>
    'L’instance sur opposition s’est ensuite achevée sans succès : l’interruption produite par la signification de l’ordonnance est non avenue (C. civ. 2243).',
  TRAIL_ORDER_SERVED: (p) =>
    `La signification de l’ordonnance d’injonction de payer le ${d(p.date)}, dans le délai de ${months(p.serviceMonths)}, interrompt la prescription : un nouveau délai ${p.public ? '' : 'de prescription '}de ${years(p.years)} court à compter ${p.public ? 'du 1er janvier suivant' : 'de cette date'}. Le débiteur dispose d’un délai de ${months(p.oppositionMonths)} pour former opposition (CPC 1416).${p.enforceDeadline === null || p.enforceMonths === null || p.enforceFrom === null ? '' : ` ${noNotice(p.enforceDeadline, p.enforceMonths, p.enforceFrom)}`}`,
  TRAIL_NOTHING_TO_SUSPEND: () =>
    'Une instance est en cours : la prescription est déjà interrompue jusqu’à son extinction, il n’y a donc rien à suspendre.',
  TRAIL_SUSPENDS: (p) =>
    `${SUSPENDING[p.kind]} suspend la prescription à compter du ${d(p.date)} : le délai cesse de courir alors qu’il reste ${days(p.daysLeft)} ; il recommence à courir à son terme, pour une durée qui ne peut être inférieure à ${months(p.months)} (C. civ. 2238).`,
  TRAIL_END_UNMATCHED: () =>
    'Le début correspondant n’a pas suspendu la prescription (il est survenu après son acquisition ou pendant une instance) : sa fin est donc sans effet.',
  TRAIL_OTHER_SUSPENSION: () =>
    'Une autre cause de suspension est toujours en cours : la prescription reste suspendue.',
  TRAIL_RESUMES: (p) =>
    `La suspension prend fin le ${d(p.date)} : le délai restant recommence à courir, pour une durée qui ne peut être inférieure à ${months(p.months)} (jusqu’au ${d(p.until)})${capped(p.longStopYears, p.longStopDate)}.`,
  TRAIL_PROCEEDINGS_VOIDED: (p) =>
    `${VOIDING[p.outcome](p.began)} : l’interruption qui en résultait est non avenue (C. civ. 2243) et la prescription est calculée sans en tenir compte${p.expiredAfter === null ? '' : ` ; la créance est prescrite depuis le lendemain du ${d(p.expiredAfter)}`}.`,
  TRAIL_JUDGMENT_AFTER_EXPIRY: () =>
    'L’action à laquelle cette décision met fin a été engagée alors que la créance était déjà prescrite ; le jugement reste acquis si le débiteur n’a pas opposé la prescription (le juge ne peut la relever d’office, C. civ. 2247).',
  TRAIL_JUDGMENT: (p) =>
    `L’instance introduite le ${d(p.began)} s’est achevée par un jugement : un nouveau délai de ${years(p.years)} court à compter du ${d(p.from)}. Faites signifier le jugement (judgment_served) pour disposer d’un titre exécutoire de ${years(p.titleYears)} (CPCE L111-4).`,
  TRAIL_JUDGMENT_PUBLIC: (p) =>
    `Contre une personne publique, une condamnation est payée par le comptable public (loi 80-539) et non exécutée selon le CPCE ; le délai de ${years(p.years)} court déjà à compter du 1er janvier suivant la décision.`,
  TRAIL_TITLE: (p) =>
    `Le jugement signifié constitue un titre exécutoire : son exécution peut être poursuivie pendant ${years(p.years)}, jusqu’au ${d(p.until)}, même si la créance elle-même se prescrivait par un délai plus court (CPCE L111-4).`,
});
