// Private: what renderDunningMessage reads of a decision, checked before any text is written. A
// decision may come back from storage (JSON) or be built by hand: a missing or malformed field must
// give one ImpayesError with its path, never "undefined", "NaN" or "[object Object]" in a letter.
import * as z from 'zod/mini';
import { PlainDateSchema } from '../dates/internal.js';
import { ImpayesError } from '../errors/internal.js';
import { invalidInput, parseOrThrow } from '../internal/validate.js';
import { AmountSchema } from '../money/internal.js';
import { DebtorKindSchema } from '../parties/internal.js';
import { DunningChannelSchema } from './events.js';
import type { DunningAction } from './next-step.js';
import { DunningStepKindSchema } from './policy.js';

/** Free text in a letter: one line or a few, at most 1 000 characters (the library's text bound). */
const Text = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000));

/** The fields of an action decision a message uses; other keys are ignored. */
const ActionSchema = /* @__PURE__ */ z.looseObject({
  type: /* @__PURE__ */ z.literal('action'),
  today: PlainDateSchema,
  invoice: /* @__PURE__ */ z.looseObject({
    number: Text,
    issueDate: PlainDateSchema,
    dueDate: PlainDateSchema,
    invoiced: AmountSchema,
    debtorKind: DebtorKindSchema,
    debtorName: Text,
  }),
  step: /* @__PURE__ */ z.looseObject({
    kind: DunningStepKindSchema,
    deadlineDays: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(365)),
    ),
  }),
  amounts: /* @__PURE__ */ z.looseObject({
    principal: AmountSchema,
    penalties: AmountSchema,
    indemnity: AmountSchema,
    total: AmountSchema,
  }),
  formalNoticeDeadline: /* @__PURE__ */ z.nullable(PlainDateSchema),
  previousSteps: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.looseObject({ channel: DunningChannelSchema, date: PlainDateSchema }),
  ),
});

/** @internal The message-relevant part of an action decision, validated (paths under `decision`). */
export function parseActionDecision(decision: unknown): DunningAction {
  let type: unknown;
  try {
    type =
      typeof decision === 'object' && decision !== null
        ? (decision as { type?: unknown }).type
        : undefined;
  } catch {
    // A getter or proxy that throws: the schema below reports it as INVALID_INPUT.
    type = undefined;
  }
  if (typeof type === 'string' && type !== 'action')
    invalidInput(
      `only an action decision has a message to send, received a ${JSON.stringify(type.slice(0, 40))} decision`,
      ['decision', 'type'],
    );
  return parseOrThrow(ActionSchema, decision, 'decision', ['decision']) as unknown as DunningAction;
}

/** @internal Runs a caller's template and checks what it returns (paths under `options.templates`). */
export function runTemplate<V>(
  template: (vars: V) => unknown,
  vars: V,
  kind: string,
): { subject: string; body: string } {
  const path = ['options', 'templates', kind];
  let out: unknown;
  try {
    out = template(vars);
  } catch (cause) {
    throw new ImpayesError({
      code: 'INVALID_INPUT',
      message: `options.templates.${kind}: the template threw: ${cause instanceof Error ? cause.message.slice(0, 200) : 'a non-Error value'}`,
      path,
      cause,
    });
  }
  const subject = (out as { subject?: unknown } | null)?.subject;
  const body = (out as { body?: unknown } | null)?.body;
  if (typeof out !== 'object' || typeof subject !== 'string' || typeof body !== 'string')
    invalidInput('a template must return { subject: string, body: string }', path);
  return { subject, body };
}
