import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates/internal.js';
import { parseInvoice } from './index.js';
import { totalsInvoice } from './invoice.fixtures.js';
import {
  deliveryAddressMention,
  paymentMentions,
  reformStatus,
  reformWarnings,
  vatOnDebitsMention,
} from './invoice-mentions.js';

const day = (s: string) => s as PlainDate;

describe('issue 13 item 4: invoice-mention steps on their own', () => {
  it('paymentMentions: L441-9 does not apply to a consumer', () => {
    const invoice = parseInvoice({ ...totalsInvoice, buyer: { kind: 'consumer', name: 'X' } });
    const entries = paymentMentions(invoice);
    expect(entries.map((e) => [e.code, e.status])).toEqual([
      ['DUE_DATE', 'not-applicable'],
      ['DISCOUNT_TERMS', 'not-applicable'],
      ['LATE_PENALTY_RATE', 'not-applicable'],
      ['RECOVERY_INDEMNITY', 'not-applicable'],
    ]);
  });

  it('reformStatus: unknown size between the two start dates, decided by size otherwise', () => {
    expect(reformStatus(day('2026-10-01'), { asOf: day('2026-10-01') }).subject).toBe('unknown');
    expect(reformStatus(day('2026-10-01'), { asOf: day('2026-10-01'), issuerSize: 'sme' })).toEqual(
      { decidedOn: '2026-10-01', from: '2027-09-01', subject: false },
    );
    expect(
      reformStatus(day('2026-08-01'), {
        asOf: day('2026-10-01'),
        issuerSize: 'eti',
        rulesAt: 'issue-date',
      }),
    ).toEqual({ decidedOn: '2026-08-01', from: '2026-09-01', subject: false });
  });

  it('reformWarnings: an invoice issued before the start date of a subject issuer', () => {
    const options = { asOf: day('2026-10-01'), issuerSize: 'large' as const };
    const status = reformStatus(day('2026-08-01'), options);
    expect(reformWarnings(day('2026-08-01'), options, status).map((w) => w.code)).toEqual([
      'REFORM_NOT_IN_FORCE_AT_ISSUE',
    ]);
  });

  it('deliveryAddressMention and vatOnDebitsMention: undecided facts are conditional', () => {
    const invoice = parseInvoice(totalsInvoice);
    expect(deliveryAddressMention(invoice, 'missing', null).status).toBe('conditional');
    expect(vatOnDebitsMention(invoice, 'missing', null).status).toBe('conditional');
    const goods = parseInvoice({ ...totalsInvoice, mentions: { operationNature: 'goods' } });
    expect(vatOnDebitsMention(goods, 'missing', null).status).toBe('not-applicable');
  });
});
