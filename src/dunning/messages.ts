import * as z from 'zod/mini';
import { daysBetween, PlainDateSchema } from '../dates/internal.js';
import { dec, sub, toCents } from '../internal/decimal.js';
import { parseOrThrow } from '../internal/validate.js';
import { type MoneyInput, PositiveMoneyInputSchema } from '../money/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import {
  countValid,
  listValid,
  longDateValid,
  moneyText,
  textToHtml,
  toGsm7,
} from '../text/internal.js';
import type { DunningChannel } from './events.js';
import { parseActionDecision, runTemplate } from './message-input.js';
import { smsTemplates } from './message-sms.js';
import type { DunningAction, DunningDecision } from './next-step.js';
import { type DunningStepKind, DunningStepKindSchema } from './policy.js';
import { letterRoutes } from './recovery-options.js';

/**
 * A rendered message: a subject line and a plain-text body.
 *
 * @category Dunning
 */
export interface DunningMessage {
  /** The subject (e-mail subject, letter heading). */
  readonly subject: string;
  /** The body, in `format`: plain text, an HTML fragment, or an SMS of at most 160 GSM-7 characters. */
  readonly body: string;
  /** `'text'`, `'html'` or `'sms'`. */
  readonly format: DunningMessageFormat;
}

/**
 * The form of a message: plain text (letters, e-mails, call scripts), an HTML fragment usable as
 * an e-mail body (every text escaped, no script), or a short SMS (GSM-7 alphabet, at most 160
 * characters: one message).
 *
 * @category Dunning
 */
export type DunningMessageFormat = 'text' | 'html' | 'sms';

/**
 * A part payment to acknowledge in a letter (a `payment_received` event of the log fits as is).
 *
 * @category Dunning
 */
export interface DunningPartPayment {
  /** The day it was received. */
  readonly date: string;
  /** The amount (`'400.00'`, `400`, or a `Decimal`, as a `payment_received` event holds it). */
  readonly amount: MoneyInput;
}

/**
 * Who writes and who receives a dunning message.
 *
 * @category Dunning
 */
export interface DunningMessageContext {
  /** The creditor (the sender). */
  readonly creditor: {
    /** Legal name. */
    readonly name: string;
    /** Postal address (needed in a formal notice). */
    readonly address?: string;
    /** SIREN, shown in letters. */
    readonly siren?: string;
    /** Contact e-mail. */
    readonly email?: string;
    /** Contact phone. */
    readonly phone?: string;
  };
  /** The debtor; the name defaults to the invoice's buyer. */
  readonly debtor?: {
    /** Name. */
    readonly name?: string;
    /** Postal address. */
    readonly address?: string;
  };
  /** How to pay (IBAN, payment link). */
  readonly paymentDetails?: string;
  /** The signature (a person's name and role). */
  readonly signature?: string;
  /**
   * The part payments received, so that letters name them ("reste dû après votre règlement
   * partiel de 400,00 € du 20 mars 2026"); those after the decision's day are ignored. The
   * `payment_received` events of the log can be passed as they are. Without them, a letter still
   * says how much was deducted for payments and credit notes, without dates.
   */
  readonly payments?: ReadonlyArray<DunningPartPayment>;
}

/**
 * The values a template can use, already formatted for the locale (amounts like `1 234,56 €`,
 * dates like `3 mars 2026`).
 *
 * @category Dunning
 */
