import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { parseOrThrow } from '../internal/validate.js';
import { EinvoiceStatusCodeSchema, EinvoiceStatusEventSchema } from './status-event.js';

const parse = (input: unknown) => parseOrThrow(EinvoiceStatusEventSchema, input, 'status');

function errorOf(input: unknown) {
  try {
    parse(input);
  } catch (e) {
    if (isImpayesError(e)) return e;
    throw e;
  }
  throw new Error('expected an ImpayesError');
}

describe('EinvoiceStatusEventSchema (issue 16)', () => {
  it('parses a full status, the code from a number or a three-digit string', () => {
    expect(
      parse({
        type: 'einvoice_status',
        date: '2026-10-05',
        code: '206',
        reasonCodes: ['MONTANTTOTAL_ERR'],
        requestedAction: 'CNP',
        amounts: { approved: '800.00', disputed: 200, paid: '0', remaining: '1000.00' },
        appId: 'kept by the app, stripped here',
      }),
    ).toEqual({
      type: 'einvoice_status',
      date: '2026-10-05',
      code: 206,
      reasonCodes: ['MONTANTTOTAL_ERR'],
      requestedAction: 'CNP',
      amounts: { approved: '800.00', disputed: 200, paid: '0', remaining: '1000.00' },
    });
    expect(parse({ type: 'einvoice_status', date: '2026-10-05', code: 200 })).toEqual({
      type: 'einvoice_status',
      date: '2026-10-05',
      code: 200,
    });
  });

  it('issue 16: an unknown code is an INVALID_INPUT naming the code', () => {
    const e = errorOf({ type: 'einvoice_status', date: '2026-10-05', code: 215 });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['code']);
    expect(e.message).toBe(
      'Invalid status. code: unknown e-invoicing lifecycle status 215; expected one of 200–214, 220, 221, 224–228 (AFNOR XP Z12-012)',
    );
    expect(errorOf({ type: 'einvoice_status', date: '2026-10-05', code: '501' }).message).toContain(
      '"501"',
    );
  });

  it('rejects malformed reason codes, actions, amounts and dates with their paths', () => {
    const e = errorOf({
      type: 'einvoice_status',
      date: '2026-02-30',
      code: 207,
      reasonCodes: ['montant'],
      requestedAction: 'XYZ',
      amounts: { approved: '-1', typo: '1' },
    });
    expect(e.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['date'],
        ['reasonCodes', 0],
        ['requestedAction'],
        ['amounts', 'approved'],
        ['amounts'],
      ]),
    );
    expect(e.message).toContain('unknown key(s): typo');
    expect(e.message).toContain('MONTANTTOTAL_ERR');
  });

  it('bounds the reason codes: at most 100, each at most 50 characters', () => {
    const base = { type: 'einvoice_status', date: '2026-10-05', code: 207 };
    expect(
      EinvoiceStatusEventSchema.safeParse({ ...base, reasonCodes: Array(100).fill('DOUBLON') })
        .success,
    ).toBe(true);
    expect(
      EinvoiceStatusEventSchema.safeParse({ ...base, reasonCodes: Array(101).fill('DOUBLON') })
        .success,
    ).toBe(false);
    expect(
      EinvoiceStatusEventSchema.safeParse({ ...base, reasonCodes: ['A'.repeat(50)] }).success,
    ).toBe(true);
    expect(
      EinvoiceStatusEventSchema.safeParse({ ...base, reasonCodes: ['A'.repeat(51)] }).success,
    ).toBe(false);
  });

  it('requires the type, the date and the code', () => {
    expect(
      EinvoiceStatusEventSchema.safeParse({ type: 'einvoice_status', code: 200 }).success,
    ).toBe(false);
    expect(
      EinvoiceStatusEventSchema.safeParse({ type: 'einvoice_status', date: '2026-10-05' }).success,
    ).toBe(false);
    expect(
      EinvoiceStatusEventSchema.safeParse({
        type: 'payment_received',
        date: '2026-10-05',
        code: 200,
      }).success,
    ).toBe(false);
  });
});

describe('EinvoiceStatusCodeSchema', () => {
  it('parses to the number', () => {
    expect(EinvoiceStatusCodeSchema.parse('228')).toBe(228);
    expect(EinvoiceStatusCodeSchema.parse(203)).toBe(203);
    expect(EinvoiceStatusCodeSchema.safeParse(true).success).toBe(false);
  });
});
