// `npm run demo`: the dunning timeline of a sample invoice, the decision on a given day, and the
// message it would send — in French, or in English with `npm run demo -- --locale en`.
import {
  type DunningEventInput,
  dunningTimeline,
  formatEuros,
  formatLongDate,
  nextDunningStep,
  renderDunningMessage,
} from 'impayes-core';

const flag = process.argv.indexOf('--locale');
const locale: 'fr' | 'en' = flag !== -1 && process.argv[flag + 1] === 'en' ? 'en' : 'fr';
const fr = locale === 'fr';
/** The demo's own words in the chosen language. */
const t = (french: string, english: string): string => (fr ? french : english);
const euros = (amount: string): string =>
  fr
    ? formatEuros(amount)
    : `€${Number(amount).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
const day = (date: string | null): string =>
  date === null ? t('(sans date)', '(no date)') : formatLongDate(date, locale);

// `npm run demo -- --einvoicing`: the e-invoicing lifecycle walk-through (examples/einvoicing.ts).
if (process.argv.includes('--einvoicing')) {
  await import('./einvoicing.js');
  process.exit(0);
}

const invoice = {
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  terms: { type: 'net', days: 30 },
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  lines: [
    {
      description: 'Rénovation de la vitrine',
      quantity: 1,
      unitPriceExclVat: '1000.00',
      vatRatePercent: 20,
    },
  ],
} as const;

console.log(
  t(
    `Facture ${invoice.number} — échéance à 30 jours — calendrier de relance si rien n'est payé :\n`,
    `Invoice ${invoice.number} — due in 30 days — dunning calendar if nothing is paid:\n`,
  ),
);
for (const e of dunningTimeline(invoice, [], { today: '2026-02-20', locale }).entries) {
  const what = e.type === 'step' ? `${e.step?.label?.[locale] ?? e.stepId}` : e.description;
  const amount = e.amounts
    ? t(
        `\n      dû : ${euros(e.amounts.total)} (dont pénalités ${euros(e.amounts.penalties)}, indemnité ${euros(e.amounts.indemnity)})`,
        `\n      owed: ${euros(e.amounts.total)} (penalties ${euros(e.amounts.penalties)}, indemnity ${euros(e.amounts.indemnity)})`,
      )
    : '';
  console.log(`  ${day(e.date).padEnd(18)} ${what}${amount}`);
}

// The app ran every day and recorded each step; a part payment arrived on 11 March.
const events: DunningEventInput[] = [
  { type: 'reminder_sent', date: '2026-02-27', stepId: 'courtesy-notice', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email' },
  { type: 'reminder_sent', date: '2026-03-09', stepId: 'phone-call', channel: 'phone' },
  { type: 'payment_received', date: '2026-03-11', amount: '400.00' },
  { type: 'reminder_sent', date: '2026-03-13', stepId: 'written-reminder', channel: 'letter' },
  {
    type: 'reminder_sent',
    date: '2026-03-23',
    stepId: 'registered-letter',
    channel: 'registered_letter',
  },
];
const today = '2026-04-02';
const decision = nextDunningStep(invoice, events, { today, locale });
console.log(
  t(
    `\nDécision du ${day(today)} : ${decision.explanation}`,
    `\nDecision of ${day(today)}: ${decision.explanation}`,
  ),
);
for (const w of decision.warnings) console.log(`  ${t('attention', 'warning')} : ${w.message}`);
if (decision.type === 'action') {
  console.log(t(`  clé d'idempotence : `, '  idempotency key: ') + decision.idempotencyKey);
  console.log(t('  à enregistrer ensuite : ', '  record next: ') + JSON.stringify(decision.record));
  const message = renderDunningMessage(
    decision,
    {
      creditor: {
        name: 'Atelier Dupont SARL',
        address: '12 rue des Lilas, 69003 Lyon',
        siren: '552100554',
      },
      debtor: { address: '1 place Bellecour, 69002 Lyon' },
      paymentDetails: 'virement — IBAN FR76 3000 6000 0112 3456 7890 189',
      signature: 'Jeanne Dupont, gérante',
      // The log's part payments, so that the letter names them with their date.
      payments: events.flatMap((e) =>
        e.type === 'payment_received' ? [{ date: e.date, amount: e.amount }] : [],
      ),
    },
    { locale },
  );
  console.log(`\n${t('Objet :', 'Subject:')} ${message.subject}\n\n${message.body}`);
}

// Issue 15: the same creditor's customer with several overdue invoices gets one letter listing
// them all (see examples/collections.ts).
console.log(
  t(
    '\n=== Relance par client : une lettre pour toutes les factures ===\n',
    '\n=== Dunning per customer: one letter for all the invoices ===\n',
  ),
);
await import('./collections.js');