export interface DunningMessageVars {
  /** The step kind. */
  readonly kind: DunningStepKind;
  /** The debtor kind (wording and legal mentions differ). */
  readonly debtorKind: DebtorKind;
  /** Creditor's name. */
  readonly creditorName: string;
  /** Creditor's address, or `''`. */
  readonly creditorAddress: string;
  /** Creditor's SIREN, or `''`. */
  readonly creditorSiren: string;
  /** Creditor's contact line (e-mail, phone), or `''`. */
  readonly creditorContact: string;
  /** Debtor's name. */
  readonly debtorName: string;
  /** Debtor's address, or `''`. */
  readonly debtorAddress: string;
  /** Invoice number. */
  readonly invoiceNumber: string;
  /** Invoice date. */
  readonly issueDate: string;
  /** Due date. */
  readonly dueDate: string;
  /** Invoice total. */
  readonly invoiced: string;
  /** Principal still owed. */
  readonly principal: string;
  /** What was deducted from the invoice (part payments and credit notes), or `''` when nothing. */
  readonly settled: string;
  /**
   * The part payments received up to the message date, in words (`'votre règlement partiel de
   * 400,00 € du 20 mars 2026'`), or `''` when none was given in the context.
   */
  readonly partPayments: string;
  /** Penalties or interest accrued (`''` when nothing has accrued). */
  readonly penalties: string;
  /** The 40 € indemnity when owed, else `''`. */
  readonly indemnity: string;
  /** Total claimed. */
  readonly total: string;
  /** Days late on the message date (0 before the due date). */
  readonly daysLate: number;
  /** The message date. */
  readonly today: string;
  /** The formal notice's last day to pay, or `''`. */
  readonly deadline: string;
  /** The formal notice's number of days, or 0. */
  readonly deadlineDays: number;
  /** Previous steps, formatted (`'e-mail du 4 mars 2026'`…), joined by `, `. */
  readonly previousSteps: string;
  /** How to pay, or `''`. */
  readonly paymentDetails: string;
  /** Signature, or the creditor's name. */
  readonly signature: string;
}

/**
 * A template: builds the message of one step kind from the formatted values.
 *
 * @category Dunning
 */
export type DunningTemplate = (vars: DunningMessageVars) => {
  readonly subject: string;
  readonly body: string;
};

/**
 * Options of {@link renderDunningMessage}.
 *
 * @category Dunning
 */
export interface RenderDunningMessageOptions {
  /** `'fr'` (default) or `'en'`. */
  readonly locale?: 'fr' | 'en';
  /**
   * `'text'` (default), `'html'` (an escaped HTML fragment for an e-mail body) or `'sms'` (at most
   * 160 GSM-7 characters; the default when the step's channel is `'sms'`).
   */
  readonly format?: DunningMessageFormat;
  /** Templates replacing the built-in ones, per step kind. */
  readonly templates?: Partial<Record<DunningStepKind, DunningTemplate>>;
}

// Free text, at most 1 000 characters each (the library's bound on strings).
const Line = /* @__PURE__ */ z.string().check(z.maxLength(1000));
const Name = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

/** @internal The sender of a letter: of a dunning message and of a customer message alike. */
export const MessageCreditorSchema = /* @__PURE__ */ z.strictObject({
  name: Name,
  address: z.optional(Line),
  siren: z.optional(Line),
  email: z.optional(Line),
  phone: z.optional(Line),
});

/** @internal Overrides of the addressee's name and address, in both kinds of message. */
export const MessageDebtorSchema = /* @__PURE__ */ z.strictObject({
  name: z.optional(Name),
  address: z.optional(Line),
});

const ContextSchema = /* @__PURE__ */ z.strictObject({
  creditor: MessageCreditorSchema,
  debtor: z.optional(MessageDebtorSchema),
  paymentDetails: z.optional(Line),
  signature: z.optional(Line),
  payments: z.optional(
    z
      .array(z.looseObject({ date: PlainDateSchema, amount: PositiveMoneyInputSchema }))
      .check(z.maxLength(1000)),
  ),
});

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  locale: z.optional(z.enum(['fr', 'en'])),
  format: z.optional(z.enum(['text', 'html', 'sms'])),
  templates: z.optional(
    z.partialRecord(
      DunningStepKindSchema,
      z.custom<DunningTemplate>((v) => typeof v === 'function', { message: 'must be a function' }),
    ),
  ),
});

// Dates in words and amounts for the locale come from the text module (one table of month names).
const longDate = longDateValid;
const money = moneyText;

const CHANNEL_FR: Readonly<Record<DunningChannel, string>> = {
  email: 'courriel',
  phone: 'appel téléphonique',
  letter: 'courrier',
  registered_letter: 'lettre recommandée',
  sms: 'SMS',
};

