// SMS forms of the dunning messages: one message of at most 160 GSM-7 septets (the euro sign
// counts two), so no accent outside the GSM alphabet, no typographic quote, no narrow space.
import { gsm7Length, toGsm7 } from '../text/internal.js';
import type { DunningMessageVars } from './messages.js';
import type { DunningStepKind } from './policy.js';

/** The longest SMS sent as one message in the GSM-7 alphabet. */
const SMS_SEPTETS = 160;

type Sms = (v: DunningMessageVars) => ReadonlyArray<string>;

// Each template lists its wordings from the fullest to the shortest; the first that fits is sent.
const FR: Readonly<Record<DunningStepKind, Sms>> = {
  pre_due_notice: (v) => [
    `${v.creditorName} : la facture ${v.invoiceNumber} de ${v.invoiced} arrive à échéance le ${v.dueDate}. Si elle est déjà réglée, merci d'ignorer ce message.`,
    `${v.creditorName} : facture ${v.invoiceNumber} de ${v.invoiced} à régler le ${v.dueDate}.`,
    `Facture ${v.invoiceNumber} à régler le ${v.dueDate}.`,
  ],
  reminder: (v) => reminderFr(v),
  phone_call: (v) => reminderFr(v),
  written_reminder: (v) => [
    `${v.creditorName} : malgré nos relances, la facture ${v.invoiceNumber} échue le ${v.dueDate} reste impayée. Somme due : ${v.total}. Merci de régler sans délai.`,
    `${v.creditorName} : facture ${v.invoiceNumber} impayée, ${v.total} dus. Merci de régler sans délai.`,
    `Facture ${v.invoiceNumber} impayée : ${v.total} dus.`,
  ],
  registered_letter: (v) => [
    `${v.creditorName} : facture ${v.invoiceNumber} échue le ${v.dueDate}, ${v.total} dus. Une lettre recommandée vous est adressée. Merci de régler sans délai.`,
    `${v.creditorName} : facture ${v.invoiceNumber} impayée, ${v.total} dus. Lettre recommandée envoyée.`,
    `Facture ${v.invoiceNumber} impayée : ${v.total} dus.`,
  ],
  formal_notice: (v) => [
    `${v.creditorName} : facture ${v.invoiceNumber} impayée, ${v.total} dus. Une mise en demeure vous est adressée par lettre recommandée : paiement au plus tard le ${v.deadline}.`,
    `${v.creditorName} : mise en demeure envoyée pour la facture ${v.invoiceNumber} (${v.total}), à régler au plus tard le ${v.deadline}.`,
    `Facture ${v.invoiceNumber} : mise en demeure envoyée, ${v.total} dus.`,
  ],
};

function reminderFr(v: DunningMessageVars): ReadonlyArray<string> {
  return [
    `${v.creditorName} : sauf erreur, la facture ${v.invoiceNumber} échue le ${v.dueDate} reste impayée (${v.principal}). Merci de la régler ou de nous répondre.`,
    `${v.creditorName} : facture ${v.invoiceNumber} échue le ${v.dueDate}, reste dû ${v.principal}.`,
    `Facture ${v.invoiceNumber} : reste dû ${v.principal}.`,
  ];
}

const EN: Readonly<Record<DunningStepKind, Sms>> = {
  pre_due_notice: (v) => [
    `${v.creditorName}: invoice ${v.invoiceNumber} for ${v.invoiced} is due on ${v.dueDate}. If payment is on its way, please disregard this message.`,
    `${v.creditorName}: invoice ${v.invoiceNumber} for ${v.invoiced} due on ${v.dueDate}.`,
    `Invoice ${v.invoiceNumber} due on ${v.dueDate}.`,
  ],
  reminder: (v) => reminderEn(v),
  phone_call: (v) => reminderEn(v),
  written_reminder: (v) => [
    `${v.creditorName}: despite our reminders, invoice ${v.invoiceNumber} due on ${v.dueDate} is unpaid. Amount due: ${v.total}. Please pay without delay.`,
    `${v.creditorName}: invoice ${v.invoiceNumber} unpaid, ${v.total} due. Please pay without delay.`,
    `Invoice ${v.invoiceNumber} unpaid: ${v.total} due.`,
  ],
  registered_letter: (v) => [
    `${v.creditorName}: invoice ${v.invoiceNumber} due on ${v.dueDate}, ${v.total} owed. A registered letter is on its way. Please pay without delay.`,
    `${v.creditorName}: invoice ${v.invoiceNumber} unpaid, ${v.total} owed. Registered letter sent.`,
    `Invoice ${v.invoiceNumber} unpaid: ${v.total} due.`,
  ],
  formal_notice: (v) => [
    `${v.creditorName}: invoice ${v.invoiceNumber} unpaid, ${v.total} owed. A formal notice is sent to you by registered letter: pay by ${v.deadline} at the latest.`,
    `${v.creditorName}: formal notice sent for invoice ${v.invoiceNumber} (${v.total}), to pay by ${v.deadline}.`,
    `Invoice ${v.invoiceNumber}: formal notice sent, ${v.total} due.`,
  ],
};

function reminderEn(v: DunningMessageVars): ReadonlyArray<string> {
  return [
    `${v.creditorName}: unless we are mistaken, invoice ${v.invoiceNumber} due on ${v.dueDate} is unpaid (${v.principal}). Please pay it or reply to us.`,
    `${v.creditorName}: invoice ${v.invoiceNumber} due on ${v.dueDate}, ${v.principal} outstanding.`,
    `Invoice ${v.invoiceNumber}: ${v.principal} outstanding.`,
  ];
}

/** The first wording that fits one SMS; the shortest is cut (an invoice number of 150 characters). */
function firstThatFits(wordings: ReadonlyArray<string>): string {
  const safe = wordings.map(toGsm7);
  for (const w of safe) {
    const n = gsm7Length(w);
    if (n !== null && n <= SMS_SEPTETS) return w;
  }
  let out = '';
  let n = 0;
  // Characters outside GSM-7 (a name in another script) are dropped; the cut ends with '...'.
  for (const ch of safe[safe.length - 1]!) {
    const size = gsm7Length(ch);
    if (size === null) continue;
    if (n + size > SMS_SEPTETS - 3) return `${out}...`;
    out += ch;
    n += size;
  }
  return out;
}

/** @internal The SMS templates of a locale: each returns one GSM-7 message of ≤ 160 septets. */
export function smsTemplates(
  locale: 'fr' | 'en',
): Readonly<Record<DunningStepKind, (v: DunningMessageVars) => string>> {
  const table = locale === 'fr' ? FR : EN;
  const out = {} as Record<DunningStepKind, (v: DunningMessageVars) => string>;
  for (const kind of Object.keys(table) as DunningStepKind[])
    out[kind] = (v) => firstThatFits(table[kind](v));
  return out;
}
