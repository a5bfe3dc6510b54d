import * as z from 'zod/mini';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The kinds of debtor French law distinguishes (DOMAIN.md, "Debtor kinds"):
 *
 * - `professional`: a business acting for its trade — C. com. L441-10 penalties, 40 € indemnity,
 *   5-year limitation;
 * - `consumer`: a natural person outside their trade — legal interest from the formal notice,
 *   no 40 €, 2-year limitation (C. conso L218-2);
 * - `public`: State, local authority, public hospital, public undertaking — public procurement
 *   rules (CCP L2192-10 ff.), 4-year limitation from 1 January (loi 68-1250);
 * - `non_professional`: a legal person outside a trade (association, syndicat de copropriétaires) —
 *   civil law, 5-year limitation, no 40 €.
 *
 * @category Parties
 */
export const DebtorKindSchema = /* @__PURE__ */ z.enum([
  'professional',
  'consumer',
  'public',
  'non_professional',
]);

/**
 * A kind of debtor; see {@link DebtorKindSchema}.
 *
 * @category Parties
 */
export type DebtorKind = z.infer<typeof DebtorKindSchema>;

/**
 * French and English labels of each {@link DebtorKind}, for display.
 *
 * @category Parties
 */
export const debtorKindLabels: Readonly<
  Record<DebtorKind, { readonly fr: string; readonly en: string }>
> = /* @__PURE__ */ deepFreeze({
  professional: { fr: 'Professionnel', en: 'Business' },
  consumer: { fr: 'Consommateur', en: 'Consumer' },
  public: { fr: 'Acheteur public', en: 'Public buyer' },
  non_professional: { fr: 'Non-professionnel', en: 'Non-professional legal person' },
});