const CHANNEL_EN: Readonly<Record<DunningChannel, string>> = {
  email: 'e-mail',
  phone: 'phone call',
  letter: 'letter',
  registered_letter: 'registered letter',
  sms: 'text message',
};

const isConsumer = (v: DunningMessageVars): boolean =>
  v.debtorKind === 'consumer' || v.debtorKind === 'non_professional';

function lines(...parts: ReadonlyArray<string | false>): string {
  return parts.filter((p): p is string => p !== false).join('\n');
}

// The head of a registered letter in either language: sender, then addressee, each with its address.
function addressBlock(v: DunningMessageVars): ReadonlyArray<string | false> {
  return [
    v.creditorName,
    v.creditorAddress !== '' && v.creditorAddress,
    '',
    v.debtorName,
    v.debtorAddress !== '' && v.debtorAddress,
    '',
  ];
}

/** "après votre règlement partiel de 400,00 € du 20 mars 2026", or the deduction without dates. */
function afterPaymentsFr(v: DunningMessageVars): string {
  if (v.partPayments !== '') return ` après ${v.partPayments}`;
  return v.settled === '' ? '' : ` après déduction des règlements et avoirs reçus (${v.settled})`;
}

function afterPaymentsEn(v: DunningMessageVars): string {
  if (v.partPayments !== '') return ` after ${v.partPayments}`;
  return v.settled === '' ? '' : ` after payments and credit notes received (${v.settled})`;
}

/** The words of the built-in claim lines, per locale: the lines themselves are built once below. */
interface ClaimWords {
  readonly principal: string;
  readonly colon: string;
  readonly interest: {
    readonly professional: string;
    readonly public: string;
    readonly other: string;
  };
  readonly indemnity: string;
  readonly indemnityArticle: { readonly public: string; readonly other: string };
  readonly total: string;
  readonly after: (v: DunningMessageVars) => string;
}

const CLAIM_WORDS_FR: ClaimWords = {
  principal: 'principal restant dû',
  colon: ' :',
  interest: {
    professional: 'pénalités de retard (art. L441-10 II du Code de commerce)',
    public: 'intérêts moratoires (art. L2192-13 et R2192-31 du Code de la commande publique)',
    other: 'intérêts au taux légal (art. 1231-6 du Code civil)',
  },
  indemnity: 'indemnité forfaitaire pour frais de recouvrement',
  indemnityArticle: {
    public: 'art. L2192-13 et D2192-35 du Code de la commande publique',
    other: 'art. L441-10 II et D441-5 du Code de commerce',
  },
  total: 'total',
  after: afterPaymentsFr,
};

const CLAIM_WORDS_EN: ClaimWords = {
  principal: 'principal outstanding',
  colon: ':',
  interest: {
    professional: 'late-payment penalties (French Commercial Code art. L441-10 II)',
    public: 'late-payment interest (Public Procurement Code art. L2192-13 and R2192-31)',
    other: 'interest at the legal rate (Civil Code art. 1231-6)',
  },
  indemnity: 'fixed recovery indemnity',
  indemnityArticle: {
    public: 'Public Procurement Code art. L2192-13 and D2192-35',
    other: 'French Commercial Code art. L441-10 II and D441-5',
  },
  total: 'total',
  after: afterPaymentsEn,
};

// Principal, then interest and indemnity when due (each with the articles for this debtor), and a
// total only when it differs from the principal.
function claimLines(v: DunningMessageVars, w: ClaimWords): string {
  const kind = v.debtorKind;
  const interest =
    kind === 'professional' || kind === 'public' ? w.interest[kind] : w.interest.other;
  const article = kind === 'public' ? w.indemnityArticle.public : w.indemnityArticle.other;
  const onlyPrincipal = v.penalties === '' && v.indemnity === '';
  return lines(
    `- ${w.principal}${w.after(v)}${w.colon} ${v.principal}`,
    v.penalties !== '' && `- ${interest}${w.colon} ${v.penalties}`,
    v.indemnity !== '' && `- ${w.indemnity} (${article})${w.colon} ${v.indemnity}`,
    !onlyPrincipal && `- ${w.total}${w.colon} ${v.total}`,
  );
}

