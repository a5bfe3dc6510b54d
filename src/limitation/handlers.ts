import { addMonthsValid, type PlainDate } from '../dates/internal.js';
import type { Item } from './analysis.js';
import type { LimitationEvent, LimitationEventType } from './events.js';
import type { LimitationTrailEntry } from './limitation-deadline.js';
import { enforcementParams, injonctionServiceMonths } from './procedural-deadlines.js';
import {
  alreadyInterrupted,
  capParams,
  capYearsOf,
  changed,
  daysFrom,
  expiredOn,
  interrupt,
  jan1,
  max,
  notStarted,
  type Outcome,
  orderDateOf,
  outcome,
  periodFrom,
  plainInterruption,
  plusYears,
  type ReplayContext,
  type ReplayState,
  resumeAt,
  type Suspension,
  type SuspensionKind,
  serviceRule,
  suspensionMonths,
  titleYears,
  tooLate,
  trailEntry,
  yearOf,
} from './replay.js';

// One pure handler per event type (a missing one is a compile error): each takes the state before
// the event and returns the state after it, its effect, article and trail sentence.

/** @internal An item whose event has the type `T`. */
export type ItemOf<T extends LimitationEventType> = Item & {
  readonly event: Extract<LimitationEvent, { type: T }>;
};

/** @internal The handler of the events of type `T`. */
export type HandlerFor<T extends LimitationEventType> = (
  s: ReplayState,
  c: ReplayContext,
  item: ItemOf<T>,
  pos: number,
) => Outcome;

/** @internal A handler for every event type. */
export type EventHandlers = {
  readonly [T in LimitationEventType]: (
    s: ReplayState,
    c: ReplayContext,
    item: ItemOf<T>,
    pos: number,
  ) => Outcome;
};

const ackArticle = (c: ReplayContext): string =>
  c.isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2240, 2231';

/** @internal C. civ. 2240: the debtor's acknowledgement interrupts. */
export const onAcknowledged: HandlerFor<'debtor_acknowledged'> = (s, c, item) =>
  plainInterruption(s, c, item, ackArticle(c), 'acknowledgement');

/** @internal C. civ. 2240: a payment, even partial, acknowledges the whole debt. */
export const onPayment: HandlerFor<'payment_received'> = (s, c, item) =>
  plainInterruption(s, c, item, ackArticle(c), 'payment');

/** @internal Loi 68-1250 art. 2: a written claim interrupts, against a public debtor only. */
export const onPublicClaim: HandlerFor<'public_claim_written'> = (s, c, item) =>
  c.isPublic
    ? plainInterruption(s, c, item, 'Loi 68-1250 art. 2', 'public-claim')
    : outcome(
        s,
        'no-effect',
        'Loi 68-1250 art. 2; Cass. com., 18 mai 2022, n° 20-23.204',
        'TRAIL_WRITTEN_CLAIM_PRIVATE',
        {},
        c.locale,
      );

/** @internal A formal notice interrupts nothing (Cass. com. 18 May 2022), but against a public debtor. */
export const onFormalNotice: HandlerFor<'formal_notice_sent'> = (s, c, item) =>
  c.isPublic
    ? plainInterruption(s, c, item, 'Loi 68-1250 art. 2', 'public-demand')
    : outcome(
        s,
        'no-effect',
        'Cass. com., 18 mai 2022, n° 20-23.204',
        'TRAIL_FORMAL_NOTICE',
        {},
        c.locale,
      );

/** @internal C. civ. 2244: enforcement and conservatory measures interrupt, not capped by 2232. */
export const onMeasure: HandlerFor<'enforcement_measure' | 'conservatory_measure'> = (
  s,
  c,
  item,
) => {
  const article = 'C. civ. 2244';
  const t = item.event.date;
  if (c.isPublic)
    return outcome(
      s,
      'no-effect',
      'CGPPP L2311-1; Loi 68-1250 art. 2',
      'TRAIL_PUBLIC_SEIZURE',
      {},
      c.locale,
    );
  if (t < c.startDate) return notStarted(s, c, article);
  if (expiredOn(s, t)) return tooLate(s, article, c.locale);
  if (s.pending > 0) return alreadyInterrupted(s, article, c.locale);
  const { state } = interrupt(s, c, t, periodFrom(s, c, t), false);
  return outcome(
    state,
    'interrupts',
    article,
    'TRAIL_MEASURE',
    {
      measure: item.event.type === 'enforcement_measure' ? 'enforcement' : 'conservatory',
      date: t,
      years: s.years,
      suspended: s.suspension !== null,
      longStopYears: capYearsOf(c),
    },
    c.locale,
  );
};

