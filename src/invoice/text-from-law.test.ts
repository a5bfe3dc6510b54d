import { describe, expect, it, vi } from 'vitest';
import type { LawValue } from '../law/internal.js';
import { totalsInvoice } from './invoice.fixtures.js';
import { invoiceDueDate } from './invoice-due-date.js';
import { checkInvoiceMentions } from './invoice-mentions.js';

// Issue 13: the statutory term and the e-invoicing start dates of the invoice texts come from the
// law data. This file swaps the data: the default term becomes 25 days from 2025-03-01 and the
// e-invoicing dates move to 2026-10-01 and 2028-01-01; a catalogue still writing 30 days,
// 1 September 2026 or 1 September 2027 would fail here.
vi.mock('../law/values.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../law/values.js')>();
  const changed: Record<string, ReadonlyArray<LawValue>> = {
    'b2b-default-term-days': [
      { from: '2019-04-26', value: '30' },
      { from: '2025-03-01', value: '25' },
    ],
    'einvoicing-issue-large-mid': [{ from: '2026-10-01', value: '2026-10-01' }],
    'einvoicing-issue-sme': [{ from: '2028-01-01', value: '2028-01-01' }],
  };
  return { LAW_VALUES: { ...real.LAW_VALUES, ...changed } };
});

describe('invoice texts read the law data', () => {
  it('the statutory default term, before and from its change', () => {
    const explanation = (issueDate: string, locale: 'fr' | 'en') =>
      invoiceDueDate({ ...totalsInvoice, issueDate }, { locale }).explanation;
    expect(explanation('2025-02-28', 'fr')).toContain(': 30 jours après la date de facture');
    expect(explanation('2025-03-10', 'fr')).toContain(': 25 jours après la date de facture');
    expect(explanation('2025-03-10', 'en')).toContain(': 25 days after the invoice date');
    const consumer = invoiceDueDate(
      {
        ...totalsInvoice,
        terms: { type: 'statutory-default' },
        buyer: { kind: 'consumer', name: 'X' },
      },
      { locale: 'en' },
    );
    const notB2b = consumer.warnings.find((w) => w.code === 'STATUTORY_DEFAULT_NOT_B2B')!;
    expect(notB2b).toMatchObject({ params: { days: 25 } });
    expect(notB2b.message).toContain('The 25-day default');
    expect(consumer.warnings.map((w) => w.message).join(' ')).toContain('the statutory 25 days');
    const noTerms = invoiceDueDate({ ...totalsInvoice, buyer: { kind: 'consumer', name: 'X' } });
    expect(noTerms.explanation).toContain('Le délai légal de 25 jours');
  });

  it('the e-invoicing start dates', () => {
    const notYet = checkInvoiceMentions(totalsInvoice, { asOf: '2026-09-15' });
    const reason = notYet.notApplicable.find((n) => n.reasonMessage.code === 'REFORM_NOT_YET')!;
    expect(reason.reasonMessage.params).toMatchObject({
      from: '2026-10-01',
      smeFrom: '2028-01-01',
    });
    expect(reason.reason).toContain('à partir du 1er octobre 2026');
    expect(reason.reason).toContain('PME et micro-entreprises à partir du 1er janvier 2028');
    const unknownSize = checkInvoiceMentions(totalsInvoice, { asOf: '2026-11-01', locale: 'en' });
    const required = unknownSize.applicable.find(
      (a) => a.reasonMessage.code === 'REFORM_REQUIRED',
    )!;
    expect(required.reasonMessage.params).toMatchObject({ from: null, largeFrom: '2026-10-01' });
    expect(required.reason).toContain('subject since 1 October 2026');
  });
});
