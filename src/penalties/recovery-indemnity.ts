import * as z from 'zod/mini';
import { type PlainDate, PlainDateSchema } from '../dates/internal.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { parseOrThrow } from '../internal/validate.js';
import { lawRowOn, lawStart } from '../law/internal.js';
import type { Amount } from '../money/internal.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/internal.js';
import type { PenaltiesMessage, PenaltiesMessages } from './text.js';
import { penaltyText, relocalised } from './warning.js';

/**
 * Schema of the input of {@link recoveryIndemnity}. Give `paidOn` when the invoice was paid in
 * full, else `asOf` (the day the question is asked); at least one of them.
 *
 * @category Penalties
 */
export const RecoveryIndemnityInputSchema = /* @__PURE__ */ z
  .strictObject({
    debtor: DebtorKindSchema,
    dueDate: PlainDateSchema,
    paidOn: z.optional(PlainDateSchema),
    asOf: z.optional(PlainDateSchema),
    insolvencyOpenedOn: z.optional(PlainDateSchema),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.paidOn === undefined && v.asOf === undefined)
        ctx.issues.push({
          code: 'custom',
          message: 'is required when paidOn is not given (the invoice is still unpaid on that day)',
          input: v.asOf,
          path: ['asOf'],
        });
      if (v.paidOn !== undefined && v.asOf !== undefined && v.paidOn > v.asOf)
        ctx.issues.push({
          code: 'custom',
          message: `must not be after asOf (${v.asOf}), received ${JSON.stringify(v.paidOn)}`,
          input: v.paidOn,
          path: ['paidOn'],
        });
    }),
  );

/**
 * What {@link recoveryIndemnity} accepts; see {@link RecoveryIndemnityInputSchema}.
 *
 * @category Penalties
 */
export type RecoveryIndemnityInput = z.input<typeof RecoveryIndemnityInputSchema>;

/**
 * Why the 40 € indemnity is or is not owed:
 *
 * - `'paid-late'`: paid after the due date, even by one day (owed);
 * - `'unpaid-after-due-date'`: still unpaid after the due date (owed);
 * - `'not-late'`: paid on or before the due date, or the due date has not passed;
 * - `'debtor-not-covered'`: a consumer or non-professional debtor (no indemnity in civil law);
 * - `'insolvency'`: insolvency proceedings opened on or before the due date forbid payment on it;
 * - `'not-in-force'`: due before the indemnity existed (2013-01-01 for businesses, 2013-05-01 for
 *   public buyers).
 *
 * @category Penalties
 */
export type RecoveryIndemnityReason =
  | 'paid-late'
  | 'unpaid-after-due-date'
  | 'not-late'
  | 'debtor-not-covered'
  | 'insolvency'
  | 'not-in-force';

/**
 * The fixed recovery indemnity of one invoice.
 *
 * @category Penalties
 */
export interface RecoveryIndemnityResult {
  /** `'40.00'` or `'0.00'`. */
  readonly amount: Amount;
  /** Whether it is owed. */
  readonly owed: boolean;
  /** Why; see {@link RecoveryIndemnityReason}. */
  readonly reason: RecoveryIndemnityReason;
  /** The code of the sentence; see {@link IndemnityCode}. */
  readonly code: IndemnityCode;
  /** Its values. */
  readonly params: PenaltiesMessages[IndemnityCode];
  /** One sentence, in the requested locale (French by default). */
  readonly message: string;
  /** The legal basis. */
  readonly article: string;
}

const NONE = '0.00' as Amount;

/**
 * The codes of the sentences of a recovery indemnity: `INDEMNITY_PAID_LATE`, `INDEMNITY_UNPAID`,
 * `INDEMNITY_PAID_ON_TIME`, `INDEMNITY_NOT_YET_DUE`, `INDEMNITY_NOT_IN_FORCE`,
 * `INDEMNITY_INSOLVENCY`, `INDEMNITY_DEBTOR_NOT_COVERED`.
 *
 * @category Penalties
 */
export type IndemnityCode = keyof PenaltiesMessages & `INDEMNITY_${string}`;

/** A sentence of the indemnity with its code and params, not rendered (empty message). */
function unrendered<C extends IndemnityCode>(
  code: C,
  params: PenaltiesMessages[C],
): PenaltiesMessage<C> {
  return { code, params, message: '' } as PenaltiesMessage<C>;
}

/**
 * @internal The indemnity from validated values: `paidOn` when paid in full, else unpaid on `asOf`.
 */
