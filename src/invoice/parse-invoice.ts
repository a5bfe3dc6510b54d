import type { ImpayesError } from '../errors/internal.js';
import { parseFast } from '../internal/fast.js';
import { jsonSafe } from '../internal/json-safe.js';
import { safeParseWith } from '../internal/validate.js';
import { fastInvoice } from './fast-invoice.js';
import { type Invoice, InvoiceSchema } from './invoice.schema.js';

/**
 * Validates an invoice and returns it typed, with defaults filled in (`currency: 'EUR'`,
 * `payments: []`, `creditNotes: []`).
 *
 * @remarks Every problem is reported at once, each with its path: shape and format errors (an
 * impossible date, a negative quantity, a VAT rate above 100, an unknown debtor kind, an invalid
 * SIREN or VAT number, `currency: 'USD'`) and the cross-field rules of {@link InvoiceSchema}
 * (exactly one of `lines`/`totals`, `exclVat + vat = inclVat`, due date not before the issue date…).
 * Amounts keep the caller's form; the computing functions convert them exactly.
 * @param input - anything, typically JSON from the caller's system
 * @returns the validated {@link Invoice}
 * @throws {@link ImpayesError} `INVALID_INPUT` whose `issues` list every problem with its path
 * (e.g. `['lines', 0, 'vatRatePercent']`, `['currency']`).
 * @example
 * ```ts
 * const invoice = parseInvoice({
 *   number: 'F-2025-001',
 *   issueDate: '2025-03-10',
 *   buyer: { kind: 'professional', name: 'Client SA' },
 *   lines: [{ description: 'Audit', quantity: 2, unitPriceExclVat: '450', vatRatePercent: 20 }],
 * });
 * invoice.currency; //=> 'EUR'
 * invoice.payments; //=> []
 * parseInvoice({ ...invoice, currency: 'USD' }); // throws INVALID_INPUT at ['currency']
 * ```
 * @category Invoice
 */
export function parseInvoice(input: unknown): Invoice {
  // The hand-written check first (issue 17); the schema decides whatever it cannot prove valid.
  return jsonSafe(parseFast(fastInvoice, InvoiceSchema, input, 'invoice'));
}

/**
 * The non-throwing variant of {@link parseInvoice}, in zod's result shape.
 *
 * @remarks Same rules as {@link parseInvoice}; only an {@link ImpayesError} is ever returned as
 * `error`.
 * @param input - anything
 * @returns `{ success: true, data }` with the {@link Invoice}, or `{ success: false, error }` with
 * the `INVALID_INPUT` {@link ImpayesError} listing every problem
 * @example
 * ```ts
 * const result = safeParseInvoice({ number: 'F-1' });
 * result.success; //=> false
 * if (!result.success) result.error.issues.map((i) => i.path);
 * //=> [['issueDate'], ['buyer'], ['lines']]
 * ```
 * @category Invoice
 */
export function safeParseInvoice(
  input: unknown,
): { success: true; data: Invoice } | { success: false; error: ImpayesError } {
  const result = safeParseWith(InvoiceSchema, input, 'invoice');
  return result.success ? { success: true, data: jsonSafe(result.data) } : result;
}
