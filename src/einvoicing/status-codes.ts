import { deepFreeze } from '../internal/freeze.js';
import { localeOf, type TextOptions } from '../internal/text-options.js';
import { invalidInput, show } from '../internal/validate.js';
import type { Catalogue } from '../text/internal.js';
import { einvoicingCatalogues } from './text.catalogues.js';
import { einvoicingTextFr } from './text.fr.js';
import type { EinvoicingMessage, EinvoicingMessages } from './text.js';

/**
 * A lifecycle status code of the French e-invoicing reform (statut du cycle de vie, AFNOR
 * XP Z12-012 / XP Z12-014, code list BR-FR-CDV-CL-06): the business statuses 200–214, 220, 221 and
 * 224–228. The technical statuses exchanged with the tax administration's portal (250 and above)
 * are not tracked here.
 *
 * @category E-invoicing
 */
export type EinvoiceStatusCode =
  | 200
  | 201
  | 202
  | 203
  | 204
  | 205
  | 206
  | 207
  | 208
  | 209
  | 210
  | 211
  | 212
  | 213
  | 214
  | 220
  | 221
  | 224
  | 225
  | 226
  | 227
  | 228;

/**
 * Who sends a lifecycle status:
 *
 * - `'issuer_platform'`: the seller's accredited platform (plateforme agréée émettrice);
 * - `'receiver_platform'`: the buyer's accredited platform (plateforme agréée réceptrice);
 * - `'platform'`: either platform (the one that found the problem);
 * - `'buyer'`, `'seller'`: the parties themselves, through their platform;
 * - `'seller_or_factor'`: the seller or its factor (affactureur).
 *
 * @category E-invoicing
 */
export type EinvoiceActor =
  | 'issuer_platform'
  | 'receiver_platform'
  | 'platform'
  | 'buyer'
  | 'seller'
  | 'seller_or_factor';

/**
 * One row of the lifecycle status code list.
 *
 * @category E-invoicing
 */
export interface EinvoiceStatusInfo {
  /** The code. */
  readonly code: EinvoiceStatusCode;
  /** Its name in the standard (French). */
  readonly name: string;
  /** An English name, for display. */
  readonly nameEn: string;
  /** Who sends it. */
  readonly sentBy: EinvoiceActor;
  /** Whether it must be reported to the tax administration's portal (statut obligatoire). */
  readonly mandatory: boolean;
  /**
   * When a mandatory status is required only in some cases, which ones (in French in
   * {@link einvoiceStatuses}, in the requested locale from {@link einvoiceStatusInfo}); else `null`.
   */
  readonly mandatoryWhen: string | null;
  /** The same as `message`, with its `code` and `params`; `null` with `mandatoryWhen`. */
  readonly mandatoryWhenMessage: EinvoicingMessage<'EINVOICE_MANDATORY_WHEN'> | null;
}

type Row = readonly [EinvoiceStatusCode, string, string, EinvoiceActor, boolean];

// Names as published in the code list of the external specifications (AIFE v3.1) and XP Z12-012.
const ROWS: ReadonlyArray<Row> = [
  [200, 'Déposée', 'Deposited', 'issuer_platform', true],
  [201, 'Émise par la plateforme', 'Issued by the platform', 'issuer_platform', false],
  [202, 'Reçue par la plateforme', 'Received by the platform', 'receiver_platform', false],
  [203, 'Mise à disposition', 'Made available', 'receiver_platform', false],
  [204, 'Prise en charge', 'Taken in hand', 'buyer', false],
  [205, 'Approuvée', 'Approved', 'buyer', false],
  [206, 'Approuvée partiellement', 'Partially approved', 'buyer', false],
  [207, 'En litige', 'In dispute', 'buyer', false],
  [208, 'Suspendue', 'Suspended', 'buyer', false],
  [209, 'Complétée', 'Completed', 'seller', false],
  [210, 'Refusée', 'Refused', 'buyer', true],
  [211, 'Paiement transmis', 'Payment sent', 'buyer', false],
  [212, 'Encaissée', 'Payment received', 'seller', true],
  [213, 'Rejetée', 'Rejected', 'platform', true],
  [214, 'Visée', 'Reviewed', 'buyer', false],
  [220, 'Annulée', 'Cancelled', 'seller', false],
  [221, 'Erreur de routage', 'Routing error', 'platform', false],
  [224, 'Demande de paiement direct', 'Direct payment request', 'seller', false],
  [225, 'Affacturée', 'Factored', 'seller_or_factor', false],
  [226, 'Affacturée confidentiel', 'Factored (confidential)', 'seller_or_factor', false],
  [227, 'Changement de compte à payer', 'Payment account changed', 'seller_or_factor', false],
  [228, 'Non affacturée', 'Not factored', 'seller_or_factor', false],
];

