// JSON Schema (draft 2020-12) of the main inputs, generated at build time into schemas/*.json and
// shipped as `impayes-core/schemas/<Name>.json` (STYLE.md §6.6), for apps that validate payloads
// outside TypeScript (OpenAPI, other languages). The zod schemas stay the reference: JSON Schema
// cannot say everything they check (real calendar dates, cents, cross-field rules), which the
// `description`s say. Run: `npx tsx scripts/json-schemas.ts` (part of `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import {
  CapitalisationSchema,
  ClaimItemSchema,
  DepositRuleSchema,
  DunningEventSchema,
  DunningEventsSchema,
  DunningPolicySchema,
  EinvoiceStatusCodeSchema,
  EinvoiceStatusEventSchema,
  einvoiceStatuses,
  InvoiceSchema,
  LatePenaltiesRequestSchema,
  LimitationClaimSchema,
  MoneyAmountInputSchema,
  MoneyInputSchema,
  NonNegativeMoneyInputSchema,
  PaymentTermsSchema,
  PlainDateSchema,
  PositiveMoneyInputSchema,
} from '../src/index.js';

/** The schemas shipped, by file name. */
export const shippedSchemas = {
  Invoice: InvoiceSchema,
  PaymentTerms: PaymentTermsSchema,
  LatePenaltiesRequest: LatePenaltiesRequestSchema,
  Capitalisation: CapitalisationSchema,
  ClaimItem: ClaimItemSchema,
  LimitationClaim: LimitationClaimSchema,
  DunningEvent: DunningEventSchema,
  DunningEvents: DunningEventsSchema,
  DunningPolicy: DunningPolicySchema,
  DepositRule: DepositRuleSchema,
  EinvoiceStatusEvent: EinvoiceStatusEventSchema,
} as const;

const DATE = {
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date YYYY-MM-DD (no time, no time zone); impossible dates are rejected.',
};

const decimal = (pattern: string, description: string) => ({
  anyOf: [{ type: 'string', pattern }, { type: 'number' }],
  description,
});

const CODES = einvoiceStatuses.map((s) => s.code);

/** What zod cannot express itself: our custom money, date and status-code checks. */
const OVERRIDES = new Map<unknown, Record<string, unknown>>([
  [PlainDateSchema, DATE],
  [
    MoneyInputSchema,
    decimal(
      '^[+-]?\\d+(\\.\\d+)?$',
      'A decimal number: a plain string such as "1234.50" (dot, no grouping, no exponent) or a finite number.',
    ),
  ],
  [
    MoneyAmountInputSchema,
    decimal(
      '^[+-]?\\d+(\\.\\d{1,2})?$',
      'An amount in euros with at most two decimals: "1234.50" or a finite number.',
    ),
  ],
  [
    NonNegativeMoneyInputSchema,
    decimal(
      '^\\+?\\d+(\\.\\d{1,2})?$',
      'An amount in euros, zero or more, with at most two decimals: "1234.50" or a finite number.',
    ),
  ],
  [
    EinvoiceStatusCodeSchema,
    {
      anyOf: [
        { type: 'integer', enum: CODES },
        { type: 'string', enum: CODES.map(String) },
      ],
      description:
        'An e-invoicing lifecycle status code (AFNOR XP Z12-012): 200–214, 220, 221, 224–228, as a number or a 3-digit string.',
    },
  ],
  [
    PositiveMoneyInputSchema,
    decimal(
      '^\\+?\\d+(\\.\\d{1,2})?$',
      'An amount in euros above zero, with at most two decimals: "1234.50" or a finite number.',
    ),
  ],
]);

/** The JSON Schema of each shipped schema, as accepted on input. */
export function jsonSchemas(): Record<keyof typeof shippedSchemas, Record<string, unknown>> {
  const out = {} as Record<keyof typeof shippedSchemas, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(shippedSchemas)) {
    out[name as keyof typeof shippedSchemas] = {
      ...z.toJSONSchema(schema, {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
          const replacement = OVERRIDES.get(ctx.zodSchema);
          if (replacement !== undefined) {
            for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
            Object.assign(ctx.jsonSchema, replacement);
          }
        },
      }),
      $id: `https://unpkg.com/impayes-core/schemas/${name}.json`,
      title: name,
    };
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas()))
    writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/: ${Object.keys(shippedSchemas).length} JSON Schema files`);
}