const claimLinesFr = (v: DunningMessageVars): string => claimLines(v, CLAIM_WORDS_FR);
const claimLinesEn = (v: DunningMessageVars): string => claimLines(v, CLAIM_WORDS_EN);

// The court route a formal notice announces: only routes open against this debtor (a public
// buyer's claim goes to the administrative judge, never to an injonction de payer).
function nextStepFr(v: DunningMessageVars): string {
  return letterRoutes(v.debtorKind).includes('injonction_de_payer')
    ? 'une procédure de recouvrement judiciaire (injonction de payer ou autre action en justice)'
    : 'une procédure devant le tribunal administratif (référé-provision ou action au fond)';
}

function nextStepEn(v: DunningMessageVars): string {
  return letterRoutes(v.debtorKind).includes('injonction_de_payer')
    ? 'court proceedings (injonction de payer or another action)'
    : 'proceedings before the administrative court (référé-provision or an action on the merits)';
}

/** What a public buyer owes by law once late (cited in every letter to a public buyer). */
const PUBLIC_LAW_FR =
  "Pour rappel, le délai de paiement d'un acheteur public est fixé par les articles L2192-10 et suivants du Code de la commande publique ; tout retard fait courir de plein droit des intérêts moratoires et ouvre droit à l'indemnité forfaitaire pour frais de recouvrement (art. L2192-13, R2192-31 et D2192-35).";
const PUBLIC_LAW_EN =
  'As a reminder, a public buyer’s payment term is set by articles L2192-10 et seq. of the Public Procurement Code; any delay automatically triggers late-payment interest and entitles us to the fixed recovery indemnity (art. L2192-13, R2192-31 and D2192-35).';

const publicFr = (v: DunningMessageVars): string | false =>
  v.debtorKind === 'public' && PUBLIC_LAW_FR;
const publicEn = (v: DunningMessageVars): string | false =>
  v.debtorKind === 'public' && PUBLIC_LAW_EN;

const payFr = (v: DunningMessageVars): string | false =>
  v.paymentDetails !== '' && `Règlement : ${v.paymentDetails}`;
const payEn = (v: DunningMessageVars): string | false =>
  v.paymentDetails !== '' && `Payment details: ${v.paymentDetails}`;
const requestFr = (v: DunningMessageVars): string =>
  v.debtorKind === 'public' ? 'notre demande de paiement' : 'notre facture';
const requestEn = (v: DunningMessageVars): string =>
  v.debtorKind === 'public' ? 'our payment request for invoice' : 'invoice';
const daysFr = (n: number): string => countValid(n, { one: 'jour', other: 'jours' }, 'fr');
const daysEn = (n: number): string => countValid(n, { one: 'day', other: 'days' }, 'en');
const previousFr = (v: DunningMessageVars): string =>
  v.previousSteps === '' ? '' : ` (${v.previousSteps})`;
/** "demeure impayée" or, after part payments or credit notes, "demeure partiellement impayée". */
const unpaidFr = (v: DunningMessageVars): string =>
  v.settled === '' ? 'demeure impayée' : 'demeure partiellement impayée';
const unpaidEn = (v: DunningMessageVars): string =>
  v.settled === '' ? 'is still unpaid' : 'is still partly unpaid';
const SIGN_OFF_FR = 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.';

/** The closing lines of the formal notice: interest that keeps running, deadline, next step. */
function formalNoticeEndFr(v: DunningMessageVars): ReadonlyArray<string | false> {
  return [
    isConsumer(v)
      ? 'La présente mise en demeure fait courir les intérêts au taux légal sur le principal à compter de sa date (art. 1231-6 et 1344-1 du Code civil).'
      : v.debtorKind === 'public'
        ? "Les intérêts moratoires continuent de courir de plein droit jusqu'au paiement (art. L2192-13 et R2192-31 du Code de la commande publique)."
        : "Les pénalités de retard continuent de courir jusqu'au complet paiement (art. L441-10 II du Code de commerce).",
    '',
    `Nous vous demandons d'effectuer ce règlement dans un délai de ${daysFr(v.deadlineDays)}, soit au plus tard le ${v.deadline}.`,
    `À défaut de paiement dans ce délai, nous engagerons sans autre avis ${nextStepFr(v)}, dont les frais pourront être mis à votre charge.`,
    payFr(v),
    '',
    SIGN_OFF_FR,
    v.signature,
  ];
}

