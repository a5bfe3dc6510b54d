import { describe, expect, it } from 'vitest';
import { EinvoiceRequestedActionSchema, einvoiceRequestedActions } from './requested-action.js';

describe('requested actions (issue 16)', () => {
  it('knows the seven codes and a task for each, in English and French', () => {
    expect(EinvoiceRequestedActionSchema.options).toEqual([
      'NOA',
      'PIN',
      'NIN',
      'CNF',
      'CNP',
      'CNA',
      'OTH',
    ]);
    expect(Object.keys(einvoiceRequestedActions)).toEqual(EinvoiceRequestedActionSchema.options);
    expect(einvoiceRequestedActions.NIN).toEqual({
      en: 'issue a corrected invoice',
      fr: 'émettre une facture rectificative',
    });
    expect(EinvoiceRequestedActionSchema.safeParse('nin').success).toBe(false);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(einvoiceRequestedActions)).toBe(true);
    expect(Object.isFrozen(einvoiceRequestedActions.CNF)).toBe(true);
  });
});
