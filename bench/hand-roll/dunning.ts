// What a user would write instead of nextDunningStep: a hard-coded reminder ladder, plain JS
// numbers, Date.UTC, a hard-coded list of 2026 French public holidays, the float penalties
// hand-roll for the amounts. No validation; the log is trusted to be in date order.
import { handRollPenalties, toIso, toTime } from './penalties.js';

const DAY = 86_400_000;
const MIN_GAP_DAYS = 3;
const HOLIDAYS_2026 = new Set([
  '2026-01-01',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-25',
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
]);

interface Step {
  id: string;
  kind: string;
  channel: string;
  offsetDays: number;
  deadlineDays?: number;
}

const LADDER: Step[] = [
  { id: 'courtesy-notice', kind: 'pre_due_notice', channel: 'email', offsetDays: -3 },
  { id: 'friendly-email', kind: 'reminder', channel: 'email', offsetDays: 1 },
  { id: 'phone-call', kind: 'phone_call', channel: 'phone', offsetDays: 5 },
  { id: 'written-reminder', kind: 'written_reminder', channel: 'letter', offsetDays: 10 },
  {
    id: 'registered-letter',
    kind: 'registered_letter',
    channel: 'registered_letter',
    offsetDays: 20,
  },
  {
    id: 'formal-notice',
    kind: 'formal_notice',
    channel: 'registered_letter',
    offsetDays: 30,
    deadlineDays: 15,
  },
];

export interface HandInvoice {
  number: string;
  issueDate: string;
  dueDate: string;
  buyer: { kind: string; name: string };
  totals: { inclVat: string };
}

// biome-ignore lint/suspicious/noExplicitAny: a hand-roll reads its log loosely, as users do
export type HandEvent = { type: string; date: string } & Record<string, any>;

function rollToWorkingDay(time: number): number {
  let t = time;
  for (;;) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6 && !HOLIDAYS_2026.has(toIso(t))) return t;
    t += DAY;
  }
}

interface Log {
  balance: number;
  reductions: { date: string; amount: string }[];
  done: Set<string>;
  previous: { stepId: string; channel: string; date: string }[];
  lastStepOn: number;
  resumeOn: number;
  blockedToday: boolean;
  warnings: { code: string; message: string }[];
}

function paidBetween(log: Log, from: string, to: string): number {
  let sum = 0;
  for (const r of log.reductions) if (r.date >= from && r.date <= to) sum += Number(r.amount);
  return sum;
}