const FR: Readonly<Record<DunningStepKind, DunningTemplate>> = {
  pre_due_notice: (v) => ({
    subject: `Facture ${v.invoiceNumber} : échéance le ${v.dueDate}`,
    body: lines(
      'Bonjour,',
      '',
      `Pour faciliter votre organisation, nous vous rappelons que ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, d'un montant de ${v.invoiced}, arrive à échéance le ${v.dueDate}.`,
      'Si le règlement est déjà en cours, merci de ne pas tenir compte de ce message.',
      publicFr(v),
      payFr(v),
      '',
      'Cordialement,',
      v.signature,
    ),
  }),
  reminder: (v) => ({
    subject: `Facture ${v.invoiceNumber} en attente de règlement`,
    body: lines(
      'Bonjour,',
      '',
      v.settled === ''
        ? `Sauf erreur de notre part, ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}, reste impayée pour un montant de ${v.principal}.`
        : `Sauf erreur de notre part, ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}, n'est pas entièrement réglée : il reste dû ${v.principal}${afterPaymentsFr(v)}.`,
      "Il s'agit sans doute d'un simple oubli : pourriez-vous procéder au règlement ou nous indiquer si un point bloque ?",
      publicFr(v),
      payFr(v),
      '',
      'Cordialement,',
      v.signature,
    ),
  }),
  phone_call: (v) => ({
    subject: `Appel de relance — facture ${v.invoiceNumber} (${v.debtorName})`,
    body: lines(
      `Appeler ${v.debtorName} au sujet de la facture n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate} (${daysFr(v.daysLate)} de retard).`,
      `Montant restant dû : ${v.principal}${afterPaymentsFr(v) === '' ? '' : ` (${afterPaymentsFr(v).trim()})`}.`,
      "Objectif : comprendre la raison du retard, obtenir une date de paiement (promesse) ou proposer un échéancier, et noter l'échange.",
      v.debtorKind === 'public' &&
        "Rappeler que tout retard fait courir de plein droit des intérêts moratoires et ouvre droit à l'indemnité forfaitaire (art. L2192-13 du Code de la commande publique).",
      v.previousSteps !== '' && `Relances précédentes : ${v.previousSteps}.`,
    ),
  }),
  written_reminder: (v) => ({
    subject: `Relance — facture ${v.invoiceNumber} impayée`,
    body: lines(
      'Madame, Monsieur,',
      '',
      `Malgré notre précédente relance, ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}, ${unpaidFr(v)}.`,
      `À ce jour, ${daysFr(v.daysLate)} après l'échéance, les sommes dues s'établissent comme suit :`,
      claimLinesFr(v),
      '',
      'Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais.',
      payFr(v),
      '',
      SIGN_OFF_FR,
      v.signature,
    ),
  }),
  registered_letter: (v) => ({
    subject: `Lettre recommandée avec demande d'avis de réception — facture ${v.invoiceNumber}`,
    body: lines(
      ...addressBlock(v),
      `Le ${v.today}`,
      '',
      'Madame, Monsieur,',
      '',
      `Nous vous avons déjà demandé le règlement de ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}${previousFr(v)}. Ces demandes sont restées sans effet.`,
      'Les sommes dues à ce jour sont les suivantes :',
      claimLinesFr(v),
      '',
      'Nous vous demandons de régler cette somme sans délai. À défaut, nous serons contraints de vous adresser une mise en demeure.',
      payFr(v),
      '',
      SIGN_OFF_FR,
      v.signature,
    ),
  }),
  formal_notice: (v) => ({
    subject: `Mise en demeure de payer — facture ${v.invoiceNumber}`,
    body: lines(
      "LETTRE RECOMMANDÉE AVEC DEMANDE D'AVIS DE RÉCEPTION",
      '',
      `Expéditeur : ${v.creditorName}${v.creditorSiren === '' ? '' : ` (SIREN ${v.creditorSiren})`}`,
      v.creditorAddress !== '' && v.creditorAddress,
      `Destinataire : ${v.debtorName}`,
      v.debtorAddress !== '' && v.debtorAddress,
      '',
      `Le ${v.today}`,
      '',
      'Objet : mise en demeure de payer',
      '',
      'Madame, Monsieur,',
      '',
      `Malgré nos relances${previousFr(v)}, ${requestFr(v)} n° ${v.invoiceNumber} émise le ${v.issueDate} pour un montant de ${v.invoiced}, échue le ${v.dueDate}, ${unpaidFr(v)}.`,
      '',
      'Par la présente, nous vous mettons en demeure de nous régler les sommes suivantes, arrêtées à ce jour :',
      claimLinesFr(v),
      '',
      ...formalNoticeEndFr(v),
    ),
  }),
};

