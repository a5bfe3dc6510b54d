import type { DebtorKind } from '../parties/internal.js';
import {
  type Catalogue,
  countValid,
  listValid,
  longDateValid,
  moneyText,
} from '../text/internal.js';
import type { CustomerMessageKind } from './kinds.js';
import type { AmountPart, CollectionsMessages } from './text.js';

const d = (date: string): string => longDateValid(date, 'fr');
const m = (amount: string): string => moneyText(amount, 'fr');
const n = (count: number, one: string, other: string): string =>
  countValid(count, { one, other }, 'fr');
const list = (items: ReadonlyArray<string>): string => listValid(items, 'fr');
const days = (count: number): string => n(count, 'jour', 'jours');
const one = (count: number, singular: string, plural: string): string =>
  count < 2 ? singular : plural;

/** A few numbers in full, the rest counted (a subject line stays short). */
function shortList(numbers: ReadonlyArray<string>): string {
  if (numbers.length <= 4) return list(numbers);
  return `${numbers.slice(0, 3).join(', ')} et ${numbers.length - 3} autres`;
}

const KIND: Readonly<Record<CustomerMessageKind, string>> = {
  pre_due_notice: 'un rappel avant échéance',
  reminder: 'une relance amiable',
  phone_call: 'un appel de relance',
  written_reminder: 'une relance écrite',
  registered_letter: 'une lettre recommandée de relance',
  formal_notice: 'une mise en demeure',
  late_payment_claim: 'une réclamation des pénalités de retard',
};

const PROCEEDING = {
  sauvegarde: "d'une procédure de sauvegarde",
  redressement: "d'un redressement judiciaire",
  liquidation: "d'une liquidation judiciaire",
} as const;

const isCivil = (kind: DebtorKind): boolean => kind === 'consumer' || kind === 'non_professional';

function interestLabel(kind: DebtorKind): string {
  if (kind === 'public')
    return 'intérêts moratoires (art. L2192-13 du Code de la commande publique)';
  if (isCivil(kind)) return 'intérêts au taux légal (art. 1231-6 du Code civil)';
  return 'pénalités de retard (art. L441-10 II du Code de commerce)';
}

function amountLabel(part: AmountPart, kind: DebtorKind): string {
  switch (part) {
    case 'principal':
      return 'principal restant dû';
    case 'penalties':
      return interestLabel(kind);
    case 'indemnity':
      return kind === 'public'
        ? 'indemnité forfaitaire pour frais de recouvrement (art. D2192-35 du Code de la commande publique)'
        : 'indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce)';
    case 'total':
      return 'total dû';
    case 'claimed':
      return 'montant réclamé';
  }
}

function totalLabel(part: AmountPart, kind: DebtorKind): string {
  switch (part) {
    case 'principal':
      return 'Total du principal restant dû';
    case 'penalties':
      return kind === 'public'
        ? 'Total des intérêts moratoires'
        : isCivil(kind)
          ? 'Total des intérêts au taux légal'
          : 'Total des pénalités de retard';
    case 'indemnity':
      return 'Total des indemnités forfaitaires';
    case 'total':
      return 'Total dû';
    case 'claimed':
      return 'Total réclamé';
  }
}

function claimBasis(kind: DebtorKind): string {
  if (kind === 'public')
    return "des intérêts moratoires et de l'indemnité forfaitaire pour frais de recouvrement, dus de plein droit (articles L2192-13 et D2192-35 du Code de la commande publique)";
  if (isCivil(kind))
    return 'des intérêts au taux légal courus depuis notre mise en demeure (articles 1231-6 et 1344-1 du Code civil)';
  return "des pénalités de retard et de l'indemnité forfaitaire pour frais de recouvrement, dues de plein droit sans qu'un rappel soit nécessaire (articles L441-10 II et D441-5 du Code de commerce)";
}

function claimWhat(kind: DebtorKind, penalties: boolean, indemnity: boolean): string {
  const interest =
    kind === 'public'
      ? 'des intérêts moratoires'
      : isCivil(kind)
        ? 'des intérêts de retard'
        : 'des pénalités de retard';
  if (penalties && indemnity) return `${interest} et de l'indemnité forfaitaire`;
  return indemnity ? "de l'indemnité forfaitaire" : interest;
}

