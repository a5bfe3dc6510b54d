import * as z from 'zod/mini';
import { dec, toCents } from '../internal/decimal.js';
import { parseOrThrow } from '../internal/validate.js';
import { type Amount, NonNegativeMoneyInputSchema } from '../money/internal.js';
import { type DebtorKind, DebtorKindSchema } from '../parties/internal.js';

/**
 * The two kinds of advance payment French law distinguishes:
 *
 * - `'acompte'`: a first instalment of the price on a firm contract; neither party may withdraw;
 * - `'arrhes'`: earnest money (C. civ. 1590); either party may withdraw, the buyer by forfeiting
 *   it, the seller by paying back twice the amount.
 *
 * @category Deposit
 */
export const AdvancePaymentKindSchema = /* @__PURE__ */ z.enum(['acompte', 'arrhes']);

/**
 * A kind of advance payment; see {@link AdvancePaymentKindSchema}.
 *
 * @category Deposit
 */
export type AdvancePaymentKind = z.infer<typeof AdvancePaymentKindSchema>;

/**
 * Schema of the request to {@link classifyAdvancePayment}: the `debtor` kind (the buyer) and the
 * word the contract uses for the sum paid in advance, when it says one (`contractTerm`).
 *
 * @category Deposit
 */
export const ClassifyAdvancePaymentRequestSchema = /* @__PURE__ */ z.strictObject({
  debtor: DebtorKindSchema,
  contractTerm: z.optional(AdvancePaymentKindSchema),
});

/**
 * The request to {@link classifyAdvancePayment}; see {@link ClassifyAdvancePaymentRequestSchema}.
 *
 * @category Deposit
 */
export type ClassifyAdvancePaymentRequest = z.input<typeof ClassifyAdvancePaymentRequestSchema>;

/**
 * The result of {@link classifyAdvancePayment}.
 *
 * @category Deposit
 */
export interface ClassifyAdvancePaymentResult {
  /** What the sum paid in advance is in law. */
  readonly kind: AdvancePaymentKind;
  /** Whether the kind comes from the contract's wording or from the default rule. */
  readonly source: 'contract' | 'default';
  /** The legal basis. */
  readonly article: string;
  /** Why, in French and English. */
  readonly explanation: { readonly fr: string; readonly en: string };
}

/**
 * Tells whether a sum paid in advance is an acompte or arrhes.
 *
 * @remarks For a consumer buyer, C. conso L214-1: "Sauf stipulation contraire, pour tout contrat
 * de vente ou de prestation de services conclu entre un professionnel et un consommateur, les
 * sommes versées d'avance sont des arrhes" — arrhes unless the contract says "acompte". For every
 * other buyer (business, public, non-professional legal person) the contract's word decides; when
 * it says nothing the library assumes an acompte, the firm-contract reading (C. civ. 1590 treats a
 * sum as arrhes only when the parties agreed so) — a documented default, since courts look at the
 * parties' intent.
 * @param request - the debtor kind and the contract's term; see
 * {@link ClassifyAdvancePaymentRequestSchema}
 * @returns the kind, its source, the article and an explanation
 * @throws {@link ImpayesError} `INVALID_INPUT` for an unknown debtor kind or term (paths
 * `['debtor']`, `['contractTerm']`).
 * @example
 * ```ts
 * classifyAdvancePayment({ debtor: 'consumer' }).kind; //=> 'arrhes'
 * classifyAdvancePayment({ debtor: 'consumer', contractTerm: 'acompte' }).kind; //=> 'acompte'
 * classifyAdvancePayment({ debtor: 'professional' }).kind; //=> 'acompte'
 * ```
 * @category Deposit
 */
export function classifyAdvancePayment(
  request: ClassifyAdvancePaymentRequest,
): ClassifyAdvancePaymentResult {
  const r = parseOrThrow(ClassifyAdvancePaymentRequestSchema, request, 'request');
  return classify(r.debtor, r.contractTerm);
}