const EN: Readonly<Record<DunningStepKind, DunningTemplate>> = {
  pre_due_notice: (v) => ({
    subject: `Invoice ${v.invoiceNumber}: due on ${v.dueDate}`,
    body: lines(
      'Hello,',
      '',
      `A friendly note that ${requestEn(v)} ${v.invoiceNumber} of ${v.issueDate}, for ${v.invoiced}, is due on ${v.dueDate}.`,
      'If payment is already on its way, please disregard this message.',
      publicEn(v),
      payEn(v),
      '',
      'Kind regards,',
      v.signature,
    ),
  }),
  reminder: (v) => ({
    subject: `Invoice ${v.invoiceNumber} awaiting payment`,
    body: lines(
      'Hello,',
      '',
      `Unless we are mistaken, ${requestEn(v)} ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}, ${unpaidEn(v)}: ${v.principal} outstanding${afterPaymentsEn(v)}.`,
      'It is probably an oversight: could you arrange payment, or let us know if anything is blocking it?',
      publicEn(v),
      payEn(v),
      '',
      'Kind regards,',
      v.signature,
    ),
  }),
  phone_call: (v) => ({
    subject: `Reminder call — invoice ${v.invoiceNumber} (${v.debtorName})`,
    body: lines(
      `Call ${v.debtorName} about invoice ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate} (${daysEn(v.daysLate)} late).`,
      `Outstanding: ${v.principal}${afterPaymentsEn(v) === '' ? '' : ` (${afterPaymentsEn(v).trim()})`}.`,
      'Goal: understand the delay, get a payment date (a promise) or offer a payment plan, and log the call.',
      v.debtorKind === 'public' &&
        'Recall that late-payment interest and the fixed indemnity run automatically (Public Procurement Code art. L2192-13).',
      v.previousSteps !== '' && `Previous reminders: ${v.previousSteps}.`,
    ),
  }),
  written_reminder: (v) => ({
    subject: `Reminder — invoice ${v.invoiceNumber} unpaid`,
    body: lines(
      'Dear Sir or Madam,',
      '',
      `Despite our previous reminder, ${requestEn(v)} ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}, ${unpaidEn(v)}.`,
      `Today, ${daysEn(v.daysLate)} after the due date, the amounts due are:`,
      claimLinesEn(v),
      '',
      'Please arrange payment as soon as possible.',
      payEn(v),
      '',
      'Yours faithfully,',
      v.signature,
    ),
  }),
  registered_letter: (v) => ({
    subject: `Registered letter — invoice ${v.invoiceNumber}`,
    body: lines(
      ...addressBlock(v),
      v.today,
      '',
      'Dear Sir or Madam,',
      '',
      `We have already asked you to pay ${requestEn(v)} ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}, without result.`,
      'The amounts due today are:',
      claimLinesEn(v),
      '',
      'Please pay this sum without delay; otherwise we will have to send you a formal notice.',
      payEn(v),
      '',
      'Yours faithfully,',
      v.signature,
    ),
  }),
  formal_notice: (v) => ({
    subject: `Formal notice to pay — invoice ${v.invoiceNumber}`,
    body: lines(
      'REGISTERED LETTER WITH ACKNOWLEDGEMENT OF RECEIPT',
      '',
      `From: ${v.creditorName}${v.creditorSiren === '' ? '' : ` (SIREN ${v.creditorSiren})`}`,
      v.creditorAddress !== '' && v.creditorAddress,
      `To: ${v.debtorName}`,
      v.debtorAddress !== '' && v.debtorAddress,
      '',
      v.today,
      '',
      'Subject: formal notice to pay (mise en demeure)',
      '',
      'Dear Sir or Madam,',
      '',
      `Despite our reminders${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}, ${requestEn(v)} ${v.invoiceNumber} issued on ${v.issueDate} for ${v.invoiced}, due on ${v.dueDate}, ${unpaidEn(v)}.`,
      '',
      'We hereby give you formal notice to pay the following amounts, as of today:',
      claimLinesEn(v),
      '',
      isConsumer(v)
        ? 'This formal notice starts interest at the legal rate on the principal from its date (Civil Code art. 1231-6, 1344-1).'
        : v.debtorKind === 'public'
          ? 'Late-payment interest keeps accruing automatically until payment (Public Procurement Code art. L2192-13 and R2192-31).'
          : 'Late-payment penalties keep accruing until full payment (French Commercial Code art. L441-10 II).',
      '',
      `Please pay within ${daysEn(v.deadlineDays)}, that is by ${v.deadline} at the latest.`,
      `Failing payment by then, we will start ${nextStepEn(v)} without further notice; their costs may be charged to you.`,
      payEn(v),
      '',
      'Yours faithfully,',
      v.signature,
    ),
  }),
};

