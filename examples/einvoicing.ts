// `npm run demo:einvoicing` (or `npm run demo -- --einvoicing`): one e-invoice followed through
// its lifecycle statuses 200 Déposée → 207 En litige → 205 Approuvée → 211 Paiement transmis →
// 212 Encaissée, with the dunning decision of each day an app would run. French by default;
// `--locale en` for English.
import {
  addDays,
  type DunningEventInput,
  einvoiceStatusEffect,
  einvoicingObligations,
  formatEuros,
  formatLongDate,
  nextDunningStep,
} from 'impayes-core';

const flag = process.argv.indexOf('--locale');
const locale: 'fr' | 'en' = flag !== -1 && process.argv[flag + 1] === 'en' ? 'en' : 'fr';
/** The example's own words in the chosen language. */
const t = (french: string, english: string): string => (locale === 'fr' ? french : english);
// English amounts from the canonical string (no binary float): '1240.82' → '€1,240.82'.
const euros = (amount: string): string =>
  locale === 'fr'
    ? formatEuros(amount)
    : `€${amount.replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',')}`;
const day = (date: string): string => formatLongDate(date, locale).padEnd(17);

const invoice = {
  number: 'F-2026-104',
  issueDate: '2026-10-01',
  terms: { type: 'net', days: 30 },
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

const duty = einvoicingObligations({ issuerSize: 'eti', date: invoice.issueDate }, { locale });
console.log(
  t(
    `Facture ${invoice.number} émise le ${formatLongDate(invoice.issueDate, locale)} — ${duty.explanation}\n`,
    `Invoice ${invoice.number} issued on ${formatLongDate(invoice.issueDate, locale)} — ${duty.explanation}\n`,
  ),
);

// What the platform reports, by day (the app stores each status in the invoice's event log).
const statuses: Record<string, DunningEventInput> = {
  '2026-10-01': { type: 'einvoice_status', date: '2026-10-01', code: 200 },
  '2026-11-04': {
    type: 'einvoice_status',
    date: '2026-11-04',
    code: 207,
    reasonCodes: ['LIVR_INCOMP'],
    requestedAction: 'PIN',
  },
  '2026-11-12': { type: 'einvoice_status', date: '2026-11-12', code: 205 },
  '2026-11-20': {
    type: 'einvoice_status',
    date: '2026-11-20',
    code: 211,
    amounts: { paid: '1200.00' },
  },
  '2026-11-25': {
    type: 'einvoice_status',
    date: '2026-11-25',
    code: 212,
    amounts: { paid: '1200.00' },
  },
};

const log: DunningEventInput[] = [];
let previous = '';
for (let n = 0; n <= 60; n++) {
  const today = addDays('2026-10-01', n);
  const status = statuses[today];
  if (status !== undefined) {
    log.push(status);
    const effect = einvoiceStatusEffect(status as Parameters<typeof einvoiceStatusEffect>[0], {
      locale,
    });
    console.log(`${day(today)}  ${effect.explanation}`);
  }
  const d = nextDunningStep(invoice, log, { today, locale });
  // Print a day only when the answer changes, or when there is something to do.
  const line =
    d.type === 'action'
      ? t(`à faire, dû : ${euros(d.amounts.total)}`, `to do, ${euros(d.amounts.total)} owed`)
      : d.type === 'wait'
        ? d.until === null
          ? t('en attente', 'waiting')
          : t(
              `en attente jusqu'au ${formatLongDate(d.until, locale)}`,
              `waiting until ${formatLongDate(d.until, locale)}`,
            )
        : t('plus rien à faire', 'nothing left to do');
  if (`${line}${d.explanation}` !== previous || d.type === 'action')
    console.log(`${day(today)}  ${line}\n${' '.repeat(19)}${d.explanation}`);
  previous = `${line}${d.explanation}`;
  if (d.type === 'action') log.push(d.record);
  if (d.type === 'none') break;
}
