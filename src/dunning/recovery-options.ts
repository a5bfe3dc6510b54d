import type { PlainDate } from '../dates/internal.js';
import type { Dec } from '../internal/decimal.js';
import { lawNextRow, lawNumber, lawNumberOn, lawStart } from '../law/internal.js';
import type { DebtorKind } from '../parties/internal.js';
import type { Locale } from '../text/internal.js';
import { say } from './say.js';
import type { DunningMessages, DunningTextMessage } from './text.js';

/**
 * The recovery routes offered when the amicable phase is over: the commissaire de justice's
 * `'small_claims'` procedure, `'injonction_de_payer'`, `'refere_provision'`, `'mediation'` (or
 * conciliation), an `'ordinary_action'` on the merits, and `'write_off'`.
 *
 * @category Dunning
 */
export type RecoveryRoute =
  | 'small_claims'
  | 'injonction_de_payer'
  | 'refere_provision'
  | 'mediation'
  | 'ordinary_action'
  | 'write_off';

/**
 * One recovery route, with whether it fits this claim and why.
 *
 * @category Dunning
 */
export interface RecoveryOption {
  /** The route. */
  readonly route: RecoveryRoute;
  /** Its name in French and English. */
  readonly label: { readonly fr: string; readonly en: string };
  /** Whether the route is open for this claim now. */
  readonly eligible: boolean;
  /** The reasons for `eligible`, and what to know before choosing the route (in the call's locale). */
  readonly reasons: ReadonlyArray<string>;
  /** The same reasons as messages: stable `code` and `params` (and the rendered text). */
  readonly reasonMessages: ReadonlyArray<DunningTextMessage>;
  /** The competent court or officer, when there is one (in the call's locale). */
  readonly court: string | null;
  /** The same court as a message, when there is one. */
  readonly courtMessage: DunningTextMessage | null;
  /** What starting the route does to limitation. */
  readonly limitation: 'interrupts' | 'suspends' | 'none';
  /** The legal basis. */
  readonly articles: ReadonlyArray<string>;
}

/** @internal The facts the routes depend on. */
export interface RecoveryFacts {
  readonly debtorKind: DebtorKind;
  readonly today: PlainDate;
  /** Principal still owed. */
  readonly principal: Dec;
  /** Penalties or interest accrued (0 when unknown). */
  readonly interest: Dec;
  /** Everything claimed (principal, interest, indemnity). */
  readonly total: Dec;
  /** The debtor raised a dispute at some point. */
  readonly disputed: boolean;
  /** The day the buyer approved the invoice (e-invoicing status 205), or `null`. */
  readonly approvedOn: PlainDate | null;
  /** A mediation or conciliation already took place. */
  readonly mediationTried: boolean;
  readonly creditorIsTrader: boolean;
  readonly recoveryCostEstimate: Dec;
}

/** @internal Whether a court order for payment (injonction de payer) is open against the debtor. */
export function injonctionOpenTo(debtorKind: DebtorKind): boolean {
  // A claim on a public buyer goes to the administrative judge (no injonction de payer).
  return debtorKind !== 'public';
}

/**
 * @internal The court routes a formal notice may announce to this debtor: only routes that
 * {@link recoveryOptions} can find eligible for it (issue 13: never an injonction de payer against
 * a public buyer, whose claims go to the administrative judge).
 */
export function letterRoutes(debtorKind: DebtorKind): RecoveryRoute[] {
  return injonctionOpenTo(debtorKind)
    ? ['injonction_de_payer', 'ordinary_action']
    : ['refere_provision', 'ordinary_action'];
}

/** A statutory euro figure as an amount param: `'5000.00'`. */
const euros = (n: number): string => n.toFixed(2);

type Draft = {
  [C in keyof DunningMessages]: readonly [C, DunningMessages[C]];
}[keyof DunningMessages];
type CourtCode = keyof DunningMessages & `COURT_${string}`;

/** One route as the engine builds it: reasons and court still as (code, params) drafts. */
type DraftOption = Omit<RecoveryOption, 'reasons' | 'reasonMessages' | 'court' | 'courtMessage'> & {
  readonly reasons: ReadonlyArray<Draft>;
  readonly court: CourtCode | null;
};

/** Renders a route's reasons and court in `locale`. */
function rendered(locale: Locale, o: DraftOption): RecoveryOption {
  const reasonMessages = o.reasons.map(([code, params]) =>
    say(locale, code, params as never),
  ) as DunningTextMessage[];
  const courtMessage = o.court === null ? null : (say(locale, o.court, {}) as DunningTextMessage);
  return {
    ...o,
    reasons: reasonMessages.map((m) => m.message),
    reasonMessages,
    court: courtMessage === null ? null : courtMessage.message,
    courtMessage,
  };
}

/** @internal The recovery routes with their reasons rendered in `locale`. */
export function recoveryOptions(locale: Locale, f: RecoveryFacts): RecoveryOption[] {
  return recoveryDrafts(f).map((o) => rendered(locale, o));
}

/**
 * @internal The recovery routes for a claim whose amicable phase is over (`docs/law.md`, "Dunning
 * and recovery"). Ceilings and delays are law parameter data read on `today`.
 */
