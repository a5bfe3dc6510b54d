import * as z from 'zod/mini';
import { daysBetween } from '../dates/internal.js';
import { parseOrThrow } from '../internal/validate.js';
import type { DebtorKind } from '../parties/internal.js';
import { countValid, longDateValid, moneyText } from '../text/internal.js';
import type { DunningChannel } from './events.js';
import { parseActionDecision, runTemplate } from './message-input.js';
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
  /** The plain-text body. */
  readonly body: string;
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
  /** Penalties or interest accrued. */
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
export type DunningTemplate = (vars: DunningMessageVars) => DunningMessage;

/**
 * Options of {@link renderDunningMessage}.
 *
 * @category Dunning
 */
export interface RenderDunningMessageOptions {
  /** `'fr'` (default) or `'en'`. */
  readonly locale?: 'fr' | 'en';
  /** Templates replacing the built-in ones, per step kind. */
  readonly templates?: Partial<Record<DunningStepKind, DunningTemplate>>;
}

// Free text, at most 1 000 characters each (the library's bound on strings).
const Line = /* @__PURE__ */ z.string().check(z.maxLength(1000));
const Name = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

const ContextSchema = /* @__PURE__ */ z.strictObject({
  creditor: z.strictObject({
    name: Name,
    address: z.optional(Line),
    siren: z.optional(Line),
    email: z.optional(Line),
    phone: z.optional(Line),
  }),
  debtor: z.optional(
    z.strictObject({
      name: z.optional(Name),
      address: z.optional(Line),
    }),
  ),
  paymentDetails: z.optional(Line),
  signature: z.optional(Line),
});

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  locale: z.optional(z.enum(['fr', 'en'])),
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
  email: 'e-mail',
  phone: 'appel téléphonique',
  letter: 'courrier',
  registered_letter: 'lettre recommandée',
  sms: 'SMS',
};

/** After part payments or credit notes, how much of the invoice is still unpaid (else nothing). */
function unpaidPartFr(v: DunningMessageVars): string {
  return v.principal === v.invoiced
    ? ''
    : ` à hauteur de ${v.principal}, déduction faite des règlements partiels et avoirs reçus`;
}

function lines(...parts: ReadonlyArray<string | false>): string {
  return parts.filter((p): p is string => p !== false).join('\n');
}

function claimLinesFr(v: DunningMessageVars): string {
  const interest =
    v.debtorKind === 'professional'
      ? `pénalités de retard (art. L441-10 II du Code de commerce)`
      : v.debtorKind === 'public'
        ? `intérêts moratoires (art. L2192-13 du Code de la commande publique)`
        : `intérêts au taux légal (art. 1231-6 du Code civil)`;
  return lines(
    `- principal restant dû : ${v.principal}`,
    `- ${interest} : ${v.penalties}`,
    v.indemnity !== '' &&
      `- indemnité forfaitaire pour frais de recouvrement (art. ${v.debtorKind === 'public' ? 'D2192-35 du Code de la commande publique' : 'D441-5 du Code de commerce'}) : ${v.indemnity}`,
    `- total : ${v.total}`,
  );
}

function claimLinesEn(v: DunningMessageVars): string {
  const interest =
    v.debtorKind === 'professional'
      ? 'late-payment penalties (French Commercial Code art. L441-10 II)'
      : v.debtorKind === 'public'
        ? 'late-payment interest (Public Procurement Code art. L2192-13)'
        : 'interest at the legal rate (Civil Code art. 1231-6)';
  return lines(
    `- principal outstanding: ${v.principal}`,
    `- ${interest}: ${v.penalties}`,
    v.indemnity !== '' && `- fixed recovery indemnity: ${v.indemnity}`,
    `- total: ${v.total}`,
  );
}

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

const payFr = (v: DunningMessageVars): string | false =>
  v.paymentDetails !== '' && `Règlement : ${v.paymentDetails}`;
const payEn = (v: DunningMessageVars): string | false =>
  v.paymentDetails !== '' && `Payment details: ${v.paymentDetails}`;
const requestFr = (v: DunningMessageVars): string =>
  v.debtorKind === 'public' ? 'notre demande de paiement' : 'notre facture';