/** @internal C. civ. 2241, 2242: a legal action interrupts until the proceedings end. */
export const onLegalAction: HandlerFor<'legal_action_filed'> = (s, c, item, pos) => {
  const article = c.isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2241, 2242';
  const t = item.event.date;
  if (c.analysis.voided.has(pos))
    return outcome(s, 'no-effect', `${article}; C. civ. 2243`, 'TRAIL_ACTION_VOIDED', {}, c.locale);
  if (expiredOn(s, t)) return tooLate(s, article, c.locale);
  // A suspension under way is absorbed by the proceedings.
  const state = changed(s, {
    effective: [...s.effective, pos],
    pending: s.pending + 1,
    suspension: null,
  });
  return outcome(
    state,
    'interrupts',
    article,
    'TRAIL_ACTION_FILED',
    {
      date: t,
      public: c.isPublic,
      years: s.years,
      absorbed: s.suspension !== null,
    },
    c.locale,
  );
};

/** @internal Issuing an order interrupts nothing (Cass. civ. 10 Jul 1990); serving it does. */
export const onOrderIssued: HandlerFor<'injonction_order_issued'> = (s, c, item) =>
  outcome(
    s,
    'no-effect',
    'C. proc. civ. art. 1411; Cass. civ., 10 juil. 1990, n° 89-13.345',
    'TRAIL_ORDER_ISSUED',
    { date: item.event.date, ...serviceRule(item.event.date, c.analysis.serviceRules) },
    c.locale,
  );

/** @internal C. civ. 2241, CPC 1411: serving the order in time interrupts. */
export const onOrderServed: HandlerFor<'injonction_order_served'> = (s, c, item, pos) => {
  const article = 'C. civ. 2241; C. proc. civ. art. 1411';
  const t = item.event.date;
  const orderDate = orderDateOf(c, pos);
  if (c.analysis.lateService.has(pos))
    return outcome(
      s,
      'no-effect',
      article,
      'TRAIL_ORDER_LAPSED',
      {
        orderDate,
        ...serviceRule(orderDate, c.analysis.serviceRules),
      },
      c.locale,
    );
  if (c.analysis.voided.has(pos))
    return outcome(
      s,
      'no-effect',
      `${article}; C. civ. 2243`,
      'TRAIL_OPPOSITION_VOIDED',
      {},
      c.locale,
    );
  if (expiredOn(s, t)) return tooLate(s, article, c.locale);
  const served = changed(s, { effective: [...s.effective, pos] });
  if (served.pending > 0) return alreadyInterrupted(served, article, c.locale);
  const { state } = interrupt(served, c, t, periodFrom(served, c, t), false);
  return outcome(
    state,
    'interrupts',
    article,
    'TRAIL_ORDER_SERVED',
    {
      date: t,
      serviceMonths:
        c.analysis.serviceRules?.get(orderDate)?.months ?? injonctionServiceMonths(orderDate),
      years: s.years,
      public: c.isPublic,
      ...enforcementParams(t, orderDate),
    },
    c.locale,
  );
};

const suspensionArticle = (kind: SuspensionKind): string =>
  kind === 'mediation' ? 'C. civ. 2238' : 'C. civ. 2238; CPCE L125-1';

/** @internal The suspension under way, or a new one from `t` with the days left. */
export function openSuspension(s: ReplayState, c: ReplayContext, t: PlainDate): Suspension {
  return (
    s.suspension ?? {
      since: t,
      remaining: daysFrom(max(t, c.startDate), s.deadline),
      remainingExempt: 0,
      newPeriod: false,
      newPeriodExempt: false,
      kinds: [],
    }
  );
}

/** @internal C. civ. 2238: mediation, conciliation or a small-claims procedure suspends. */
export const onSuspensionStart: HandlerFor<'mediation_started' | 'small_claims_accepted'> = (
  s,
  c,
  item,
) => {
  const kind: SuspensionKind =
    item.event.type === 'mediation_started' ? 'mediation' : 'small_claims';
  const article = suspensionArticle(kind);
  const t = item.event.date;
  if (expiredOn(s, t)) return tooLate(s, article, c.locale);
  if (s.pending > 0)
    return outcome(s, 'no-effect', article, 'TRAIL_NOTHING_TO_SUSPEND', {}, c.locale);
  const open = openSuspension(s, c, t);
  const suspension = {
    ...open,
    kinds: open.kinds.includes(kind) ? open.kinds : [...open.kinds, kind],
  };
  return outcome(
    changed(s, { suspension }),
    'suspends',
    article,
    'TRAIL_SUSPENDS',
    {
      kind,
      date: t,
      daysLeft: suspension.remaining,
      months: suspensionMonths(t),
    },
    c.locale,
  );
};

