// Issue 15, done means: 100 days of daily runs over a generated 1 000-invoice, 50-customer ledger
// with random payments, promises and disputes. The app records every record it is given, files a
// court route for every escalation and archives what is settled, as a real daily job would.
import { describe, expect, it } from 'vitest';
import { everyDay, generateLedger } from '../../src/collections/collections.fixtures.js';
import {
  addDays,
  appendDunningEvent,
  type CollectionsEventInput,
  type CustomerDunningDecision,
  type CustomerInvoiceInput,
  daysBetween,
  isImpayesError,
  nextCustomerDunningStep,
} from '../../src/index.js';

const START = '2026-03-02';
const DAYS = 100;

const LADDER = [
  'friendly-email',
  'phone-call',
  'written-reminder',
  'registered-letter',
  'formal-notice',
];
const PUBLIC_LADDER = LADDER.filter((s) => s !== 'phone-call');

interface Tracked {
  readonly customer: number;
  readonly entry: { invoice: CustomerInvoiceInput['invoice']; events: CollectionsEventInput[] };
  readonly steps: Array<{ id: string; backlog: boolean }>;
  readonly roles: Set<string>;
  paidLate: boolean;
  paidOn: string | null;
  settled: boolean;
  archived: boolean;
}

function stepId(e: CollectionsEventInput): string | null {
  if (e.type === 'reminder_sent') return e.stepId;
  if (e.type === 'formal_notice_sent') return 'formal-notice';
  return null;
}

describe('collections over 100 days of daily runs (issue 15)', () => {
  it('keeps one message per customer and day, every ladder, every claim, and never repeats a step', () => {
    const ledger = generateLedger(20261122, 50, 1000, START, DAYS);
    const tracked = new Map<string, Tracked>();
    ledger.accounts.forEach((a, customer) => {
      for (const entry of a.invoices)
        tracked.set(entry.invoice.number, {
          customer,
          entry: { invoice: entry.invoice, events: [] },
          steps: [],
          roles: new Set(),
          paidLate: false,
          paidOn: null,
          settled: false,
          archived: false,
        });
    });
    const append = (t: Tracked, event: CollectionsEventInput, today: string): boolean => {
      try {
        t.entry.events = appendDunningEvent(t.entry.invoice, t.entry.events, event, { today });
        return true;
      } catch (error) {
        if (!isImpayesError(error)) throw error;
        expect(['INVALID_TRANSITION', 'INVALID_INPUT']).toContain(error.code);
        return false;
      }
    };
    const accountOf = (customer: number) => {
      const a = ledger.accounts[customer]!;
      const invoices = a.invoices
        .map((e) => tracked.get(e.invoice.number)!)
        .filter((t) => !t.archived && t.entry.invoice.issueDate <= today)
        .map((t) => t.entry);
      const last = lastMessage.get(customer);
      // The app drops settled invoices: it passes the day of its last message itself.
      return { ...a, invoices, ...(last === undefined ? {} : { lastContactOn: last }) };
    };
    let today = START;
    const lastMessage = new Map<number, string>();
    let messages = 0;
    let happened = 0;
    let claimsRecorded = 0;
    let h = 0;
    for (const day of everyDay(START, addDays(START, DAYS - 1))) {
      today = day;
      for (; h < ledger.happenings.length && ledger.happenings[h]!.day <= day; h++) {
        const x = ledger.happenings[h]!;
        const t = tracked.get(x.number)!;
        if (x.day < day || t.archived || t.entry.invoice.issueDate > day) continue;
        const event = x.event(day);
        if (!append(t, event, day)) continue;
        happened++;
        if (event.type === 'payment_received' && event.amount === t.entry.invoice.totals!.inclVat) {
          t.paidLate = day > t.entry.invoice.dueDate!;
          t.paidOn = day;
        }
        if (event.type === 'dispute_resolved' && event.outcome !== 'rejected') t.settled = true;
      }
      for (let customer = 0; customer < ledger.accounts.length; customer++) {
        const account = accountOf(customer);
        if (account.invoices.length === 0) continue;
        const d: CustomerDunningDecision = nextCustomerDunningStep(account, { today: day });
        for (const line of d.lines) tracked.get(line.invoice.number)!.roles.add(line.role);
        if (d.type === 'action') {
          messages++;
          // One message per customer and day, and the policy's minimum gap between two.
          const last = lastMessage.get(customer);
          if (last !== undefined) expect(daysBetween(last, day)).toBeGreaterThanOrEqual(7);
          lastMessage.set(customer, day);
          for (const r of d.records) {
            const t = tracked.get(r.invoiceNumber)!;
            expect(append(t, r.event, day)).toBe(true);
            const id = stepId(r.event);
            const line = d.lines.find((l) => l.invoice.number === r.invoiceNumber)!;
            if (id !== null) t.steps.push({ id, backlog: line.backlog });
            if (r.event.type === 'late_payment_claimed') claimsRecorded++;
          }
          // Recorded: calling again the same day gives no second message.
          const again = nextCustomerDunningStep(accountOf(customer), { today: day });
          expect(again.type).not.toBe('action');
        }
        for (const line of d.lines) {
          const t = tracked.get(line.invoice.number)!;
          if (line.role === 'escalate')
            append(
              t,
              {
                type: 'legal_action_filed',
                date: day,
                route:
                  line.invoice.debtorKind === 'public' ? 'refere_provision' : 'injonction_de_payer',
              },
              day,
            );
          if (['closed', 'claimed', 'claim_reported', 'in_court', 'escalate'].includes(line.role))
            t.archived = true;
        }
      }
    }
    expect(messages).toBeGreaterThan(300);
    expect(happened).toBeGreaterThan(500);
    let paidLateChecked = 0;
    for (const [number, t] of tracked) {
      // No invoice skips a level of its own ladder (a backlog's first step excepted).
      const kind = t.entry.invoice.buyer.kind;
      const ladder = kind === 'public' ? PUBLIC_LADDER : LADDER;
      const ids = t.steps.map((s) => s.id).filter((id) => id !== 'courtesy-notice');
      const from = t.steps.find((s) => s.id !== 'courtesy-notice')?.backlog
        ? ladder.indexOf(ids[0]!)
        : 0;
      expect(ids, number).toEqual(ladder.slice(from, from + ids.length));
      expect(new Set(ids).size).toBe(ids.length);
      // Every B2B (and public) invoice paid late has its claimable amounts claimed or reported.
      if (t.paidLate && kind !== 'consumer' && !t.settled) {
        paidLateChecked++;
        const claimMode = t.customer % 2 === 0;
        // A claim waits for the customer's minimum gap: those paid in the last days may be pending.
        const recent = daysBetween(t.paidOn!, today) < 10;
        if (claimMode && recent) expect(t.roles.has('claim'), number).toBe(true);
        else if (claimMode)
          expect(
            t.entry.events.some((e) => e.type === 'late_payment_claimed'),
            number,
          ).toBe(true);
        else expect(t.roles.has('claim_reported'), number).toBe(true);
      }
    }
    expect(paidLateChecked).toBeGreaterThan(100);
    expect(claimsRecorded).toBeGreaterThan(50);
  }, 180_000);
});
