// The daily dunning loop of an app: for each open invoice, ask nextDunningStep what to do today,
// do it once (idempotency key), record it, and handle holds, escalation and insolvency.
import {
  createDunningPolicy,
  type DunningEventInput,
  dunningState,
  nextDunningStep,
  toMermaid,
} from 'impayes-core';

const invoice = {
  number: 'F-2026-014',
  issueDate: '2026-01-15',
  dueDate: '2026-02-14',
  buyer: { kind: 'consumer', name: 'Marie Martin' },
  totals: { exclVat: '2500.00', vat: '500.00', inclVat: '3000.00' },
} as const;

// Build the policy once: no phone calls for this business, at least 5 days between steps.
const policy = createDunningPolicy({
  minGapDays: 5,
  steps: [
    { id: 'rappel', kind: 'reminder', channel: 'email', offsetDays: 1 },
    { id: 'relance', kind: 'written_reminder', channel: 'letter', offsetDays: 10 },
    {
      id: 'mise-en-demeure',
      kind: 'formal_notice',
      channel: 'registered_letter',
      offsetDays: 25,
      deadlineDays: 8,
    },
  ],
});

const log: DunningEventInput[] = [];
const done = new Set<string>(); // what the app already did, by idempotency key
for (let day = 0; day < 60; day++) {
  const today = new Date(Date.UTC(2026, 1, 10 + day)).toISOString().slice(0, 10);
  if (today === '2026-02-20')
    log.push({ type: 'promise_to_pay', date: today, promisedDate: '2026-02-27' });
  const d = nextDunningStep(invoice, log, { today, policy });
  if (d.type === 'action' && !done.has(d.idempotencyKey)) {
    done.add(d.idempotencyKey);
    log.push(d.record);
    console.log(
      `${today}  ${d.step.id}${d.late ? ' (late)' : ''}  ${d.amounts.total} €  ${d.warnings.map((w) => w.code).join(' ')}`,
    );
  } else if (d.type === 'escalate') {
    console.log(
      `${today}  escalate: ${d.options
        .filter((o) => o.eligible)
        .map((o) => o.route)
        .join(', ')}; act before ${d.actBefore}`,
    );
    break;
  }
}
console.log(`\nstatus: ${dunningState(invoice, log, { asOf: '2026-04-10' }).status}`);
console.log(`\n${toMermaid().split('\n').slice(0, 4).join('\n')}\n  …`);