/**
 * Writes the message of an `action` decision: a courtesy notice, a reminder, a phone-call script, a
 * written reminder, a registered letter or the formal notice, in French (default) or English.
 *
 * @remarks The formal notice (mise en demeure, C. civ. 1344) contains what practice requires
 * ([law.md §6](../../docs/law.md)): the parties, the invoice reference, amount and due date, the amounts claimed
 * (principal, penalties — L441-10 II for a business, legal interest from the notice for a consumer
 * (C. civ. 1231-6), intérêts moratoires for a public buyer (CCP L2192-13) — and the 40 € indemnity
 * where owed, D441-5 / D2192-35), the deadline and the next step. It does not claim to interrupt
 * limitation: it does not (Cass. com. 18 May 2022 n°20-23.204). Amounts use French formatting.
 * @param decision - an `action` decision from {@link nextDunningStep}
 * @param context - the creditor, and optionally the debtor's address, payment details, signature
 * @param options - `locale`, `format` (`'text'`, `'html'` or `'sms'`) and replacement `templates`
 * @returns `{ subject, body, format }`: plain text, an escaped HTML fragment, or an SMS of at most
 * 160 GSM-7 characters
 * @throws {@link ImpayesError} `INVALID_INPUT` when the decision is not an action (path
 * `['decision', 'type']`) or lacks a field the message needs or has one malformed (a decision read
 * back from storage is checked like any input: path under `['decision']`); when the context is
 * malformed or a text is longer than 1 000 characters; when a template is given for an unknown step
 * kind, is not a function, throws, or returns something other than `{ subject, body }` strings
 * (path `['options', 'templates', kind]`).
 * @example
 * ```ts
 * const decision = nextDunningStep(invoice, events, { today: '2026-04-02' });
 * renderDunningMessage(decision, { creditor: { name: 'Atelier Dupont SARL' } }).subject;
 * //=> 'Mise en demeure de payer — facture F-2026-001'
 * ```
 * @category Dunning
 */