function readLog(invoice: HandInvoice, events: ReadonlyArray<HandEvent>, today: string): Log {
  const log: Log = {
    balance: Number(invoice.totals.inclVat),
    reductions: [],
    done: new Set(),
    previous: [],
    lastStepOn: 0,
    resumeOn: 0,
    blockedToday: false,
    warnings: [],
  };
  let promise: HandEvent | null = null;
  let plan: HandEvent | null = null;
  let holdSince: string | null = null;
  const release = (date: string) => {
    log.resumeOn = Math.max(log.resumeOn, toTime(date));
    holdSince = null;
  };
  for (const e of events) {
    if (e.date > today) continue;
    switch (e.type) {
      case 'reminder_sent':
      case 'formal_notice_sent':
        log.done.add(e.stepId);
        log.previous.push({ stepId: e.stepId, channel: e.channel, date: e.date });
        log.lastStepOn = toTime(e.date);
        break;
      case 'payment_received':
      case 'credit_note_issued':
        log.balance -= Number(e.amount);
        log.reductions.push({ date: e.date, amount: e.amount });
        break;
      case 'dispute_resolved':
        if (e.amount !== undefined) {
          log.balance -= Number(e.amount);
          log.reductions.push({ date: e.date, amount: e.amount });
        }
        release(e.date);
        break;
      case 'dispute_opened':
      case 'mediation_started':
      case 'paused':
        holdSince = e.date;
        break;
      case 'resumed':
      case 'mediation_ended':
        release(e.date);
        break;
      case 'promise_to_pay':
        promise = e;
        break;
      case 'payment_plan_agreed':
        plan = e;
        break;
    }
  }
  if (promise !== null && promise.promisedDate >= today) log.blockedToday = true;
  if (promise !== null && promise.promisedDate < today) {
    const owed = Number(invoice.totals.inclVat) - paidBetween(log, '0000-01-01', promise.date);
    if (paidBetween(log, promise.date, promise.promisedDate) < owed) {
      const resume = toIso(toTime(promise.promisedDate) + DAY);
      log.warnings.push({
        code: 'PROMISE_BROKEN',
        message: `The debtor promised on ${promise.date} to pay by ${promise.promisedDate} and did not: dunning resumed on ${resume}.`,
      });
      release(resume);
    }
  }
  if (plan !== null) {
    let due = 0;
    let missed: string | null = null;
    for (const inst of plan.installments as { dueDate: string; amount: string }[]) {
      due += Number(inst.amount);
      if (inst.dueDate >= today) break;
      if (paidBetween(log, plan.date, inst.dueDate) + 0.005 < due) {
        missed = inst.dueDate;
        break;
      }
    }
    if (missed === null) log.blockedToday = true;
    else {
      log.warnings.push({
        code: 'INSTALLMENT_MISSED',
        message: `The installment due on ${missed} under the plan agreed on ${plan.date} was not paid in full: the plan has failed and dunning resumed.`,
      });
      log.resumeOn = Math.max(log.resumeOn, toTime(missed) + DAY);
    }
  }
  if (holdSince !== null) log.blockedToday = true;
  return log;
}

/** The next reminder to send today, or when to look again. */
export function handRollNextStep(
  invoice: HandInvoice,
  events: ReadonlyArray<HandEvent>,
  today: string,
) {
  const log = readLog(invoice, events, today);
  const now = toTime(today);
  const due = toTime(invoice.dueDate);
  if (log.balance < 10) return { type: 'done', today, balance: log.balance.toFixed(2) };
  if (log.blockedToday) return { type: 'blocked', today, warnings: log.warnings };
  const step = LADDER.find((s) => !log.done.has(s.id) && !(s.offsetDays < 0 && now >= due));
  if (step === undefined) return { type: 'done', today, balance: log.balance.toFixed(2) };
  const dueOnTime = rollToWorkingDay(
    Math.max(due + step.offsetDays * DAY, log.resumeOn, log.lastStepOn + MIN_GAP_DAYS * DAY),
  );
  const dueOn = toIso(dueOnTime);
  if (dueOnTime > now) return { type: 'wait', today, nextOn: dueOn, warnings: log.warnings };
  const pen = handRollPenalties(invoice.totals.inclVat, invoice.dueDate, log.reductions, today);
  const indemnity = invoice.buyer.kind === 'professional' && now > due ? 40 : 0;
  const late = dueOnTime < now;
  return {
    type: 'action',
    today,
    status: now > due ? 'overdue' : 'not_due',
    invoice: {
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      invoiced: invoice.totals.inclVat,
      debtorKind: invoice.buyer.kind,
      debtorName: invoice.buyer.name,
    },
    step: { ...step },
    dueOn,
    late,
    idempotencyKey: `${invoice.number}:${step.id}:${dueOn}`,
    amounts: {
      asOf: today,
      principal: log.balance.toFixed(2),
      penalties: pen.interest,
      indemnity: indemnity.toFixed(2),
      total: (log.balance + Number(pen.interest) + indemnity).toFixed(2),
    },
    formalNoticeDeadline:
      step.deadlineDays === undefined ? null : toIso(now + step.deadlineDays * DAY),
    previousSteps: log.previous,
    record: { type: 'reminder_sent', date: today, stepId: step.id, channel: step.channel },
    explanation: `Do ${step.id} (${step.kind} by ${step.channel}) today${late ? `: it was due on ${dueOn} (late)` : ''}.`,
    warnings: log.warnings,
  };
}
