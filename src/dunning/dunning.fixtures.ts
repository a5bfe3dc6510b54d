// Test fixtures for the dunning module (excluded from coverage and from the package).
import { addDays } from '../dates/internal.js';
import type { InvoiceLike } from '../invoice/internal.js';
import type { DunningEventInput } from './events.js';
import { type DunningDecision, type NextDunningStepOptions, nextDunningStep } from './next-step.js';

/** A B2B invoice of 1 200 € TTC issued 2026-02-01, due Tuesday 2026-03-03. */
export const b2bInvoice = Object.freeze({
  number: 'F-2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  seller: { kind: 'professional', name: 'Atelier Dupont SARL' },
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const);

/** The same invoice owed by a consumer. */
export const consumerInvoice = Object.freeze({
  ...b2bInvoice,
  number: 'F-2026-002',
  buyer: { kind: 'consumer', name: 'Marie Martin' },
} as const);

/** The same invoice owed by a public buyer. */
export const publicInvoice = Object.freeze({
  ...b2bInvoice,
  number: 'F-2026-003',
  buyer: { kind: 'public', name: 'Commune de Sainte-Marie' },
} as const);

/** One day of a simulated daily run. */
export interface RunDay {
  readonly day: string;
  readonly decision: DunningDecision;
}

/**
 * Simulates an app that calls nextDunningStep on each day of `days`, carries out each action and
 * records it. Returns every decision and the final log.
 */
export function runDays(
  invoice: unknown,
  events: ReadonlyArray<DunningEventInput>,
  days: ReadonlyArray<string>,
  options: Omit<NextDunningStepOptions, 'today'> = {},
): { log: DunningEventInput[]; run: RunDay[] } {
  const log = [...events];
  const run: RunDay[] = [];
  for (const day of days) {
    const decision = nextDunningStep(invoice as InvoiceLike, log, { ...options, today: day });
    run.push({ day, decision });
    if (decision.type === 'action') log.push(decision.record);
  }
  return { log, run };
}

/** Every day from `from` to `to` inclusive. */
export function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The actions of a run, as `day stepId` strings. */
export function actions(run: ReadonlyArray<RunDay>): string[] {
  return run.flatMap((r) =>
    r.decision.type === 'action' ? [`${r.day} ${r.decision.step.id}`] : [],
  );
}

/** A `reminder_sent` event by e-mail for a step. */
export const sent = (stepId: string, date: string): DunningEventInput => ({
  type: 'reminder_sent',
  date,
  stepId,
  channel: 'email',
});

/** The default ladder recorded on time for `b2bInvoice` (due 2026-03-03), up to the registered letter. */
export const ladder: DunningEventInput[] = [
  sent('courtesy-notice', '2026-02-27'),
  sent('friendly-email', '2026-03-04'),
  sent('phone-call', '2026-03-09'),
  sent('written-reminder', '2026-03-13'),
  sent('registered-letter', '2026-03-23'),
];

/** The formal notice that follows `ladder`. */
export const notice: DunningEventInput = {
  type: 'formal_notice_sent',
  date: '2026-04-02',
  deadlineDays: 15,
};