const OBJECT: Readonly<Record<CustomerMessageKind, string>> = {
  pre_due_notice: 'factures arrivant à échéance',
  reminder: 'factures en attente de règlement',
  phone_call: 'appel de relance',
  written_reminder: 'relance de factures impayées',
  registered_letter: 'dernière relance avant mise en demeure',
  formal_notice: 'mise en demeure de payer',
  late_payment_claim: "réclamation des pénalités de retard et de l'indemnité forfaitaire",
};

function subject(kind: CustomerMessageKind, numbers: ReadonlyArray<string>, name: string): string {
  const single = numbers.length === 1;
  const first = numbers[0] ?? '';
  switch (kind) {
    case 'pre_due_notice':
      return single
        ? `Facture ${first} : échéance prochaine`
        : `${numbers.length} factures arrivant à échéance`;
    case 'reminder':
      return single
        ? `Facture ${first} en attente de règlement`
        : `Factures en attente de règlement (${shortList(numbers)})`;
    case 'phone_call':
      return `Appel de relance — ${name}`;
    case 'written_reminder':
      return single
        ? `Relance — facture ${first} impayée`
        : `Relance — ${numbers.length} factures impayées`;
    case 'registered_letter':
      return `Lettre recommandée — ${single ? `facture ${first} impayée` : `${numbers.length} factures impayées`}`;
    case 'formal_notice':
      return `Mise en demeure de payer — ${single ? `facture ${first}` : `factures ${shortList(numbers)}`}`;
    case 'late_payment_claim':
      return `Réclamation des pénalités de retard — ${single ? `facture ${first}` : `factures ${shortList(numbers)}`}`;
  }
}

function intro(tone: CustomerMessageKind, count: number, previous: ReadonlyArray<string>): string {
  const prev = previous.length > 0 ? ` (${list(previous.map(d))})` : '';
  const unpaid = one(
    count,
    'la facture suivante demeure impayée',
    'les factures suivantes demeurent impayées',
  );
  const Unpaid = unpaid.charAt(0).toUpperCase() + unpaid.slice(1);
  switch (tone) {
    case 'pre_due_notice':
      return `Pour faciliter votre organisation, nous vous rappelons que ${one(count, 'la facture suivante arrive', 'les factures suivantes arrivent')} prochainement à échéance :`;
    case 'reminder':
    case 'phone_call':
      return `Sauf erreur de notre part, ${one(count, 'la facture suivante reste impayée', `les ${count} factures suivantes restent impayées`)} :`;
    case 'written_reminder':
      return `${previous.length > 0 ? `Malgré nos précédentes relances${prev}, ${unpaid}` : `Sauf erreur de notre part, ${unpaid}`}. À ce jour, les sommes dues s'établissent comme suit :`;
    case 'registered_letter':
      return previous.length > 0
        ? `Nous vous avons déjà demandé le règlement ${one(count, 'de la facture suivante', 'des factures suivantes')}${prev}. Ces demandes sont restées sans effet. Les sommes dues à ce jour sont les suivantes :`
        : `${Unpaid}. Les sommes dues à ce jour sont les suivantes :`;
    case 'formal_notice':
      return previous.length > 0 ? `Malgré nos relances${prev}, ${unpaid} :` : `${Unpaid} :`;
    case 'late_payment_claim':
      return `Nous vous remercions de ${one(count, 'votre règlement', 'vos règlements')}.`;
  }
}

function request(tone: CustomerMessageKind, count: number): string {
  switch (tone) {
    case 'pre_due_notice':
      return 'Si le règlement est déjà en cours, merci de ne pas tenir compte de ce message.';
    case 'reminder':
    case 'phone_call':
      return "Il s'agit sans doute d'un simple oubli : pourriez-vous procéder au règlement ou nous indiquer si un point bloque ?";
    case 'written_reminder':
      return 'Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais.';
    case 'registered_letter':
      return `Nous vous demandons de régler ${one(count, 'cette somme', 'ces sommes')} sans délai. À défaut, nous serons contraints de vous adresser une mise en demeure.`;
    case 'formal_notice':
      return 'Nous vous remercions de procéder au règlement dans le délai indiqué.';
    case 'late_payment_claim':
      return 'Nous vous remercions de bien vouloir nous régler cette somme dans les meilleurs délais.';
  }
}

