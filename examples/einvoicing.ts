// `npm run demo:einvoicing` (or `npm run demo -- --einvoicing`): one e-invoice followed through
// its lifecycle statuses 200 Déposée → 207 En litige → 205 Approuvée → 211 Paiement transmis →
// 212 Encaissée, with the dunning decision of each day an app would run.
import {
  addDays,
  type DunningEventInput,
  einvoiceStatusEffect,
  einvoicingObligations,
  formatEuros,
  nextDunningStep,
} from 'impayes-core';

const invoice = {
  number: 'F-2026-104',
  issueDate: '2026-10-01',
  terms: { type: 'net', days: 30 },
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

const duty = einvoicingObligations({ issuerSize: 'eti', date: invoice.issueDate });
console.log(`Facture ${invoice.number} du ${invoice.issueDate} — ${duty.explanation}\n`);

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
    const effect = einvoiceStatusEffect(status as Parameters<typeof einvoiceStatusEffect>[0]);
    console.log(`${today}  statut ${effect.code} ${effect.name} → ${effect.kind}`);
  }
  const d = nextDunningStep(invoice, log, { today });
  // Print a day only when the answer changes, or when there is something to do.
  const line =
    d.type === 'action'
      ? `action ${d.step.id} (${d.step.channel}), dû ${formatEuros(d.amounts.total)}`
      : d.type === 'wait'
        ? `attente (${d.reason})${d.until === null ? '' : ` jusqu'au ${d.until}`}`
        : `${d.type}${d.type === 'none' ? ` (${d.reason})` : ''}`;
  if (line !== previous || d.type === 'action')
    console.log(`${today}  ${line}\n            ${d.explanation}`);
  previous = line;
  if (d.type === 'action') log.push(d.record);
  if (d.type === 'none') break;
}
