import type { Catalogue } from '../text/internal.js';
import { countValid, longDateValid } from '../text/internal.js';
import type { LimitationMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const years = (n: number): string => countValid(n, { one: 'an', other: 'ans' }, 'fr');
const days = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const months = (n: number): string => `${n} mois`;
/** The legal basis without the English date of law data (`'… of 16 Feb 2026'`). */
const basis = (article: string): string => article.replace(/ of \d.*$/, '');
type Debtor = LimitationMessages['LIMITATION_SOON']['debtor'];

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
        ? `Si aucun avis d’opposition du greffe n’est reçu au plus tard le ${d(p.deadline)} (${months(p.months)} après la signification, décret 2026-96), le créancier peut faire exécuter l’ordonnance à compter du ${d(p.from)}.`
        : `Sans opposition au plus tard le ${d(p.deadline)} (${months(p.months)} après la signification, CPC 1416), l’ordonnance produit les effets d’un titre exécutoire (CPC 1422) : l’exécution est possible à compter du ${d(p.from)}.`,
});