function classify(
  debtor: DebtorKind,
  term: AdvancePaymentKind | undefined,
): ClassifyAdvancePaymentResult {
  if (debtor === 'consumer') {
    if (term === 'acompte')
      return {
        kind: 'acompte',
        source: 'contract',
        article: 'C. conso L214-1',
        explanation: {
          fr: 'Le contrat stipule un acompte : le consommateur et le professionnel sont engagés fermement.',
          en: 'The contract stipulates an acompte: the consumer and the business are firmly bound.',
        },
      };
    return {
      kind: 'arrhes',
      source: term === 'arrhes' ? 'contract' : 'default',
      article: 'C. conso L214-1; C. civ. 1590',
      explanation: {
        fr: "Entre un professionnel et un consommateur, les sommes versées d'avance sont des arrhes sauf stipulation contraire : le consommateur peut se dédire en les perdant, le professionnel en les restituant au double.",
        en: 'Between a business and a consumer, sums paid in advance are arrhes unless the contract says otherwise: the consumer may withdraw by forfeiting them, the business by paying back twice the amount.',
      },
    };
  }
  if (term === 'arrhes')
    return {
      kind: 'arrhes',
      source: 'contract',
      article: 'C. civ. 1590',
      explanation: {
        fr: 'Le contrat stipule des arrhes : chaque partie peut se dédire, l’acheteur en les perdant, le vendeur en les restituant au double.',
        en: 'The contract stipulates arrhes: either party may withdraw, the buyer by forfeiting them, the seller by paying back twice the amount.',
      },
    };
  return {
    kind: 'acompte',
    source: term === 'acompte' ? 'contract' : 'default',
    article: 'C. civ. 1103 (the contract binds); C. civ. 1590 (arrhes only if agreed)',
    explanation: {
      fr: "Hors contrat de consommation, le contrat décide ; à défaut de stipulation d'arrhes, la somme est traitée comme un acompte : le contrat est ferme.",
      en: 'Outside consumer contracts the contract decides; without a stipulation of arrhes the sum is treated as an acompte: the contract is firm.',
    },
  };
}

/**
 * Schema of the request to {@link cancellationOutcome}: the `kind` of advance payment, who
 * cancels (`cancelledBy`: `'buyer'` or `'seller'`) and the `amountPaid` in advance (in cents,
 * zero or more).
 *
 * @category Deposit
 */
export const CancellationRequestSchema = /* @__PURE__ */ z.strictObject({
  kind: AdvancePaymentKindSchema,
  cancelledBy: z.enum(['buyer', 'seller']),
  amountPaid: NonNegativeMoneyInputSchema,
});

/**
 * The request to {@link cancellationOutcome}; see {@link CancellationRequestSchema}.
 *
 * @category Deposit
 */
export type CancellationRequest = z.input<typeof CancellationRequestSchema>;

/**
 * What happens when one party walks away from a contract with an advance payment.
 *
 * @category Deposit
 */
export interface CancellationOutcome {
  /** The kind of advance payment. */
  readonly kind: AdvancePaymentKind;
  /** Who cancels. */
  readonly cancelledBy: 'buyer' | 'seller';
  /** The amount paid in advance. */
  readonly amountPaid: Amount;
  /**
   * `false` for arrhes (the withdrawal ends the contract, its price is fixed); `true` for an acompte
   * (no right to withdraw: the contract still binds the party who walks away).
   */
  readonly contractStands: boolean;
  /** What the seller keeps of the advance payment. */
  readonly sellerKeeps: Amount;
  /**
   * What the seller must pay the buyer: twice the arrhes when the seller withdraws; the acompte
   * when the seller fails to perform and the buyer terminates; zero otherwise.
   */
  readonly sellerPays: Amount;
  /** `true` when the buyer still owes the balance of the price (acompte cancelled by the buyer). */
  readonly buyerOwesBalance: boolean;
  /** `true` when damages may be claimed on top (acompte only; arrhes are the price of withdrawal). */
  readonly damagesPossible: boolean;
  /** The legal bases. */
  readonly article: string;
  /** What happens, in French and English. */
  readonly explanation: { readonly fr: string; readonly en: string };
}