export function indemnityFor(
  debtor: DebtorKind,
  dueDate: PlainDate,
  paidOn: PlainDate | undefined,
  asOf: PlainDate | undefined,
  insolvencyOpenedOn: PlainDate | undefined,
  render = true,
): RecoveryIndemnityResult {
  // `render: false` (a statement of totals only): the sentence keeps its code and params, with an
  // empty message, for callers that never show it (issue 17: rendering it was 8 % of a decision).
  const text = <C extends IndemnityCode>(code: C, params: PenaltiesMessages[C]) =>
    render ? penaltyText(code, params) : unrendered(code, params);
  const isPublic = debtor === 'public';
  const article = isPublic ? 'CCP L2192-13, D2192-35' : 'C. com. L441-10 II, D441-5';
  const no = <C extends IndemnityCode>(
    reason: RecoveryIndemnityReason,
    code: C,
    params: PenaltiesMessages[C],
    art = article,
  ): RecoveryIndemnityResult => ({
    amount: NONE,
    owed: false,
    reason,
    ...text(code, params),
    article: art,
  });
  if (debtor === 'consumer' || debtor === 'non_professional')
    return no(
      'debtor-not-covered',
      'INDEMNITY_DEBTOR_NOT_COVERED',
      { debtor },
      'C. com. L441-10 II',
    );
  const lateOn = paidOn ?? (asOf as PlainDate);
  if (lateOn <= dueDate)
    return paidOn !== undefined
      ? no('not-late', 'INDEMNITY_PAID_ON_TIME', { paidOn, dueDate })
      : no('not-late', 'INDEMNITY_NOT_YET_DUE', { asOf: lateOn, dueDate });
  // The amount and its start date are law parameter data, read at the due date.
  const id = isPublic ? 'public-recovery-indemnity-eur' : 'recovery-indemnity-eur';
  const row = lawRowOn(id, dueDate);
  if (row === undefined)
    return no('not-in-force', 'INDEMNITY_NOT_IN_FORCE', { from: lawStart(id), dueDate });
  const euros = Number(row.value);
  if (insolvencyOpenedOn !== undefined && insolvencyOpenedOn <= dueDate)
    return no(
      'insolvency',
      'INDEMNITY_INSOLVENCY',
      { openedOn: insolvencyOpenedOn, dueDate },
      'C. com. L441-10 II, L622-7',
    );
  return {
    amount: `${row.value}.00` as Amount,
    owed: true,
    reason: paidOn !== undefined ? 'paid-late' : 'unpaid-after-due-date',
    ...(paidOn !== undefined
      ? text('INDEMNITY_PAID_LATE', { paidOn, dueDate, euros })
      : text('INDEMNITY_UNPAID', { asOf: lateOn, dueDate, euros })),
    article,
  };
}

/**
 * Returns the fixed 40 € recovery indemnity of one invoice, or 0 with the reason.
 *
 * @remarks C. com. L441-10 II and D441-5 (businesses, since 2013-01-01); CCP L2192-13 and D2192-35
 * (public buyers, since 2013-05-01). Owed of right for each invoice paid late, even one day late
 * and whatever the amount (CJEU C-279/23, 11 Jul 2024), once per invoice even when several are
 * claimed together (CJEU C-585/20). Not owed by consumers or non-professionals. Not claimable when
 * insolvency proceedings forbid payment at the due date — read here as proceedings opened on or
 * before the due date; when they open later the indemnity was already owed on the first late day
 * (it is then a claim to file, C. com. L622-24). Higher justified costs: see
 * `additionalRecoveryCosts` of {@link computeLatePenalties}.
 * @param input - debtor, due date, payment date or statement date, insolvency opening date
 * @param options - `locale` of the message: `'fr'` (default) or `'en'`
 * @returns `{ amount: '40.00' | '0.00', owed, reason, code, params, message, article }`
 * @throws {@link ImpayesError} `INVALID_INPUT` for bad dates, neither `paidOn` nor `asOf`, or
 * `paidOn` after `asOf`.
 * @example
 * ```ts
 * recoveryIndemnity({ debtor: 'professional', dueDate: '2025-06-15', paidOn: '2025-06-16' });
 * //=> { amount: '40.00', owed: true, reason: 'paid-late', … }
 * recoveryIndemnity({ debtor: 'consumer', dueDate: '2025-06-15', asOf: '2025-09-01' }).amount;
 * //=> '0.00'
 * ```
 * @category Penalties
 */
export function recoveryIndemnity(
  input: RecoveryIndemnityInput,
  options?: TextOptions,
): RecoveryIndemnityResult {
  const v = parseOrThrow(RecoveryIndemnityInputSchema, input, 'input');
  const locale = localeOf(options);
  return relocalised(
    indemnityFor(v.debtor, v.dueDate, v.paidOn, v.asOf, v.insolvencyOpenedOn),
    locale,
  );
}