// 212 is reported only where VAT falls due on payment (docs/law.md §10).
function mandatoryWhen(
  code: EinvoiceStatusCode,
  catalogue: Catalogue<EinvoicingMessages>,
): Pick<EinvoiceStatusInfo, 'mandatoryWhen' | 'mandatoryWhenMessage'> {
  if (code !== 212) return { mandatoryWhen: null, mandatoryWhenMessage: null };
  const params = { code } as const;
  const message = catalogue.EINVOICE_MANDATORY_WHEN(params);
  return {
    mandatoryWhen: message,
    mandatoryWhenMessage: { code: 'EINVOICE_MANDATORY_WHEN', params, message },
  };
}

/**
 * The lifecycle status code list (statuts du cycle de vie), in code order: name, who sends it and
 * whether it is mandatory (200 Déposée, 210 Refusée, 212 Encaissée where VAT is due on receipt,
 * 213 Rejetée). Deeply frozen.
 *
 * @remarks Sources: AFNOR XP Z12-012 and XP Z12-014; AIFE external specifications v3.1 (code
 * list BR-FR-CDV-CL-06). See `docs/einvoicing.md` for what each status does to dunning.
 * @example
 * ```ts
 * einvoiceStatuses.find((s) => s.code === 210)?.name; //=> 'Refusée'
 * ```
 * @category E-invoicing
 */
export const einvoiceStatuses: ReadonlyArray<EinvoiceStatusInfo> = /* @__PURE__ */ deepFreeze(
  ROWS.map(([code, name, nameEn, sentBy, mandatory]) => ({
    code,
    name,
    nameEn,
    sentBy,
    mandatory,
    ...mandatoryWhen(code, einvoicingTextFr),
  })),
);

const BY_CODE: ReadonlyMap<number, EinvoiceStatusInfo> = /* @__PURE__ */ new Map(
  einvoiceStatuses.map((s) => [s.code, s]),
);

/** The list as people write it, for messages: `200–214, 220, 221, 224–228`. */
export const STATUS_CODE_RANGES = '200–214, 220, 221, 224–228';

/**
 * Tells whether a value is a known lifecycle status code (a number; see
 * {@link EinvoiceStatusCode}).
 *
 * @param value - anything
 * @returns `true` for 200–214, 220, 221 and 224–228
 * @example
 * ```ts
 * isEinvoiceStatusCode(207); //=> true
 * isEinvoiceStatusCode(215); //=> false
 * ```
 * @category E-invoicing
 */
export function isEinvoiceStatusCode(value: unknown): value is EinvoiceStatusCode {
  return typeof value === 'number' && BY_CODE.has(value);
}

/**
 * The code a status input stands for: a known code as a number, or as a three-digit string
 * (`'207'`, as CDAR messages carry it); `undefined` otherwise.
 * @internal
 */
export function statusCodeOf(value: unknown): EinvoiceStatusCode | undefined {
  if (isEinvoiceStatusCode(value)) return value;
  if (typeof value === 'string' && /^\d{3}$/.test(value)) {
    const n = Number(value);
    if (isEinvoiceStatusCode(n)) return n;
  }
  return undefined;
}

/** Why `value` is not a known status code, or `undefined` (the message names the code). @internal */
export function statusCodeProblem(value: unknown): string | undefined {
  if (statusCodeOf(value) !== undefined) return undefined;
  const looksLikeCode =
    (typeof value === 'number' && Number.isInteger(value)) ||
    (typeof value === 'string' && /^\d{1,6}$/.test(value));
  if (looksLikeCode)
    return `unknown e-invoicing lifecycle status ${show(value)}; expected one of ${STATUS_CODE_RANGES} (AFNOR XP Z12-012)`;
  return `must be a lifecycle status code such as 207 (a number or a 3-digit string), received ${show(value)}`;
}

/** The row of a known code (the frozen module data: copy before returning it). @internal */
export function statusRow(code: EinvoiceStatusCode): EinvoiceStatusInfo {
  return BY_CODE.get(code)!;
}

/**
 * The row of the code list for one status code: name, who sends it, whether it is mandatory.
 *
 * @param code - a status code, as a number or a three-digit string
 * @param options - `locale` of `mandatoryWhen`: `'fr'` (default) or `'en'`
 * @returns a fresh copy of the row
 * @throws {@link ImpayesError} `INVALID_INPUT` naming the code when it is not in the list.
 * @example
 * ```ts
 * einvoiceStatusInfo(211);
 * //=> { code: 211, name: 'Paiement transmis', nameEn: 'Payment sent', sentBy: 'buyer', mandatory: false, mandatoryWhen: null, mandatoryWhenMessage: null }
 * ```
 * @category E-invoicing
 */
export function einvoiceStatusInfo(
  code: EinvoiceStatusCode | `${EinvoiceStatusCode}`,
  options: TextOptions = {},
): EinvoiceStatusInfo {
  const known = statusCodeOf(code);
  if (known === undefined) return invalidInput(statusCodeProblem(code)!, ['code']);
  const locale = localeOf(options);
  return { ...statusRow(known), ...mandatoryWhen(known, einvoicingCatalogues[locale]) };
}
