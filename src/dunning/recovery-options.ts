import type { PlainDate } from '../dates/index.js';
import type { Dec } from '../internal/decimal.js';
import type { DebtorKind } from '../parties/index.js';

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
  /** The reasons for `eligible`, and what to know before choosing the route (English). */
  readonly reasons: ReadonlyArray<string>;
  /** The competent court or officer, when there is one. */
  readonly court: string | null;
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

function smallClaimsCeiling(today: PlainDate): number | null {
  if (today >= '2020-01-01') return 5000;
  if (today >= '2016-06-01') return 4000;
  return null;
}

/**
 * @internal The recovery routes for a claim whose amicable phase is over (DOMAIN.md §6).
 */
export function recoveryOptions(f: RecoveryFacts): RecoveryOption[] {
  const isPublic = f.debtorKind === 'public';
  const commercial = f.debtorKind === 'professional' && f.creditorIsTrader;
  const claim = f.principal.plus(f.interest);
  const claimText = `${claim.toFixed(2)} €`;
  const court = isPublic
    ? 'tribunal administratif'
    : commercial
      ? 'tribunal de commerce (tribunal des activités économiques where the experiment runs) of the place where the debtor lives'
      : 'tribunal judiciaire of the place where the debtor lives';
  const options: RecoveryOption[] = [];

  const ceiling = smallClaimsCeiling(f.today);
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
        ? 'Not for a public debtor: its property cannot be seized and it pays through its public accountant.'
        : ceiling === null
          ? 'The procedure did not exist before 1 June 2016.'
          : withinCeiling
            ? `Principal and interest (${claimText}) are within the ${ceiling} € ceiling.`
            : `Principal and interest (${claimText}) exceed the ${ceiling} € ceiling.`,
      "Needs the debtor's agreement within one month; the agreement, recorded by the commissaire de justice, gives an enforceable title and suspends limitation (C. civ. 2238).",
      'The creditor bears all the costs.',
    ],
    court: 'a commissaire de justice in the cour d’appel area of the debtor’s home',
    limitation: 'suspends',
    articles: ['CPCE L125-1', 'CPCE R125-1'],
  });

  options.push({
    route: 'injonction_de_payer',
    label: { fr: 'Injonction de payer', en: 'Order for payment (injonction de payer)' },
    eligible: !isPublic,
    reasons: isPublic
      ? [
          'A claim under a public contract goes to the administrative judge: ask the tribunal administratif for a référé-provision instead.',
        ]
      : [
          `For a claim of a set amount with a contractual cause, filed with the ${commercial ? 'tribunal de commerce (claim between traders)' : 'tribunal judiciaire'} where the debtor lives (CPC 1406).`,
          'No prior amicable attempt is required (CPC 750-1 does not apply); no lawyer is needed up to 10 000 €.',
          'Serve the order within 6 months or it lapses (CPC 1411); only its service interrupts limitation. The debtor then has one month to object (CPC 1416).',
          ...(f.disputed
            ? [
                'The debtor disputed the invoice: expect an opposition, which turns it into ordinary proceedings.',
              ]
            : []),
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
      f.disputed
        ? 'The debtor disputed the invoice: the obligation may be seriously disputable, which bars the référé-provision.'
        : 'Open when the debt is not seriously disputable; a fast hearing with both parties.',
      ...(f.approvedOn !== null
        ? [
            `The buyer approved the invoice on ${f.approvedOn} (e-invoicing status 205 Approuvée): evidence that the debt is not seriously disputable.`,
          ]
        : []),
      'Bringing it interrupts limitation (C. civ. 2241: "même en référé").',
    ],
    court: isPublic
      ? 'juge des référés of the tribunal administratif (CJA R541-1)'
      : commercial
        ? 'président of the tribunal de commerce (CPC 873 al. 2)'
        : 'président of the tribunal judiciaire (CPC 835 al. 2)',
    limitation: 'interrupts',
    articles: isPublic ? ['CJA R541-1', 'C. civ. 2241'] : ['CPC 835, 873', 'C. civ. 2241'],
  });

  const tj = !isPublic && !commercial;
  const priorAttemptRequired = tj && claim.lte(5000);
  options.push({
    route: 'mediation',
    label: { fr: 'Médiation ou conciliation', en: 'Mediation or conciliation' },
    eligible: true,
    reasons: [
      priorAttemptRequired
        ? `Required before an ordinary claim of ${claimText} (≤ 5 000 €) before the tribunal judiciaire (CPC 750-1) — but not before an injonction de payer. A formal notice does not count as this attempt.`
        : 'Optional: keeps the relationship and costs little (a conciliateur de justice is free).',
      'Agreeing to it after the dispute arose suspends limitation; afterwards at least 6 months remain (C. civ. 2238).',
      ...(f.mediationTried ? ['A mediation or conciliation already took place.'] : []),
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
      blocked
        ? 'First attempt conciliation, mediation or a participatory procedure: the claim would be inadmissible without it (CPC 750-1).'
        : 'The route when the debtor disputes the claim; it interrupts limitation until the proceedings end (C. civ. 2241, 2242).',
      'A lawyer is required above 10 000 €.',
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
      uneconomic
        ? `The claim (${f.total.toFixed(2)} €) does not exceed the estimated cost of a court route (${f.recoveryCostEstimate.toFixed(2)} €).`
        : `The claim (${f.total.toFixed(2)} €) exceeds the estimated cost of a court route (${f.recoveryCostEstimate.toFixed(2)} €): recovery is worth pursuing.`,
    ],
    court: null,
    limitation: 'none',
    articles: [],
  });
  return options;
}