function heldLine(p: CollectionsMessages['HELD_LINE']): string {
  const head = `Facture n° ${p.number}`;
  switch (p.reason) {
    case 'dispute':
      return `${head} : contestation en cours d'examen`;
    case 'promise':
      return `${head} : règlement promis${p.through === null ? '' : ` au plus tard le ${d(p.through)}`}`;
    case 'payment_plan':
      return `${head} : échéancier en cours${p.through === null ? '' : ` (prochaine échéance le ${d(p.through)})`}`;
    case 'pause':
      return `${head} : relances suspendues${p.through === null ? '' : ` jusqu'au ${d(p.through)}`}`;
    case 'mediation':
      return `${head} : médiation en cours`;
    case 'payment_in_transit':
      return `${head} : paiement annoncé comme transmis${p.through === null ? '' : `, attendu jusqu'au ${d(p.through)}`}`;
  }
}

const COLUMN = {
  invoice: 'Facture',
  issueDate: 'Date',
  dueDate: 'Échéance',
  daysLate: 'Retard',
  paidOn: 'Réglée le',
  principal: 'Principal',
  indemnity: 'Indemnité',
  total: 'Total',
} as const;

function statementEntry(p: CollectionsMessages['STATEMENT_ENTRY']): string {
  const ref = p.reference === null ? '' : ` (${p.reference})`;
  switch (p.kind) {
    case 'invoice':
      return `Facture n° ${p.number}`;
    case 'payment':
      return `Règlement — facture n° ${p.number}${ref}`;
    case 'credit_note':
      return `Avoir — facture n° ${p.number}${ref}`;
    case 'dispute_credit':
      return `Réduction accordée après contestation — facture n° ${p.number}`;
  }
}

/**
 * The French sentences of the collections module.
 *
 * @category Collections
 */