/**
 * Tells who keeps or returns what when the buyer or the seller cancels a contract paid in part in
 * advance.
 *
 * @remarks Arrhes (C. conso L214-1, C. civ. 1590): a withdrawal right whose price is fixed — the
 * buyer who withdraws forfeits the arrhes; the seller who withdraws pays back twice the amount (the
 * arrhes plus the same sum), and no further damages are owed. Acompte: a first instalment of a firm
 * contract (C. civ. 1103) — a buyer who walks away still owes the price (the seller keeps the
 * acompte and may claim the balance or damages, C. civ. 1217, 1221, 1231-1); a seller who fails to
 * perform owes performance or, if the buyer terminates, returns the acompte (C. civ. 1229) plus
 * possible damages.
 * @param request - kind, who cancels and the amount paid; see {@link CancellationRequestSchema}
 * @returns the amounts kept and paid back, and what else may be owed
 * @throws {@link ImpayesError} `INVALID_INPUT` with the path of each malformed field.
 * @example
 * ```ts
 * cancellationOutcome({ kind: 'arrhes', cancelledBy: 'seller', amountPaid: '500' }).sellerPays;
 * //=> '1000.00'
 * cancellationOutcome({ kind: 'arrhes', cancelledBy: 'buyer', amountPaid: '500' }).sellerKeeps;
 * //=> '500.00'
 * ```
 * @category Deposit
 */
export function cancellationOutcome(request: CancellationRequest): CancellationOutcome {
  const r = parseOrThrow(CancellationRequestSchema, request, 'request');
  const paid = dec(r.amountPaid);
  const amountPaid = toCents(paid) as Amount;
  const zero = '0.00' as Amount;
  const base = { kind: r.kind, cancelledBy: r.cancelledBy, amountPaid };
  if (r.kind === 'arrhes') {
    const article = 'C. conso L214-1; C. civ. 1590';
    if (r.cancelledBy === 'buyer')
      return {
        ...base,
        contractStands: false,
        sellerKeeps: amountPaid,
        sellerPays: zero,
        buyerOwesBalance: false,
        damagesPossible: false,
        article,
        explanation: {
          fr: "L'acheteur se dédit : il perd les arrhes, que le vendeur conserve. Rien d'autre n'est dû.",
          en: 'The buyer withdraws and forfeits the arrhes, which the seller keeps. Nothing else is owed.',
        },
      };
    return {
      ...base,
      contractStands: false,
      sellerKeeps: zero,
      sellerPays: toCents(paid.times(2)) as Amount,
      buyerOwesBalance: false,
      damagesPossible: false,
      article,
      explanation: {
        fr: 'Le vendeur se dédit : il restitue les arrhes au double (les arrhes plus une somme égale).',
        en: 'The seller withdraws and pays back twice the arrhes (the arrhes plus the same amount).',
      },
    };
  }
  if (r.cancelledBy === 'buyer')
    return {
      ...base,
      contractStands: true,
      sellerKeeps: amountPaid,
      sellerPays: zero,
      buyerOwesBalance: true,
      damagesPossible: true,
      article: 'C. civ. 1103, 1217, 1221, 1231-1',
      explanation: {
        fr: "Un acompte engage fermement : l'acheteur ne peut pas se dédire. Le vendeur garde l'acompte et peut exiger le solde du prix ou des dommages et intérêts.",
        en: 'An acompte binds firmly: the buyer cannot withdraw. The seller keeps the acompte and may claim the balance of the price or damages.',
      },
    };
  return {
    ...base,
    contractStands: true,
    sellerKeeps: zero,
    sellerPays: amountPaid,
    buyerOwesBalance: false,
    damagesPossible: true,
    article: 'C. civ. 1103, 1217, 1221, 1229, 1231-1',
    explanation: {
      fr: "Un acompte engage fermement : le vendeur doit exécuter. À défaut, l'acheteur peut exiger l'exécution, ou résoudre le contrat et obtenir la restitution de l'acompte et des dommages et intérêts.",
      en: 'An acompte binds firmly: the seller must perform. Otherwise the buyer may demand performance, or terminate and get the acompte back plus damages.',
    },
  };
}
