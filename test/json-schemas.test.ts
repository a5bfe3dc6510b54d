import { describe, expect, it } from 'vitest';
import { jsonSchemas, shippedSchemas } from '../scripts/json-schemas.js';
import { EinvoiceStatusCodeSchema } from '../src/index.js';

type Json = Record<string, unknown> & {
  properties?: Record<string, Json>;
  required?: string[];
  oneOf?: Json[];
  items?: Json;
  anyOf?: Json[];
};

const schemas = jsonSchemas() as Record<string, Json>;

describe('JSON Schema files (schemas/*.json, STYLE.md §6.6)', () => {
  it('gives one draft 2020-12 schema per shipped zod schema, with its $id and title', () => {
    expect(Object.keys(schemas)).toEqual(Object.keys(shippedSchemas));
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s).toMatchObject({
        $id: `https://unpkg.com/impayes-core/schemas/${name}.json`,
        title: name,
      });
    }
  });

  it('describes a capitalisation exactly', () => {
    expect(schemas.Capitalisation).toMatchInlineSnapshot(`
      {
        "$id": "https://unpkg.com/impayes-core/schemas/Capitalisation.json",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "additionalProperties": false,
        "properties": {
          "from": {
            "description": "A calendar date YYYY-MM-DD (no time, no time zone); impossible dates are rejected.",
            "format": "date",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
            "type": "string",
          },
          "source": {
            "enum": [
              "contract",
              "judgment",
            ],
            "type": "string",
          },
        },
        "required": [
          "from",
          "source",
        ],
        "title": "Capitalisation",
        "type": "object",
      }
    `);
  });

  it('writes dates and amounts as the library accepts them, unknown keys rejected', () => {
    const penalties = schemas.LatePenaltiesRequest!;
    expect(penalties.required).toEqual(['asOf']);
    expect(penalties.additionalProperties).toBe(false);
    expect(penalties.properties!.asOf).toMatchObject({ type: 'string', format: 'date' });
    const amount = penalties.properties!.amount!;
    const [text, number] = amount.anyOf!;
    const pattern = new RegExp(text!.pattern as string);
    expect(['1234.50', '12', '+3.5'].every((v) => pattern.test(v))).toBe(true);
    expect(['-1', '1,5', '1e3', '1.234', ''].some((v) => pattern.test(v))).toBe(false);
    expect(number).toEqual({ type: 'number' });
    expect(schemas.Invoice!.required).toEqual(['number', 'issueDate', 'buyer']);
  });

  it('lists every dunning event type once, each a strict object with its date', () => {
    const types = schemas.DunningEvent!.oneOf!.map((e) => e.properties!.type!.const);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toContain('reminder_sent');
    expect(types).toContain('written_off');
    // issue 16: the lifecycle status event is one of them, with the same schema as its own file.
    const einvoice = schemas.DunningEvent!.oneOf!.find(
      (e) => e.properties!.type!.const === 'einvoice_status',
    )!;
    expect(einvoice.properties!.code).toEqual(schemas.EinvoiceStatusEvent!.properties!.code);
    for (const e of schemas.DunningEvent!.oneOf!) {
      expect(e.required).toContain('date');
      expect(e.properties!.date).toMatchObject({ format: 'date' });
    }
    expect(schemas.DunningEvents!.items).toEqual(
      expect.objectContaining({ oneOf: schemas.DunningEvent!.oneOf }),
    );
  });

  it('issue 16: describes the einvoice_status event, its code list as numbers or strings', () => {
    const event = schemas.EinvoiceStatusEvent!;
    expect(event.required).toEqual(['type', 'date', 'code']);
    expect(event.properties!.type).toEqual({ type: 'string', const: 'einvoice_status' });
    expect(event.properties!.date).toMatchObject({ format: 'date' });
    const [numbers, strings] = event.properties!.code!.anyOf!;
    const codes = numbers!.enum as number[];
    expect(numbers!.type).toBe('integer');
    expect(strings!.enum).toEqual(codes.map(String));
    // The JSON Schema list and the zod schema accept exactly the same codes.
    for (let n = 190; n <= 610; n++)
      expect(EinvoiceStatusCodeSchema.safeParse(n).success).toBe(codes.includes(n));
    const reason = new RegExp(event.properties!.reasonCodes!.items!.pattern as string);
    expect(['DOUBLON', 'MONTANTTOTAL_ERR'].every((r) => reason.test(r))).toBe(true);
    expect(['doublon', '_X', ''].some((r) => reason.test(r))).toBe(false);
    expect(event.properties!.requestedAction!.enum).toContain('NIN');
    const amounts = event.properties!.amounts!;
    expect(amounts.additionalProperties).toBe(false);
    expect(Object.keys(amounts.properties!)).toEqual(['approved', 'disputed', 'paid', 'remaining']);
  });
});
