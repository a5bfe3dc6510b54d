import { bench, describe } from 'vitest';
import {
  computeLimitation,
  injonctionServiceDeadline,
  type LimitationClaimInput,
  LimitationClaimSchema,
  limitationDeadline,
  sortLimitationEvents,
} from './lib.js';

const simple: LimitationClaimInput = { debtor: 'professional', dueDate: '2009-05-28' };

// A busy file: payments, a mediation, an injonction, a lawsuit and its judgment.
const busy: LimitationClaimInput = {
  debtor: 'professional',
  dueDate: '2015-03-10',
  events: [
    { type: 'formal_notice_sent', date: '2015-04-01' },
    { type: 'payment_received', date: '2015-06-01' },
    { type: 'debtor_acknowledged', date: '2016-01-15' },
    { type: 'mediation_started', date: '2017-02-01' },
    { type: 'mediation_ended', date: '2017-05-01' },
    { type: 'payment_received', date: '2018-09-10' },
    { type: 'injonction_order_issued', date: '2019-01-10' },
    { type: 'injonction_order_served', date: '2019-03-01' },
    { type: 'proceedings_ended', date: '2019-11-20', outcome: 'judgment' },
    { type: 'judgment_served', date: '2019-12-05' },
    { type: 'enforcement_measure', date: '2021-04-01' },
    { type: 'payment_received', date: '2022-02-01' },
  ],
};
const parsedBusy = LimitationClaimSchema.parse(busy);

describe('limitation', () => {
  bench('limitationDeadline (no events)', () => {
    limitationDeadline(simple, { asOf: '2014-05-01' });
  });
  bench('limitationDeadline (12 events, validated)', () => {
    limitationDeadline(busy, { asOf: '2024-01-01' });
  });
  bench('computeLimitation (12 events, pre-validated)', () => {
    computeLimitation(parsedBusy, undefined, 'earliest', 30, 60);
  });
  bench('sortLimitationEvents (12 events)', () => {
    sortLimitationEvents(parsedBusy.events);
  });
  bench('injonctionServiceDeadline', () => {
    injonctionServiceDeadline('2026-01-14');
  });
});