/** @internal C. civ. 2238: when the last suspension ends, the time left runs again (≥ 6 months). */
export const onSuspensionEnd: HandlerFor<'mediation_ended' | 'small_claims_ended'> = (
  s,
  c,
  item,
) => {
  const kind: SuspensionKind = item.event.type === 'mediation_ended' ? 'mediation' : 'small_claims';
  const article = suspensionArticle(kind);
  const t = item.event.date;
  const open = s.suspension;
  if (open === null || !open.kinds.includes(kind))
    return outcome(s, 'no-effect', article, 'TRAIL_END_UNMATCHED', {}, c.locale);
  const kinds = open.kinds.filter((k) => k !== kind);
  if (kinds.length > 0)
    return outcome(
      changed(s, { suspension: { ...open, kinds } }),
      'no-effect',
      article,
      'TRAIL_OTHER_SUSPENSION',
      {},
      c.locale,
    );
  const months = suspensionMonths(t);
  const r = resumeAt(s, c, open, t, months);
  const state = changed(s, { capHit: s.capHit || r.cut, deadline: r.date, suspension: null });
  return outcome(
    state,
    'resumes',
    r.cut ? `${article}; C. civ. 2232` : article,
    'TRAIL_RESUMES',
    {
      date: t,
      months,
      until: addMonthsValid(t, months),
      ...capParams(c, r.cut),
    },
    c.locale,
  );
};

/** @internal C. civ. 2242, 2243: the end of proceedings starts a new period, or voids them. */
export const onProceedingsEnded: HandlerFor<'proceedings_ended'> = (s, c, item, pos) => {
  const t = item.event.date;
  const action = c.analysis.endedAction.get(pos)!;
  const began = c.items[action]!.event.date;
  if (item.event.outcome !== 'judgment')
    return outcome(
      s,
      'voids-interruption',
      'C. civ. 2243',
      'TRAIL_PROCEEDINGS_VOIDED',
      {
        began,
        outcome: item.event.outcome,
        expiredAfter: expiredOn(s, t) ? s.deadline : null,
      },
      c.locale,
    );
  if (!s.effective.includes(action))
    return outcome(s, 'no-effect', 'C. civ. 2247', 'TRAIL_JUDGMENT_AFTER_EXPIRY', {}, c.locale);
  const ended =
    c.items[action]!.event.type === 'legal_action_filed'
      ? changed(s, { pending: s.pending - 1 })
      : s;
  const { state } = interrupt(ended, c, t, periodFrom(ended, c, t), false);
  const article = c.isPublic ? 'Loi 68-1250 art. 2' : 'C. civ. 2242, 2231';
  return outcome(
    state,
    'interrupts',
    article,
    'TRAIL_JUDGMENT',
    {
      began,
      public: c.isPublic,
      years: s.years,
      from: c.isPublic ? jan1(yearOf(t) + 1) : t,
      titleYears: titleYears(t),
    },
    c.locale,
  );
};

/** @internal CPCE L111-4: a served judgment is a title enforceable for 10 years. */
export const onJudgmentServed: HandlerFor<'judgment_served'> = (s, c, item) => {
  if (c.isPublic)
    return outcome(
      s,
      'no-effect',
      'Loi 68-1250 art. 2; loi 80-539',
      'TRAIL_JUDGMENT_PUBLIC',
      {
        years: s.years,
      },
      c.locale,
    );
  const t = item.event.date;
  const years = titleYears(t);
  const until = plusYears(t, years);
  const title = { servedOn: t, years, deadline: until, article: 'CPCE L111-4' } as const;
  const titled = changed(s, { title, years });
  const state =
    titled.suspension === null
      ? changed(titled, { deadline: max(titled.deadline, until) })
      : interrupt(titled, c, t, until, false).state;
  return outcome(state, 'interrupts', 'CPCE L111-4', 'TRAIL_TITLE', { years, until }, c.locale);
};

/** @internal The handler of every event type. */
export const limitationHandlers: EventHandlers = /* @__PURE__ */ Object.freeze({
  debtor_acknowledged: onAcknowledged,
  payment_received: onPayment,
  public_claim_written: onPublicClaim,
  formal_notice_sent: onFormalNotice,
  enforcement_measure: onMeasure,
  conservatory_measure: onMeasure,
  legal_action_filed: onLegalAction,
  injonction_order_issued: onOrderIssued,
  injonction_order_served: onOrderServed,
  mediation_started: onSuspensionStart,
  small_claims_accepted: onSuspensionStart,
  mediation_ended: onSuspensionEnd,
  small_claims_ended: onSuspensionEnd,
  proceedings_ended: onProceedingsEnded,
  judgment_served: onJudgmentServed,
});

/** @internal Replays the sorted events, one handler each: the final state and the trail. */
export function replayEvents(
  c: ReplayContext,
  initial: ReplayState,
): { state: ReplayState; trail: LimitationTrailEntry[] } {
  let state = initial;
  const trail: LimitationTrailEntry[] = [];
  for (let pos = 0; pos < c.items.length; pos++) {
    const item = c.items[pos]!;
    // The map is keyed by type, so the handler matches the event's type.
    const handle = limitationHandlers[item.event.type] as HandlerFor<LimitationEventType>;
    const o = handle(state, c, item as ItemOf<LimitationEventType>, pos);
    state = o.state;
    trail.push(trailEntry(item, o));
  }
  return { state, trail };
}
