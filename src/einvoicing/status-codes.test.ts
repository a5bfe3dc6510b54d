import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import {
  einvoiceStatuses,
  einvoiceStatusInfo,
  isEinvoiceStatusCode,
  statusCodeOf,
  statusCodeProblem,
} from './status-codes.js';

const PUBLISHED = [
  200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 220, 221, 224, 225,
  226, 227, 228,
];

describe('einvoiceStatuses (issue 16)', () => {
  it('lists exactly the published codes 200–214, 220, 221, 224–228, in order', () => {
    expect(einvoiceStatuses.map((s) => s.code)).toEqual(PUBLISHED);
  });

  it('marks only 200, 210, 212 and 213 as mandatory, 212 with its condition', () => {
    expect(einvoiceStatuses.filter((s) => s.mandatory).map((s) => s.code)).toEqual([
      200, 210, 212, 213,
    ]);
    expect(einvoiceStatuses.filter((s) => s.mandatoryWhen !== null).map((s) => s.code)).toEqual([
      212,
    ]);
    expect(einvoiceStatusInfo(212, { locale: 'en' }).mandatoryWhen).toMatch(
      /VAT is due on receipt/,
    );
  });

  it('states when 212 is mandatory in French by default, with its code (issue 14 review)', () => {
    const fr =
      "seulement lorsque la TVA est exigible à l'encaissement (prestations de services sans option pour les débits, acomptes)";
    expect(einvoiceStatusInfo(212)).toMatchObject({
      mandatoryWhen: fr,
      mandatoryWhenMessage: { code: 'EINVOICE_MANDATORY_WHEN', params: { code: 212 }, message: fr },
    });
    expect(einvoiceStatuses.find((s) => s.code === 212)?.mandatoryWhen).toBe(fr);
    const en = einvoiceStatusInfo('212', { locale: 'en' });
    expect(en.mandatoryWhenMessage?.message).toBe(en.mandatoryWhen);
    expect(en.mandatoryWhen).toMatch(/^only where VAT is due on receipt/);
    expect(einvoiceStatusInfo(211, { locale: 'en' }).mandatoryWhenMessage).toBeNull();
  });

  it('gives the French names and who sends the statuses the dunning engine reads', () => {
    const row = (code: number) => einvoiceStatuses.find((s) => s.code === code)!;
    expect([row(207).name, row(207).sentBy]).toEqual(['En litige', 'buyer']);
    expect([row(209).name, row(209).sentBy]).toEqual(['Complétée', 'seller']);
    expect([row(212).name, row(212).sentBy]).toEqual(['Encaissée', 'seller']);
    expect([row(200).name, row(200).sentBy]).toEqual(['Déposée', 'issuer_platform']);
    expect([row(203).name, row(203).sentBy]).toEqual(['Mise à disposition', 'receiver_platform']);
    expect([row(213).name, row(213).sentBy]).toEqual(['Rejetée', 'platform']);
    expect([row(225).name, row(225).sentBy]).toEqual(['Affacturée', 'seller_or_factor']);
    expect(row(221).name).toBe('Erreur de routage');
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(einvoiceStatuses)).toBe(true);
    expect(einvoiceStatuses.every((s) => Object.isFrozen(s))).toBe(true);
    expect(() => {
      (einvoiceStatuses[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});

describe('isEinvoiceStatusCode / statusCodeOf', () => {
  it('accepts known numbers only; statusCodeOf also reads three-digit strings', () => {
    expect(PUBLISHED.every(isEinvoiceStatusCode)).toBe(true);
    expect([199, 215, 222, 223, 229, 250, 501, 207.5, '207', null].some(isEinvoiceStatusCode)).toBe(
      false,
    );
    expect(statusCodeOf('207')).toBe(207);
    expect(statusCodeOf(207)).toBe(207);
    expect(statusCodeOf('0207')).toBeUndefined();
    expect(statusCodeOf('215')).toBeUndefined();
    expect(statusCodeOf(' 207')).toBeUndefined();
  });

  it('names an unknown code, and says what a code looks like otherwise', () => {
    expect(statusCodeProblem(207)).toBeUndefined();
    expect(statusCodeProblem(250)).toBe(
      'unknown e-invoicing lifecycle status 250; expected one of 200–214, 220, 221, 224–228 (AFNOR XP Z12-012)',
    );
    expect(statusCodeProblem('999')).toMatch(/^unknown e-invoicing lifecycle status "999"/);
    expect(statusCodeProblem('2x7')).toBe(
      'must be a lifecycle status code such as 207 (a number or a 3-digit string), received "2x7"',
    );
    expect(statusCodeProblem(207.5)).toMatch(/^must be a lifecycle status code/);
    expect(statusCodeProblem({})).toMatch(/received an object$/);
  });
});

describe('einvoiceStatusInfo', () => {
  it('returns a fresh copy of the row, for a number or a string code', () => {
    const a = einvoiceStatusInfo(211);
    expect(a).toEqual({
      code: 211,
      name: 'Paiement transmis',
      nameEn: 'Payment sent',
      sentBy: 'buyer',
      mandatory: false,
      mandatoryWhen: null,
      mandatoryWhenMessage: null,
    });
    expect(einvoiceStatusInfo('211')).toEqual(a);
    expect(Object.isFrozen(a)).toBe(false);
    a.name satisfies string;
    (a as { name: string }).name = 'changed';
    expect(einvoiceStatusInfo(211).name).toBe('Paiement transmis');
  });

  it('throws INVALID_INPUT naming an unknown code', () => {
    try {
      einvoiceStatusInfo(215 as never);
      expect.unreachable();
    } catch (e) {
      expect(isImpayesError(e)).toBe(true);
      if (!isImpayesError(e)) return;
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.path).toEqual(['code']);
      expect(e.message).toContain('215');
    }
  });
});
