// `npm run demo`: the dunning timeline of a sample invoice, the decision on a given day, and the
// French message it would send.
import {
  type DunningEventInput,
  dunningTimeline,
  formatEuros,
  nextDunningStep,
  renderDunningMessage,
} from 'impayes-core';

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
  `Facture ${invoice.number} — échéance à 30 jours — calendrier de relance si rien n'est payé :\n`,
);
for (const e of dunningTimeline(invoice, [], { today: '2026-02-20' }).entries) {
  const what =
    e.type === 'step' ? `${e.step?.label?.fr ?? e.stepId} (${e.step?.channel})` : e.description;
  const amount = e.amounts
    ? `  dû : ${formatEuros(e.amounts.total)} (dont pénalités ${formatEuros(e.amounts.penalties)}, indemnité ${formatEuros(e.amounts.indemnity)})`
    : '';
  console.log(`  ${e.date}  ${what}${amount}`);
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
const decision = nextDunningStep(invoice, events, { today });
console.log(`\nDécision du ${today} : ${decision.type} — ${decision.explanation}`);
if (decision.type === 'action') {
  console.log(`  clé d'idempotence : ${decision.idempotencyKey}`);
  console.log(`  à enregistrer ensuite : ${JSON.stringify(decision.record)}`);
  const message = renderDunningMessage(decision, {
    creditor: {
      name: 'Atelier Dupont SARL',
      address: '12 rue des Lilas, 69003 Lyon',
      siren: '552100554',
    },
    debtor: { address: '1 place Bellecour, 69002 Lyon' },
    paymentDetails: 'virement — IBAN FR76 3000 6000 0112 3456 7890 189',
    signature: 'Jeanne Dupont, gérante',
  });
  console.log(`\nObjet : ${message.subject}\n\n${message.body}`);
}

// Issue 15: the same creditor's customer with several overdue invoices gets one letter listing
// them all (see examples/collections.ts).
console.log('\n=== Relance par client : une lettre pour toutes les factures ===\n');
await import('./collections.js');