export const collectionsFr: Catalogue<CollectionsMessages> = Object.freeze({
  ACTION_DUE: (p) =>
    p.count === 0
      ? `À faire aujourd'hui : ${KIND[p.kind]} pour ${n(p.claims, 'facture réglée', 'factures réglées')} en retard (total ${m(p.total)}).`
      : `À faire aujourd'hui : ${KIND[p.kind]} listant ${n(p.count, 'facture', 'factures')}, pour un total de ${m(p.total)}${p.claims > 0 ? `, avec ${n(p.claims, 'réclamation', 'réclamations')} après paiement tardif` : ''}.`,
  WAIT_CUSTOMER_GAP: (p) =>
    `Le client a reçu un message le ${d(p.lastContactOn)} : pas de nouveau message avant le ${d(p.until)} (au moins ${days(p.minDays)} entre deux messages).`,
  WAIT_NOT_WORKING_DAY: (p) =>
    `Aujourd'hui n'est pas un jour ouvré : le prochain message partira le ${d(p.until)}.`,
  WAIT_SCHEDULED: (p) => `Rien à envoyer aujourd'hui : prochaine étape prévue le ${d(p.until)}.`,
  WAIT_ON_HOLD: (p) =>
    `${one(p.count, 'La facture ouverte est suspendue', `Les ${p.count} factures ouvertes sont suspendues`)} (litige, promesse, échéancier, pause, médiation ou paiement transmis) : rien à envoyer tant qu'un événement ne change pas la situation.`,
  ESCALATE: (p) =>
    `La phase amiable est terminée pour ${one(p.numbers.length, 'la facture', 'les factures')} ${list(p.numbers)} : choisir une voie de recouvrement.`,
  DECLARE_CLAIM: (p) =>
    `Ouverture ${PROCEEDING[p.proceeding]} publiée au BODACC le ${d(p.publishedOn)} : plus aucune relance n'est permise ; déclarer la créance (${m(p.total)}, ${n(p.count, 'facture', 'factures')}) au mandataire judiciaire au plus tard le ${d(p.deadline)}.`,
  NONE_NOTHING_OPEN: (p) =>
    `Aucune facture à relancer (${n(p.count, 'facture examinée', 'factures examinées')}).`,
  NONE_CLAIM_DECLARED: () =>
    "La créance a été déclarée au mandataire judiciaire : aucune relance ni action individuelle n'est permise (art. L622-21 du Code de commerce).",
  EVENTS_AFTER_AS_OF: (p) =>
    `${n(p.count, 'événement daté', 'événements datés')} après le ${d(p.asOf)} (le premier du ${d(p.first)}) ${one(p.count, "n'a", "n'ont")} pas été pris en compte.`,
  LATE_PAYMENT_CLAIMABLE: (p) =>
    `La facture ${p.number} a été réglée le ${d(p.paidOn)}, avec ${days(p.daysLate)} de retard : ${m(p.total)} restent réclamables (${isCivil(p.debtorKind) ? 'intérêts' : p.debtorKind === 'public' ? 'intérêts moratoires' : 'pénalités'} ${m(p.penalties)}${p.indemnity === '0.00' ? '' : `, indemnité forfaitaire ${m(p.indemnity)}`}).`,
  LATE_PAYMENT_CLAIM_TIME_BARRED: (p) =>
    `La facture ${p.number}, réglée le ${d(p.paidOn)}, ne peut plus donner lieu à une réclamation des pénalités : la prescription est acquise.`,
  INSOLVENCY_NOT_RECORDABLE: (p) =>
    `Le journal de la facture ${p.number} contient des événements postérieurs à l'ouverture de la procédure (${d(p.openedOn)}) : enregistrez l'ouverture à la main avant de déclarer la créance.`,
  BACKLOG_TAKEOVER: (p) =>
    `La facture ${p.number} a ${days(p.daysLate)} de retard sans relance enregistrée : les relances de courtoisie sont sautées (étape « ${p.stepId} »).`,
  SUBJECT: (p) => subject(p.kind, p.numbers, p.debtorName),
  GREETING: (p) => (p.formal ? 'Madame, Monsieur,' : 'Bonjour,'),
  INTRO: (p) => intro(p.tone, p.count, p.previous),
  LINE: (p) =>
    `Facture n° ${p.number} du ${d(p.issueDate)}, échue le ${d(p.dueDate)}${p.daysLate > 0 ? ` (${days(p.daysLate)} de retard)` : ''}`,
  LINE_UPCOMING: (p) =>
    `Facture n° ${p.number} du ${d(p.issueDate)} : ${m(p.invoiced)}, à régler au plus tard le ${d(p.dueDate)}`,
  AMOUNT: (p) => `${amountLabel(p.part, p.debtorKind)} : ${m(p.amount)}`,
  TOTAL: (p) => `${totalLabel(p.part, p.debtorKind)} : ${m(p.amount)}`,
  COLUMN: (p) =>
    p.column === 'penalties'
      ? p.debtorKind === 'professional'
        ? 'Pénalités'
        : 'Intérêts'
      : COLUMN[p.column],
  DAYS: (p) => days(p.days),
  REQUEST: (p) => request(p.tone, p.count),
  FORMAL_DEMAND: (p) =>
    `Par la présente, nous vous mettons en demeure, au sens de l'article 1344 du Code civil, de nous régler la somme de ${m(p.total)} due au titre de ${one(p.count, 'cette facture', `ces ${p.count} factures`)}, dans un délai de ${days(p.deadlineDays)}, soit au plus tard le ${d(p.deadline)}.`,
  FORMAL_LEGAL_BASIS: (p) =>
    p.debtorKind === 'public'
      ? "Conformément aux articles L2192-13 et R2192-31 du Code de la commande publique, le retard de paiement fait courir de plein droit, dès le lendemain de l'expiration du délai de paiement, des intérêts moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D2192-35 du même code). Ces intérêts continuent de courir jusqu'au paiement."
      : isCivil(p.debtorKind)
        ? 'La présente mise en demeure fait courir les intérêts au taux légal sur les sommes dues à compter de sa date (articles 1231-6 et 1344-1 du Code civil).'
        : "Conformément à l'article L441-10 II du Code de commerce, des pénalités de retard sont exigibles de plein droit, sans qu'un rappel soit nécessaire, dès le lendemain de chaque échéance, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code). Ces pénalités continuent de courir jusqu'au complet paiement.",
  FORMAL_NEXT_STEP: (p) =>
    p.debtorKind === 'public'
      ? 'À défaut de paiement dans ce délai, nous saisirons le juge administratif d’une demande de provision (article R541-1 du Code de justice administrative).'
      : `À défaut de paiement dans ce délai, nous engagerons sans autre avis une procédure de recouvrement judiciaire, notamment une requête en injonction de payer (articles 1405 et suivants du Code de procédure civile)${isCivil(p.debtorKind) ? '' : ', sans préjudice d’une indemnisation complémentaire des frais de recouvrement sur justification (article L441-10 II du Code de commerce)'}.`,
  OTHER_SUMS_INTRO: (p) =>
    `Par ailleurs, ${one(p.count, 'la facture suivante est également échue et reste due', 'les factures suivantes sont également échues et restent dues')} :`,
  UPCOMING_INTRO: (p) =>
    `Pour mémoire, ${one(p.count, 'la facture suivante arrive', 'les factures suivantes arrivent')} prochainement à échéance :`,
  HELD_INTRO: (p) =>
    `${one(p.count, "La facture suivante n'est pas concernée", 'Les factures suivantes ne sont pas concernées')} par le présent message :`,
  HELD_LINE: heldLine,
  CLAIM_INTRO: (p) => {
    const paid = one(
      p.count,
      'la facture ci-dessous a été réglée après son échéance',
      'les factures ci-dessous ont été réglées après leur échéance',
    );
    return p.standalone
      ? `${paid.charAt(0).toUpperCase()}${paid.slice(1)} : nous vous adressons la présente réclamation ${claimBasis(p.debtorKind)}.`
      : `Par ailleurs, ${paid} : nous vous adressons la réclamation ${claimBasis(p.debtorKind)}.`;
  },
  CLAIM_LINE: (p) =>
    `Réclamation ${claimWhat(p.debtorKind, p.penalties, p.indemnity)} pour la facture n° ${p.number} du ${d(p.issueDate)}, échue le ${d(p.dueDate)}, réglée le ${d(p.paidOn)} (${days(p.daysLate)} de retard)`,
  PAYMENT_DETAILS: (p) => `Règlement : ${p.details}`,
  CONTACT: (p) => `Contact : ${p.contact}`,
  SIGN_OFF: (p) =>
    p.formal ? 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.' : 'Cordialement,',
  LETTER_LRAR: () => 'LETTRE RECOMMANDÉE AVEC DEMANDE D’AVIS DE RÉCEPTION',
  LETTER_SENDER: (p) => `Expéditeur : ${p.name}${p.siren === null ? '' : ` (SIREN ${p.siren})`}`,
  LETTER_RECIPIENT: (p) => `Destinataire : ${p.name}`,
  LETTER_DATE: (p) => `Le ${d(p.date)}`,
  LETTER_OBJECT: (p) =>
    `Objet : ${p.kind === 'late_payment_claim' && isCivil(p.debtorKind) ? 'réclamation des intérêts de retard' : OBJECT[p.kind]}`,
  CALL_SCRIPT: (p) =>
    `Appeler ${p.debtorName}${p.phone === null ? '' : ` (${p.phone})`} au sujet de ${n(p.count, 'facture impayée', 'factures impayées')} (total ${m(p.total)}).`,
  CALL_GOAL: () =>
    "Objectif : comprendre la raison du retard, obtenir une date de paiement (promesse) ou proposer un échéancier, et noter l'échange.",
  CALL_PREVIOUS: (p) => `Relances précédentes : ${list(p.dates.map(d))}.`,
  STATEMENT_TITLE: (p) => `Relevé de compte de ${p.debtorName} au ${d(p.asOf)}`,
  STATEMENT_BALANCE: (p) =>
    p.balance === '0.00'
      ? `Compte soldé au ${d(p.asOf)}.`
      : p.balance.startsWith('-')
        ? `Solde en votre faveur au ${d(p.asOf)} : ${m(p.balance.slice(1))}.`
        : `Solde dû au ${d(p.asOf)} : ${m(p.balance)}.`,
  STATEMENT_ENTRY: statementEntry,
});
