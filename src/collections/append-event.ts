import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { type DunningEventInput, DunningEventSchema, dunningState } from '../dunning/internal.js';
import { type ErrorPath, ImpayesError, isImpayesError } from '../errors/internal.js';
import { jsonData } from '../internal/json-data.js';
import { lazy } from '../internal/lazy.js';
import { invalidInput, parseOrThrow, rethrowAsInvalidInput } from '../internal/validate.js';
import type { InvoiceLike } from '../invoice/internal.js';
import {
  type CollectionsEventInput,
  CollectionsEventSchema,
  isCollectionsEvent,
} from './events.js';

/**
 * Options of {@link appendDunningEvent}.
 *
 * @category Collections
 */
export interface AppendDunningEventOptions {
  /** Today: an event dated later is refused (it has not happened yet). */
  readonly today?: string;
}

// Built on first use (cold start, issue 17).
const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({ today: z.optional(PlainDateSchema) }),
);

const logSchema = /* @__PURE__ */ lazy(() => z.array(z.unknown()).check(z.maxLength(99_999)));

/** The `date` of a logged event, or undefined (not an object, or a getter that throws: the fold
 * reports those with their path). */
function dateOf(event: unknown): unknown {
  if (typeof event !== 'object' || event === null) return undefined;
  try {
    return (event as { date?: unknown }).date;
  } catch {
    return undefined;
  }
}

/** Maps an error of the fold (paths into the dunning events) to the caller's log and event. */
function remap(error: unknown, positions: ReadonlyArray<number>, last: number): never {
  if (!isImpayesError(error)) throw error;
  const at = (path: ErrorPath): ErrorPath => {
    if (path[0] !== 'events' || typeof path[1] !== 'number')
      return path[0] === 'events' ? path : ['invoice', ...path];
    const i = positions[path[1]]!;
    return i === last ? ['event', ...path.slice(2)] : ['events', i, ...path.slice(2)];
  };
  const details = error.details as Record<string, unknown>;
  throw new ImpayesError({
    code: error.code,
    message: error.message.replace(/^Event (\d+)/, (_m, i: string) => {
      const p = positions[Number(i)]!;
      return p === last ? 'The new event' : `Event ${p}`;
    }),
    path: at(error.path),
    issues: error.issues.map((i) => ({ path: at(i.path), message: i.message })),
    details:
      typeof details.index === 'number' ? { ...details, index: positions[details.index] } : details,
    cause: error,
  });
}

function transition(message: string, event: { type: string; date: string }): never {
  throw new ImpayesError({
    code: 'INVALID_TRANSITION',
    message,
    path: ['event'],
    details: { type: event.type, date: event.date },
  });
}

function checkClaimEvent(
  invoice: InvoiceLike,
  dunning: ReadonlyArray<DunningEventInput>,
  own: ReadonlyArray<CollectionsEventInput>,
  event: z.output<typeof CollectionsEventSchema>,
  positions: ReadonlyArray<number>,
): void {
  let status: string;
  try {
    status = dunningState(invoice, dunning, { asOf: event.date }).status;
  } catch (error) {
    remap(error, positions, -1);
  }
  if (status !== 'paid')
    transition(
      `The new event (${event.type} on ${event.date}) cannot happen: the invoice is ${status} on that day; penalties are claimed after payment in full (before, they are part of the reminders).`,
      event,
    );
  if (own.length > 0)
    transition(
      `The new event (${event.type} on ${event.date}) cannot happen: the late-payment claim was already ${own[0]!.type === 'late_payment_claimed' ? 'sent' : 'waived'} on ${own[0]!.date}.`,
      event,
    );
}

/**
 * Checks an event against an invoice's log and returns the log with the event appended: one call
 * instead of folding, checking and folding again before storing.
 *
 * @remarks The dunning events are checked by the dunning module's own rules (the fold of
 * `dunningState`, with every event of the log applied): an event that cannot happen in the
 * invoice's status, or a non-money event dated before the last one, is refused. A
 * `late_payment_claimed` or `late_payment_claim_waived` event needs the invoice paid in full on
 * its date, and is accepted once per invoice.
 * @param invoice - the invoice
 * @param events - its log so far (dunning and collections events), in recording order
 * @param event - the event to append
 * @param options - optionally `today`
 * @returns a new array: the log followed by the event
 * @throws {@link ImpayesError} `INVALID_TRANSITION` naming the rule when the event cannot happen
 * (path `['event']`, or `['events', i]` for an earlier event the log cannot take);
 * `INVALID_INPUT` for a malformed invoice, log or event, or an event dated after `today`.
 * @example
 * ```ts
 * const log = appendDunningEvent(invoice, [], {
 *   type: 'reminder_sent', date: '2026-03-04', stepId: 'friendly-email', channel: 'email',
 * });
 * appendDunningEvent(invoice, log, { type: 'payment_received', date: '2026-03-10', amount: '1200.00' });
 * // then a reminder_sent dated 2026-03-11 throws INVALID_TRANSITION: the invoice is fully paid
 * ```
 * @category Collections
 */
export function appendDunningEvent(
  invoice: InvoiceLike,
  events: ReadonlyArray<CollectionsEventInput>,
  event: CollectionsEventInput,
  options: AppendDunningEventOptions = {},
): CollectionsEventInput[] {
  const o = parseOrThrow(optionsSchema(), options, 'options', ['options']);
  const log = parseOrThrow(logSchema(), events, 'events', ['events']);
  const all = [...log, event];
  const dunning: DunningEventInput[] = [];
  const positions: number[] = [];
  const own: CollectionsEventInput[] = [];
  all.forEach((e, i) => {
    if (i < log.length && isCollectionsEvent(e)) {
      own.push(parseOrThrow(CollectionsEventSchema, e, 'event', ['events', i]));
    } else if (!isCollectionsEvent(e)) {
      dunning.push(e as DunningEventInput);
      positions.push(i);
    }
  });
  const own0 = isCollectionsEvent(event)
    ? parseOrThrow(CollectionsEventSchema, event, 'event', ['event'])
    : null;
  const date = (own0 ?? parseOrThrow(DunningEventSchema, event, 'event', ['event'])).date;
  if (o.today !== undefined && date > o.today)
    invalidInput(`is ${date}, after today (${o.today}): record an event once it happened`, [
      'event',
      'date',
    ]);
  if (own0 !== null) checkClaimEvent(invoice, dunning, own, own0, positions);
  else {
    // Every event of the log is applied: the fold runs as of the latest valid date.
    let asOf = date as PlainDate;
    for (const e of dunning) {
      const d = dateOf(e);
      if (typeof d === 'string' && d > asOf && PlainDateSchema.safeParse(d).success)
        asOf = d as PlainDate;
    }
    try {
      dunningState(invoice, dunning, { asOf });
    } catch (error) {
      remap(error, positions, log.length);
    }
  }
  return all.map((e, i) => {
    try {
      return jsonData(e, i === log.length ? ['event'] : ['events', i]) as CollectionsEventInput;
    } catch (error) {
      if (isImpayesError(error)) throw error;
      // An extra key the schemas do not read may still throw while it is copied.
      return rethrowAsInvalidInput(error, 'event', i === log.length ? ['event'] : ['events', i]);
    }
  });
}