const FR: Readonly<Record<DunningStepKind, DunningTemplate>> = {
  pre_due_notice: (v) => ({
    subject: `Facture ${v.invoiceNumber} : échéance le ${v.dueDate}`,
    body: lines(
      'Bonjour,',
      '',
      `Pour faciliter votre organisation, nous vous rappelons que ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, d'un montant de ${v.invoiced}, arrive à échéance le ${v.dueDate}.`,
      'Si le règlement est déjà en cours, merci de ne pas tenir compte de ce message.',
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
      `Sauf erreur de notre part, ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}, reste impayée pour un montant de ${v.principal}.`,
      "Il s'agit sans doute d'un simple oubli : pourriez-vous procéder au règlement ou nous indiquer si un point bloque ?",
      payFr(v),
      '',
      'Cordialement,',
      v.signature,
    ),
  }),
  phone_call: (v) => ({
    subject: `Appel de relance — facture ${v.invoiceNumber} (${v.debtorName})`,
    body: lines(
      `Appeler ${v.debtorName} au sujet de la facture n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate} (${countValid(v.daysLate, { one: 'jour', other: 'jours' }, 'fr')} de retard).`,
      `Montant restant dû : ${v.principal}.`,
      "Objectif : comprendre la raison du retard, obtenir une date de paiement (promesse) ou proposer un échéancier, et noter l'échange.",
      v.previousSteps !== '' && `Relances précédentes : ${v.previousSteps}.`,
    ),
  }),
  written_reminder: (v) => ({
    subject: `Relance — facture ${v.invoiceNumber} impayée`,
    body: lines(
      'Madame, Monsieur,',
      '',
      `Malgré notre précédente relance, ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}, demeure impayée${unpaidPartFr(v)}.`,
      `À ce jour, ${countValid(v.daysLate, { one: 'jour', other: 'jours' }, 'fr')} après l'échéance, les sommes dues s'établissent comme suit :`,
      claimLinesFr(v),
      '',
      'Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais.',
      payFr(v),
      '',
      'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.',
      v.signature,
    ),
  }),
  registered_letter: (v) => ({
    subject: `Lettre recommandée avec accusé de réception — facture ${v.invoiceNumber}`,
    body: lines(
      v.creditorName,
      v.creditorAddress !== '' && v.creditorAddress,
      '',
      v.debtorName,
      v.debtorAddress !== '' && v.debtorAddress,
      '',
      'Madame, Monsieur,',
      '',
      `Nous vous avons déjà demandé le règlement de ${requestFr(v)} n° ${v.invoiceNumber} du ${v.issueDate}, échue le ${v.dueDate}${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}. Ces demandes sont restées sans effet.`,
      'Les sommes dues à ce jour sont les suivantes :',
      claimLinesFr(v),
      '',
      'Nous vous demandons de régler cette somme sans délai. À défaut, nous serons contraints de vous adresser une mise en demeure.',
      payFr(v),
      '',
      'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.',
      v.signature,
    ),
  }),
  formal_notice: (v) => ({
    subject: `Mise en demeure de payer — facture ${v.invoiceNumber}`,
    body: lines(
      'LETTRE RECOMMANDÉE AVEC DEMANDE D’AVIS DE RÉCEPTION',
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
      `Malgré nos relances${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}, ${requestFr(v)} n° ${v.invoiceNumber} émise le ${v.issueDate} pour un montant de ${v.invoiced}, échue le ${v.dueDate}, demeure impayée${unpaidPartFr(v)}.`,
      '',
      'Par la présente, nous vous mettons en demeure de nous régler les sommes suivantes, arrêtées à ce jour :',
      claimLinesFr(v),
      '',
      v.debtorKind === 'consumer' || v.debtorKind === 'non_professional'
        ? 'La présente mise en demeure fait courir les intérêts au taux légal sur le principal à compter de sa date (art. 1231-6 et 1344-1 du Code civil).'
        : v.debtorKind === 'public'
          ? 'Les intérêts moratoires continuent de courir de plein droit jusqu’au paiement (art. L2192-13 du Code de la commande publique).'
          : 'Les pénalités de retard continuent de courir jusqu’au complet paiement (art. L441-10 II du Code de commerce).',
      '',
      `Nous vous demandons d'effectuer ce règlement dans un délai de ${v.deadlineDays} jours, soit au plus tard le ${v.deadline}.`,
      `À défaut de paiement dans ce délai, nous engagerons sans autre avis ${nextStepFr(v)}, dont les frais pourront être mis à votre charge.`,
      payFr(v),
      '',
      'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.',
      v.signature,
    ),
  }),
};

