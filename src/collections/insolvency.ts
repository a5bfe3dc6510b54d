// Insolvency of the customer: one declaration covering every open invoice (C. com. L622-21,
// L622-24, R622-24), the opening recorded on the invoices that lack it.
import type { PlainDate } from '../dates/internal.js';
import { type DunningEventInput, nextDunningStep } from '../dunning/internal.js';
import { isImpayesError } from '../errors/internal.js';
import { forclusionReliefDeadline, insolvencyClaimDeadline } from '../limitation/internal.js';
import { lineAmountsOf, penaltyFactsOf } from './amounts.js';
import { finding, say } from './catalogue.js';
import type {
  CollectionsFinding,
  CustomerDunningDeclareClaim,
  CustomerDunningNone,
  CustomerRecord,
} from './decision.js';
import type { Ctx, Evaluated } from './evaluate.js';
import { amountsFrom, type LineState } from './lines.js';
import { sumTotals } from './totals.js';

/** @internal The opening of insolvency proceedings, as recorded on an invoice. */
export interface Insolvency {
  readonly date: PlainDate;
  readonly proceeding: 'sauvegarde' | 'redressement' | 'liquidation';
  readonly publishedOn: PlainDate;
}

/** @internal The earliest opening recorded on any invoice of the account (on or before today). */
export function insolvencyOf(evs: ReadonlyArray<Evaluated>, today: PlainDate): Insolvency | null {
  let found: Insolvency | null = null;
  for (const ev of evs)
    for (const e of ev.inv.events) {
      if (e.type !== 'insolvency_opened' || e.date > today) continue;
      const c = {
        date: e.date as PlainDate,
        proceeding: e.proceeding,
        publishedOn: e.publishedOn as PlainDate,
      };
      if (found === null || key(c) < key(found)) found = c;
    }
  return found;
}

function key(i: Insolvency): string {
  return `${i.date}|${i.publishedOn}|${i.proceeding}`;
}

/** Open invoices that the opening must reach (closed ones stay as they are). */
function mustDeclare(s: LineState): boolean {
  const d = s.ev.decision;
  if (d.type === 'declare_claim') return false;
  if (d.type !== 'none') return true;
  return d.reason === 'below_minimum' || d.reason === 'legal_action_pending';
}

interface Declared {
  state: LineState;
  records: CustomerRecord[];
  findings: CollectionsFinding[];
}

function withOpening(s: LineState, ins: Insolvency, ctx: Ctx): Declared {
  const ev = s.ev;
  const opening: DunningEventInput = {
    type: 'insolvency_opened',
    date: ins.date,
    proceeding: ins.proceeding,
    publishedOn: ins.publishedOn,
  };
  const number = ev.decision.invoice.number;
  try {
    const d = nextDunningStep(
      ev.inv.invoice as never,
      [...ev.inv.events, opening],
      ctx.rates === undefined
        ? { today: ctx.today, policy: ctx.policy.dunning }
        : { today: ctx.today, policy: ctx.policy.dunning, rates: ctx.rates },
    );
    if (d.type !== 'declare_claim') return { state: s, records: [], findings: [] };
    const amounts = amountsFrom(d.amounts);
    return {
      state: { ...s, line: { ...s.line, role: 'insolvency', amounts, warnings: d.warnings } },
      records: [
        { invoiceNumber: number, event: opening },
        { invoiceNumber: number, event: declared(ctx.today, amounts.total) },
      ],
      findings: [],
    };
  } catch (error) {
    if (!isImpayesError(error)) throw error;
    // A step recorded after the opening (unknown at the time): the log cannot take the opening.
    const facts = penaltyFactsOf(ev.inv.invoice, ev.inv.events, ev.decision.invoice, ctx.today);
    const amounts = lineAmountsOf({ ...facts, insolvencyOpenedOn: ins.date }, ctx.today, ctx.rates);
    return {
      state: { ...s, line: { ...s.line, role: 'insolvency', amounts } },
      records: [],
      findings: [
        finding(
          ctx.locale,
          'INSOLVENCY_NOT_RECORDABLE',
          { number, openedOn: ins.date },
          'warning',
          'C. com. L622-21, L622-24',
        ),
      ],
    };
  }
}

function declared(today: PlainDate, amount: string): DunningEventInput {
  return { type: 'claim_declared', date: today, amount };
}

/** @internal The customer decision when insolvency proceedings were opened against the customer. */
export function insolvencyDecision(
  states: ReadonlyArray<LineState>,
  ins: Insolvency,
  ctx: Ctx,
  base: (
    states: ReadonlyArray<LineState>,
    extra: ReadonlyArray<CollectionsFinding>,
  ) => Omit<CustomerDunningNone, 'type' | 'reason' | 'explanation'>,
): CustomerDunningDeclareClaim | CustomerDunningNone {
  const out: LineState[] = [];
  const records: CustomerRecord[] = [];
  const findings: CollectionsFinding[] = [];
  for (const s of states) {
    const d = s.ev.decision;
    if (d.type === 'declare_claim') {
      const amounts = amountsFrom(d.amounts);
      out.push({ ...s, line: { ...s.line, amounts } });
      records.push({ invoiceNumber: d.invoice.number, event: declared(ctx.today, amounts.total) });
    } else if (mustDeclare(s)) {
      const r = withOpening(s, ins, ctx);
      out.push(r.state);
      records.push(...r.records);
      findings.push(...r.findings);
    } else out.push(s);
  }
  const b = base(out, findings);
  const toDeclare = out.filter((s) => s.line.role === 'insolvency');
  if (toDeclare.length === 0) {
    const declaredBefore = out.some(
      (s) => s.ev.decision.type === 'none' && s.ev.decision.reason === 'claim_declared',
    );
    return declaredBefore
      ? {
          type: 'none',
          reason: 'claim_declared',
          ...b,
          explanation: say(ctx.locale, 'NONE_CLAIM_DECLARED', {}),
        }
      : {
          type: 'none',
          reason: 'nothing_open',
          ...b,
          explanation: say(ctx.locale, 'NONE_NOTHING_OPEN', { count: out.length }),
        };
  }
  const v = ctx.policy.dunning.variants[b.debtor.kind];
  const region = v?.region ?? ctx.policy.dunning.region;
  const creditorAbroad = v?.creditorAbroad ?? ctx.policy.dunning.creditorAbroad;
  const deadline = insolvencyClaimDeadline(ins.publishedOn, { creditorAbroad, region }).deadline;
  const totals = sumTotals(toDeclare.map((s) => s.line.amounts));
  return {
    type: 'declare_claim',
    ...b,
    proceeding: ins.proceeding,
    openedOn: ins.date,
    publishedOn: ins.publishedOn,
    deadline,
    late: ctx.today > deadline,
    reliefDeadline: forclusionReliefDeadline(ins.publishedOn, { region }).deadline,
    idempotencyKey: `${b.debtor.id}:declare_claim:${ins.publishedOn}`,
    totals,
    records,
    explanation: say(ctx.locale, 'DECLARE_CLAIM', {
      proceeding: ins.proceeding,
      publishedOn: ins.publishedOn,
      deadline,
      count: toDeclare.length,
      total: totals.total,
    }),
  };
}
