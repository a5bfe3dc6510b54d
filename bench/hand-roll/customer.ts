// What a user would write instead of nextCustomerDunningStep: the float per-invoice hand-roll
// (./dunning.ts) on each invoice, then one message for the customer: at most one every 7 days, the
// most advanced step due gives its kind, every overdue invoice is listed with its float amounts
// (./penalties.ts), invoices paid late report what may still be claimed. No validation.
import { type HandEvent, type HandInvoice, handRollNextStep } from './dunning.js';
import { handRollPenalties, toIso, toTime } from './penalties.js';

const DAY = 86_400_000;
const MIN_DAYS_BETWEEN_MESSAGES = 7;
const KINDS = [
  'pre_due_notice',
  'reminder',
  'phone_call',
  'written_reminder',
  'registered_letter',
  'formal_notice',
];

export interface HandAccount {
  debtor: { id: string; name: string };
  invoices: ReadonlyArray<{ invoice: HandInvoice; events?: ReadonlyArray<HandEvent> }>;
}

interface HandLine {
  number: string;
  dueDate: string;
  amounts: { principal: number; penalties: number; indemnity: number } | null;
  step: { id: string; kind: string; channel: string; dueOn: string } | null;
}

function moneyIn(events: ReadonlyArray<HandEvent>, today: string) {
  return events
    .filter((e) => e.date <= today && e.type === 'payment_received')
    .map((e) => ({ date: e.date, amount: e.amount as string }));
}

/** What may still be claimed on an invoice paid in full after its due date, or null. */
function lateClaim(invoice: HandInvoice, events: ReadonlyArray<HandEvent>, today: string) {
  const payments = moneyIn(events, today);
  let paid = 0;
  let paidOn = '';
  for (const p of payments) {
    paid += Number(p.amount);
    paidOn = p.date;
  }
  if (paid < Number(invoice.totals.inclVat) - 0.005 || paidOn <= invoice.dueDate) return null;
  const pen = handRollPenalties(invoice.totals.inclVat, invoice.dueDate, payments, paidOn);
  return { number: invoice.number, paidOn, total: (Number(pen.interest) + 40).toFixed(2) };
}

function lineOf(invoice: HandInvoice, events: ReadonlyArray<HandEvent>, today: string) {
  const d = handRollNextStep(invoice, events, today) as Record<string, unknown>;
  const line: HandLine = {
    number: invoice.number,
    dueDate: invoice.dueDate,
    amounts: null,
    step: null,
  };
  if (d.type === 'action') {
    const a = d.amounts as Record<string, string>;
    const s = d.step as { id: string; kind: string; channel: string };
    line.step = { ...s, dueOn: d.dueOn as string };
    if (s.kind === 'pre_due_notice') return { line, claim: null };
    line.amounts = {
      principal: Number(a.principal),
      penalties: Number(a.penalties),
      indemnity: Number(a.indemnity),
    };
  } else if (d.type !== 'done' && invoice.dueDate < today) {
    const pen = handRollPenalties(
      invoice.totals.inclVat,
      invoice.dueDate,
      moneyIn(events, today),
      today,
    );
    line.amounts = {
      principal: Number(pen.principalOutstanding),
      penalties: Number(pen.interest),
      indemnity: Number(pen.indemnity),
    };
  }
  return { line, claim: d.type === 'done' ? lateClaim(invoice, events, today) : null };
}

/** The customer's message of the day, or when to look again. */
export function handRollCustomerStep(account: HandAccount, today: string) {
  const lines: HandLine[] = [];
  const claims: { number: string; paidOn: string; total: string }[] = [];
  let lastContact = '';
  for (const { invoice, events = [] } of account.invoices) {
    for (const e of events)
      if (e.type === 'reminder_sent' && e.date <= today && e.date > lastContact)
        lastContact = e.date;
    const { line, claim } = lineOf(invoice, events, today);
    lines.push(line);
    if (claim !== null) claims.push(claim);
  }
  lines.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const nextContactFrom =
    lastContact === '' ? null : toIso(toTime(lastContact) + MIN_DAYS_BETWEEN_MESSAGES * DAY);
  const steps = lines.filter((l) => l.step !== null);
  if (steps.length === 0 || (nextContactFrom !== null && today < nextContactFrom))
    return { type: 'wait', today, lastContact, nextContactFrom, claims };
  let kind = steps[0]!.step!.kind;
  for (const l of steps) if (KINDS.indexOf(l.step!.kind) > KINDS.indexOf(kind)) kind = l.step!.kind;
  const listed = lines.filter((l) => l.amounts !== null);
  let principal = 0;
  let penalties = 0;
  let indemnity = 0;
  for (const l of listed) {
    principal += l.amounts!.principal;
    penalties += l.amounts!.penalties;
    indemnity += l.amounts!.indemnity;
  }
  const dueOn = steps.map((l) => l.step!.dueOn).sort()[0]!;
  const channel = steps.find((l) => l.step!.kind === kind)!.step!.channel;
  return {
    type: 'action',
    today,
    kind,
    channel,
    dueOn,
    late: dueOn < today,
    lastContact,
    nextContactFrom,
    idempotencyKey: `${account.debtor.id}:${kind}:${dueOn}`,
    listed: listed.map((l) => l.number),
    totals: {
      principal: principal.toFixed(2),
      penalties: penalties.toFixed(2),
      indemnity: indemnity.toFixed(2),
      total: (principal + penalties + indemnity).toFixed(2),
    },
    records: steps.map((l) => ({
      invoiceNumber: l.number,
      event: { type: 'reminder_sent', date: today, stepId: l.step!.id, channel },
    })),
    claims,
  };
}