export function renderDunningMessage(
  decision: DunningDecision,
  context: DunningMessageContext,
  options: RenderDunningMessageOptions = {},
): DunningMessage {
  const action = parseActionDecision(decision);
  const ctx = parseOrThrow(ContextSchema, context, 'context', ['context']);
  const o = parseOrThrow(OptionsSchema, options, 'options', ['options']);
  const locale = o.locale ?? 'fr';
  const vars = messageVars(action, ctx as DunningMessageContext, locale);
  const kind = action.step.kind;
  const format: DunningMessageFormat = o.format ?? (action.step.channel === 'sms' ? 'sms' : 'text');
  // Own keys only: a kind such as 'toString' must never reach an inherited property.
  const custom = o.templates !== undefined && Object.hasOwn(o.templates, kind);
  const text = custom
    ? runTemplate(o.templates![kind]!, vars, kind)
    : (locale === 'fr' ? FR : EN)[kind](vars);
  if (format === 'html') return { subject: text.subject, body: textToHtml(text.body), format };
  if (format === 'sms')
    return {
      subject: text.subject,
      body: custom ? toGsm7(text.body) : smsTemplates(locale)[kind](vars),
      format,
    };
  return { subject: text.subject, body: text.body, format };
}

type Payment = DunningPartPayment;

/** The part payments received up to the message date, in words, or `''`. */
function partPaymentsText(payments: ReadonlyArray<Payment>, today: string, l: 'fr' | 'en'): string {
  const received = payments
    .filter((p) => p.date <= today)
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (received.length === 0) return '';
  const each = received.map((p) => {
    const amount = money(toCents(dec(p.amount)), l);
    return l === 'fr'
      ? `de ${amount} du ${longDate(p.date, l)}`
      : `${amount} on ${longDate(p.date, l)}`;
  });
  if (l === 'en') return `your part payment${each.length > 1 ? 's' : ''} of ${listValid(each, l)}`;
  return `${each.length > 1 ? 'vos règlements partiels' : 'votre règlement partiel'} ${listValid(each, l)}`;
}

function previousStepsText(d: DunningAction, locale: 'fr' | 'en'): string {
  const items = d.previousSteps.map((p) =>
    locale === 'fr'
      ? `${CHANNEL_FR[p.channel]} du ${longDate(p.date, 'fr')}`
      : `${CHANNEL_EN[p.channel]} of ${longDate(p.date, 'en')}`,
  );
  return items.length === 0 ? '' : listValid(items, locale);
}

function messageVars(
  d: DunningAction,
  ctx: DunningMessageContext,
  locale: 'fr' | 'en',
): DunningMessageVars {
  const a = d.amounts;
  const inv = d.invoice;
  const daysLate = d.today > inv.dueDate ? daysBetween(inv.dueDate, d.today) : 0;
  const contact = [ctx.creditor.email, ctx.creditor.phone]
    .filter((x) => x !== undefined)
    .join(' — ');
  const settled = toCents(sub(dec(inv.invoiced), dec(a.principal)));
  return {
    kind: d.step.kind,
    debtorKind: inv.debtorKind,
    creditorName: ctx.creditor.name,
    creditorAddress: ctx.creditor.address ?? '',
    creditorSiren: ctx.creditor.siren ?? '',
    creditorContact: contact,
    debtorName: ctx.debtor?.name ?? inv.debtorName,
    debtorAddress: ctx.debtor?.address ?? '',
    invoiceNumber: inv.number,
    issueDate: longDate(inv.issueDate, locale),
    dueDate: longDate(inv.dueDate, locale),
    invoiced: money(inv.invoiced, locale),
    principal: money(a.principal, locale),
    settled: settled.startsWith('-') || settled === '0.00' ? '' : money(settled, locale),
    partPayments: settled === '0.00' ? '' : partPaymentsText(ctx.payments ?? [], d.today, locale),
    penalties: a.penalties === '0.00' ? '' : money(a.penalties, locale),
    indemnity: a.indemnity === '0.00' ? '' : money(a.indemnity, locale),
    total: money(a.total, locale),
    daysLate,
    today: longDate(d.today, locale),
    deadline: d.formalNoticeDeadline === null ? '' : longDate(d.formalNoticeDeadline, locale),
    deadlineDays: d.step.kind === 'formal_notice' ? (d.step.deadlineDays ?? 15) : 0,
    previousSteps: previousStepsText(d, locale),
    paymentDetails: ctx.paymentDetails ?? '',
    signature: ctx.signature ?? ctx.creditor.name,
  };
}