function recoveryDrafts(f: RecoveryFacts): DraftOption[] {
  const isPublic = f.debtorKind === 'public';
  const commercial = f.debtorKind === 'professional' && f.creditorIsTrader;
  const claim = f.principal.plus(f.interest);
  const claimText = claim.toFixed(2);
  const court: CourtCode = isPublic
    ? 'COURT_ADMINISTRATIVE'
    : commercial
      ? 'COURT_COMMERCE'
      : 'COURT_JUDICIAIRE';
  const options: DraftOption[] = [];

  const ceiling = lawNumberOn('small-claims-ceiling-eur', f.today) ?? null;
  const lawyerAbove = lawNumberOn('lawyer-required-above-eur', f.today);
  const withinCeiling = ceiling !== null && claim.lte(ceiling);
  options.push({
    route: 'small_claims',
    label: {
      fr: 'Procédure simplifiée de recouvrement des petites créances',
      en: 'Small-claims procedure (commissaire de justice)',
    },
    eligible: !isPublic && withinCeiling,
    reasons: [
      isPublic
        ? ['SMALL_CLAIMS_PUBLIC', {}]
        : ceiling === null
          ? ['SMALL_CLAIMS_NOT_YET', { start: lawStart('small-claims-ceiling-eur') }]
          : [
              withinCeiling ? 'SMALL_CLAIMS_WITHIN' : 'SMALL_CLAIMS_ABOVE',
              { claim: claimText, ceiling: euros(ceiling) },
            ],
      ['SMALL_CLAIMS_AGREEMENT', { months: lawNumber('small-claims-answer-months', f.today) }],
      ['SMALL_CLAIMS_COSTS', {}],
    ],
    court: 'COURT_SMALL_CLAIMS',
    limitation: 'suspends',
    articles: ['CPCE L125-1', 'CPCE R125-1'],
  });

  options.push({
    route: 'injonction_de_payer',
    label: { fr: 'Injonction de payer', en: 'Order for payment (injonction de payer)' },
    eligible: injonctionOpenTo(f.debtorKind),
    reasons: !injonctionOpenTo(f.debtorKind)
      ? [['INJONCTION_PUBLIC', {}]]
      : [
          ['INJONCTION_COURT', { commercial }],
          [
            'INJONCTION_NO_PRIOR_ATTEMPT',
            { lawyerAbove: lawyerAbove === undefined ? null : euros(lawyerAbove) },
          ],
          ['INJONCTION_SERVICE', serviceParams(f.today)],
          ...(f.disputed ? [['INJONCTION_DISPUTED', {}] as const] : []),
        ],
    court,
    limitation: 'interrupts',
    articles: ['CPC 1405–1425', 'C. civ. 2241'],
  });

  options.push({
    route: 'refere_provision',
    label: { fr: 'Référé-provision', en: 'Interim payment order (référé-provision)' },
    eligible: !f.disputed,
    reasons: [
      f.disputed ? ['REFERE_DISPUTED', {}] : ['REFERE_OPEN', {}],
      ...(f.approvedOn !== null ? [['REFERE_APPROVED', { date: f.approvedOn }] as const] : []),
      ['REFERE_INTERRUPTS', {}],
    ],
    court: isPublic
      ? 'COURT_REFERE_ADMINISTRATIVE'
      : commercial
        ? 'COURT_REFERE_COMMERCE'
        : 'COURT_REFERE_JUDICIAIRE',
    limitation: 'interrupts',
    articles: isPublic ? ['CJA R541-1', 'C. civ. 2241'] : ['CPC 835, 873', 'C. civ. 2241'],
  });

  const tj = !isPublic && !commercial;
  const priorCeiling = lawNumberOn('prior-settlement-ceiling-eur', f.today);
  const priorAttemptRequired = tj && priorCeiling !== undefined && claim.lte(priorCeiling);
  options.push({
    route: 'mediation',
    label: { fr: 'Médiation ou conciliation', en: 'Mediation or conciliation' },
    eligible: true,
    reasons: [
      priorAttemptRequired
        ? ['MEDIATION_REQUIRED', { claim: claimText, ceiling: euros(priorCeiling!) }]
        : ['MEDIATION_OPTIONAL', {}],
      ['MEDIATION_SUSPENDS', { months: lawNumber('suspension-minimum-months', f.today) }],
      ...(f.mediationTried ? [['MEDIATION_TRIED', {}] as const] : []),
    ],
    court: null,
    limitation: 'suspends',
    articles: ['C. civ. 2238', 'CPC 750-1'],
  });

  const blocked = priorAttemptRequired && !f.mediationTried;
  options.push({
    route: 'ordinary_action',
    label: { fr: 'Action au fond (assignation)', en: 'Ordinary claim on the merits' },
    eligible: !blocked,
    reasons: [
      blocked ? ['ORDINARY_BLOCKED', {}] : ['ORDINARY_ROUTE', {}],
      ...(lawyerAbove === undefined
        ? []
        : [['ORDINARY_LAWYER', { lawyerAbove: euros(lawyerAbove) }] as const]),
    ],
    court,
    limitation: 'interrupts',
    articles: ['C. civ. 2241', 'CPC 750-1'],
  });

  const uneconomic = f.total.lte(f.recoveryCostEstimate);
  options.push({
    route: 'write_off',
    label: { fr: 'Passage en perte', en: 'Write-off' },
    eligible: uneconomic,
    reasons: [
      [
        uneconomic ? 'WRITE_OFF_UNECONOMIC' : 'WRITE_OFF_WORTH',
        { total: f.total.toFixed(2), cost: f.recoveryCostEstimate.toFixed(2) },
      ],
    ],
    court: null,
    limitation: 'none',
    articles: [],
  });
  return options;
}

/** The service period of an injonction order made today, and the next one when a change is known. */
function serviceParams(today: PlainDate): DunningMessages['INJONCTION_SERVICE'] {
  const next = lawNextRow('injonction-service-months', today);
  return {
    months: lawNumber('injonction-service-months', today),
    laterMonths: next === undefined ? null : Number(next.value),
    laterFrom: next === undefined ? null : next.from,
    oppositionMonths: lawNumber('injonction-opposition-months', today),
  };
}
