// What a user would write instead of limitationDeadline: the 5-year B2B period (2 years B2C),
// interruptions and suspensions walked in log order with Date.UTC arithmetic, a 20-year cap,
// one line of explanation per event. No validation; the log is trusted to be in date order.
import { toIso, toTime } from './penalties.js';

const DAY = 86_400_000;

function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7)) - 1;
  const d = Math.min(Number(date.slice(8)), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return toIso(Date.UTC(y, m, d));
}

function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total % 12;
  const d = Math.min(Number(date.slice(8)), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return toIso(Date.UTC(y, m, d));
}

export interface HandClaim {
  debtor: string;
  dueDate: string;
  events?: ReadonlyArray<{ type: string; date: string; outcome?: string }>;
}

interface TrailEntry {
  index: number;
  type: string;
  date: string;
  effect: string;
  deadlineAfter: string | null;
  explanation: string;
}

/** The last day to act, with a trail of what each event did. */
export function handRollLimitation(claim: HandClaim, asOf: string) {
  let years = claim.debtor === 'consumer' ? 2 : 5;
  const longStop = addYears(claim.dueDate, 20);
  let deadline: string | null = addYears(claim.dueDate, years);
  let remainingDays = 0;
  let orderIssued: string | null = null;
  let byAction = false;
  let title: { servedOn: string; deadline: string } | null = null;
  const trail: TrailEntry[] = [];
  const warnings: string[] = [];
  const interrupt = (date: string, action: boolean, why: string) => {
    deadline = addYears(date, years);
    byAction = action;
    return `${why}: a new ${years}-year period runs from ${date}.`;
  };
  (claim.events ?? []).forEach((e, index) => {
    let effect = 'interrupts';
    let explanation: string;
    switch (e.type) {
      case 'payment_received':
        explanation = interrupt(e.date, false, 'A payment acknowledges the debt');
        break;
      case 'debtor_acknowledged':
        explanation = interrupt(e.date, false, 'The debtor acknowledged the debt');
        break;
      case 'injonction_order_served':
        if (orderIssued !== null && e.date > addMonths(orderIssued, 6)) {
          effect = 'no-effect';
          explanation = 'The order was served too late (6 months, CPC 1411).';
        } else explanation = interrupt(e.date, true, 'Serving the injonction order');
        break;
      case 'proceedings_ended':
        explanation = interrupt(e.date, true, `The proceedings ended (${e.outcome})`);
        break;
      case 'judgment_served':
        years = 10;
        explanation = interrupt(e.date, true, 'The served judgment is an enforceable title');
        title = { servedOn: e.date, deadline: deadline as unknown as string };
        break;
      case 'enforcement_measure':
        explanation = interrupt(e.date, true, 'An enforcement measure');
        break;
      case 'mediation_started':
        effect = 'suspends';
        remainingDays = Math.round((toTime(deadline as string) - toTime(e.date)) / DAY);
        deadline = null;
        explanation = `Mediation suspends limitation with ${remainingDays} day(s) left.`;
        break;
      case 'mediation_ended': {
        effect = 'resumes';
        const left = toIso(toTime(e.date) + remainingDays * DAY);
        const floor = addMonths(e.date, 6);
        deadline = left > floor ? left : floor;
        explanation = `The suspension ends: the time left runs again, at least until ${floor}.`;
        break;
      }
      case 'injonction_order_issued':
        orderIssued = e.date;
        effect = 'no-effect';
        explanation = `Issuing the order does not interrupt; serving it by ${addMonths(e.date, 6)} does.`;
        break;
      default:
        effect = 'no-effect';
        explanation = 'A formal notice does not interrupt or suspend limitation.';
        if (e.type === 'formal_notice_sent') warnings.push('FORMAL_NOTICE_NO_EFFECT');
    }
    trail.push({ index, type: e.type, date: e.date, effect, deadlineAfter: deadline, explanation });
  });
  const binding = deadline !== null && !byAction && deadline > longStop;
  const last = (binding ? longStop : deadline) as string | null;
  const daysLeft = last === null ? null : Math.round((toTime(last) - toTime(asOf)) / DAY);
  return {
    debtor: claim.debtor,
    years,
    deadline: last,
    longStop: { date: longStop, binding },
    status: last === null ? 'suspended' : asOf <= last ? 'running' : 'expired',
    daysLeft,
    title,
    trail,
    warnings,
  };
}
