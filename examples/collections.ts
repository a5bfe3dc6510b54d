// Collections per customer (issue 15): one letter listing every overdue invoice of a customer,
// the records to store, and the customer's statement. Run: npx tsx examples/collections.ts
import {
  type CustomerAccountInput,
  customerStatement,
  formatEuros,
  formatLongDate,
  nextCustomerDunningStep,
  renderCustomerDunningMessage,
} from 'impayes-core';

// French by default; `--locale en` (as in `npm run demo -- --locale en`) for English.
const flag = process.argv.indexOf('--locale');
const locale: 'fr' | 'en' = flag !== -1 && process.argv[flag + 1] === 'en' ? 'en' : 'fr';
const t = (french: string, english: string): string => (locale === 'fr' ? french : english);
const money = (amount: string): string =>
  locale === 'fr'
    ? formatEuros(amount)
    : `€${Number(amount).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
const ROLE = {
  step: t('relance', 'step'),
  held: t('suspendue', 'held'),
  waiting: t('en attente', 'waiting'),
} as Record<string, string>;

const buyer = { kind: 'professional', name: 'Boulangerie Martin SARL' } as const;
const account: CustomerAccountInput = {
  debtor: {
    id: 'CLI-042',
    name: 'Boulangerie Martin SARL',
    kind: 'professional',
    address: '8 rue Mercière, 69002 Lyon',
  },
  invoices: [
    {
      invoice: {
        number: 'F-2026-011',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        buyer,
        totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
      },
      events: [
        { type: 'reminder_sent', date: '2026-02-05', stepId: 'friendly-email', channel: 'email' },
        { type: 'reminder_sent', date: '2026-02-09', stepId: 'phone-call', channel: 'phone' },
        {
          type: 'reminder_sent',
          date: '2026-02-16',
          stepId: 'written-reminder',
          channel: 'letter',
        },
        {
          type: 'reminder_sent',
          date: '2026-02-24',
          stepId: 'registered-letter',
          channel: 'registered_letter',
        },
      ],
    },
    {
      invoice: {
        number: 'F-2026-019',
        issueDate: '2026-01-21',
        dueDate: '2026-02-20',
        buyer,
        totals: { exclVat: '250.00', vat: '50.00', inclVat: '300.00' },
      },
      events: [
        { type: 'reminder_sent', date: '2026-02-23', stepId: 'friendly-email', channel: 'email' },
      ],
    },
    {
      invoice: {
        number: 'F-2026-027',
        issueDate: '2026-02-01',
        dueDate: '2026-03-03',
        buyer,
        totals: { exclVat: '400.00', vat: '80.00', inclVat: '480.00' },
      },
      events: [{ type: 'dispute_opened', date: '2026-03-04', reason: 'Livraison incomplète' }],
    },
    {
      invoice: {
        number: 'F-2026-030',
        issueDate: '2026-02-02',
        dueDate: '2026-03-04',
        buyer,
        totals: { exclVat: '500.00', vat: '100.00', inclVat: '600.00' },
      },
    },
  ],
};

const today = '2026-03-06';
const decision = nextCustomerDunningStep(account, { today, locale });
console.log(
  t(
    `Décision du ${formatLongDate(today, locale)} pour ${account.debtor.name} : ${decision.explanation.message}`,
    `Decision of ${formatLongDate(today, locale)} for ${account.debtor.name}: ${decision.explanation.message}`,
  ),
);
for (const line of decision.lines)
  console.log(
    `  ${line.invoice.number}  ${(ROLE[line.role] ?? line.role).padEnd(10)} ${line.step?.id ?? line.hold?.reason ?? ''}`,
  );
if (decision.type === 'action') {
  console.log(t(`  clé d'idempotence : `, '  idempotency key: ') + decision.idempotencyKey);
  for (const r of decision.records)
    console.log(
      t(`  à enregistrer sur ${r.invoiceNumber} : `, `  record on ${r.invoiceNumber}: `) +
        JSON.stringify(r.event),
    );
  const letter = renderCustomerDunningMessage(
    decision,
    {
      creditor: {
        name: 'Atelier Dupont SARL',
        address: '12 rue des Lilas, 69003 Lyon',
        siren: '552100554',
      },
      paymentDetails: 'virement — IBAN FR76 3000 6000 0112 3456 7890 189',
      signature: 'Jeanne Dupont, gérante',
    },
    { locale },
  );
  console.log(`\n${t('Objet :', 'Subject:')} ${letter.subject}\n\n${letter.body}`);
}

const statement = customerStatement(account, { asOf: '2026-03-31', locale });
console.log(`\n${statement.title.message}`);
for (const e of statement.entries)
  console.log(
    `  ${formatLongDate(e.date, locale).padEnd(17)} ${e.label.padEnd(32)} ${money(e.debit).padStart(11)} ${money(e.credit).padStart(11)} ${money(e.balance).padStart(11)}`,
  );
console.log(`  ${statement.summary.message}`);