const EN: Readonly<Record<DunningStepKind, DunningTemplate>> = {
  pre_due_notice: (v) => ({
    subject: `Invoice ${v.invoiceNumber}: due on ${v.dueDate}`,
    body: lines(
      'Hello,',
      '',
      `A friendly note that invoice ${v.invoiceNumber} of ${v.issueDate}, for ${v.invoiced}, is due on ${v.dueDate}.`,
      'If payment is already on its way, please disregard this message.',
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
      `Unless we are mistaken, invoice ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}, is still unpaid (${v.principal}).`,
      'It is probably an oversight: could you arrange payment, or let us know if anything is blocking it?',
      payEn(v),
      '',
      'Kind regards,',
      v.signature,
    ),
  }),
  phone_call: (v) => ({
    subject: `Reminder call — invoice ${v.invoiceNumber} (${v.debtorName})`,
    body: lines(
      `Call ${v.debtorName} about invoice ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate} (${countValid(v.daysLate, { one: 'day', other: 'days' }, 'en')} late).`,
      `Outstanding: ${v.principal}.`,
      'Goal: understand the delay, get a payment date (a promise) or offer a payment plan, and log the call.',
      v.previousSteps !== '' && `Previous reminders: ${v.previousSteps}.`,
    ),
  }),
  written_reminder: (v) => ({
    subject: `Reminder — invoice ${v.invoiceNumber} unpaid`,
    body: lines(
      'Dear Sir or Madam,',
      '',
      `Despite our previous reminder, invoice ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}, is still unpaid.`,
      `Today, ${countValid(v.daysLate, { one: 'day', other: 'days' }, 'en')} after the due date, the amounts due are:`,
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
      v.creditorName,
      v.creditorAddress !== '' && v.creditorAddress,
      '',
      v.debtorName,
      v.debtorAddress !== '' && v.debtorAddress,
      '',
      'Dear Sir or Madam,',
      '',
      `We have already asked you to pay invoice ${v.invoiceNumber} of ${v.issueDate}, due on ${v.dueDate}${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}, without result.`,
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
      `Despite our reminders${v.previousSteps === '' ? '' : ` (${v.previousSteps})`}, invoice ${v.invoiceNumber} issued on ${v.issueDate} for ${v.invoiced}, due on ${v.dueDate}, remains unpaid${v.principal === v.invoiced ? '' : ` for ${v.principal} after part payments or credits`}.`,
      '',
      'We hereby give you formal notice to pay the following amounts, as of today:',
      claimLinesEn(v),
      '',
      v.debtorKind === 'consumer' || v.debtorKind === 'non_professional'
        ? 'This formal notice starts interest at the legal rate on the principal from its date (Civil Code art. 1231-6, 1344-1).'
        : 'Interest keeps accruing until full payment.',
      '',
      `Please pay within ${v.deadlineDays} days, that is by ${v.deadline} at the latest.`,
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
 * @param options - `locale` and replacement `templates`
 * @returns `{ subject, body }` in plain text
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
  // Own keys only: a kind such as 'toString' must never reach an inherited property.
  const custom = o.templates !== undefined && Object.hasOwn(o.templates, kind);
  if (custom) return runTemplate(o.templates![kind]!, vars, kind);
  return (locale === 'fr' ? FR : EN)[kind](vars);
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
    penalties: money(a.penalties, locale),
    indemnity: a.indemnity === '0.00' ? '' : money(a.indemnity, locale),
    total: money(a.total, locale),
    daysLate,
    today: longDate(d.today, locale),
    deadline: d.formalNoticeDeadline === null ? '' : longDate(d.formalNoticeDeadline, locale),
    deadlineDays: d.step.kind === 'formal_notice' ? (d.step.deadlineDays ?? 15) : 0,
    previousSteps: d.previousSteps
      .map((p) =>
        locale === 'fr'
          ? `${CHANNEL_FR[p.channel]} du ${longDate(p.date, 'fr')}`
          : `${p.channel.replace('_', ' ')} of ${longDate(p.date, 'en')}`,
      )
      .join(', '),
    paymentDetails: ctx.paymentDetails ?? '',
    signature: ctx.signature ?? ctx.creditor.name,
  };
}
