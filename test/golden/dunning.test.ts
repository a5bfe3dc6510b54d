// Golden decisions of the default French policy (docs/law.md §6) on a 1 200 € B2B invoice due Tuesday
// 2026-03-03, each row the app's log on that day; and the R622-24 claim deadlines.
import { describe, expect, test } from 'vitest';
import { type DunningEventInput, nextDunningStep } from '../../src/index.js';

const invoice = {
  number: 'G-1',
  issueDate: '2026-02-01',
  dueDate: '2026-03-03',
  buyer: { kind: 'professional', name: 'Client SA' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;

const r = (stepId: string, date: string): DunningEventInput => ({
  type: 'reminder_sent',
  date,
  stepId,
  channel: 'email',
});
const upTo = (n: number): DunningEventInput[] =>
  [
    r('courtesy-notice', '2026-02-27'),
    r('friendly-email', '2026-03-04'),
    r('phone-call', '2026-03-09'),
    r('written-reminder', '2026-03-13'),
    r('registered-letter', '2026-03-23'),
  ].slice(0, n);

const cases: Array<{ id: string; title: string; done: number; today: string; expected: string }> = [
  {
    id: 'D01',
    title: 'not due, before the courtesy notice',
    done: 0,
    today: '2026-02-20',
    expected: 'wait 2026-02-27',
  },
  {
    id: 'D02',
    title: 'courtesy notice 3 days before (Saturday → Friday)',
    done: 0,
    today: '2026-02-27',
    expected: 'action courtesy-notice 2026-02-27 1200.00',
  },
  {
    id: 'D03',
    title: 'courtesy notice caught up before the due date',
    done: 0,
    today: '2026-03-02',
    expected: 'action courtesy-notice late 1200.00',
  },
  {
    id: 'D04',
    title: 'due date: nothing (pre-due notice dropped)',
    done: 1,
    today: '2026-03-03',
    expected: 'wait 2026-03-04',
  },
  {
    id: 'D05',
    title: 'first day late: friendly e-mail, 40 € owed',
    done: 1,
    today: '2026-03-04',
    expected: 'action friendly-email 2026-03-04 1240.40',
  },
  {
    id: 'D06',
    title: 'phone call at +5',
    done: 2,
    today: '2026-03-09',
    expected: 'action phone-call 2026-03-09 1242.40',
  },
  {
    id: 'D07',
    title: 'written reminder at +10',
    done: 3,
    today: '2026-03-13',
    expected: 'action written-reminder 2026-03-13 1243.99',
  },
  {
    id: 'D08',
    title: 'registered letter at +20',
    done: 4,
    today: '2026-03-23',
    expected: 'action registered-letter 2026-03-23 1247.99',
  },
  {
    id: 'D09',
    title: 'formal notice at +30',
    done: 5,
    today: '2026-04-02',
    expected: 'action formal-notice 2026-04-02 1251.98',
  },
  {
    id: 'D10',
    title: 'missed run: the earliest missed step only',
    done: 2,
    today: '2026-03-30',
    expected: 'action phone-call late 1250.79',
  },
];

describe('nextDunningStep golden decisions', () => {
  test.each(cases)('$id: $title', ({ done, today, expected }) => {
    const d = nextDunningStep(invoice, upTo(done), { today });
    const summary =
      d.type === 'action'
        ? `action ${d.step.id} ${d.late ? 'late' : d.dueOn} ${d.amounts.total}`
        : d.type === 'wait'
          ? `wait ${d.until}`
          : d.type;
    expect(summary).toBe(expected);
  });
});

const insolvency: Array<{
  id: string;
  publishedOn: string;
  abroad: boolean;
  deadline: string;
  relief: string;
}> = [
  {
    id: 'R01',
    publishedOn: '2026-03-27',
    abroad: false,
    deadline: '2026-05-27',
    relief: '2026-09-28',
  },
  {
    id: 'R02',
    publishedOn: '2026-03-27',
    abroad: true,
    deadline: '2026-07-27',
    relief: '2026-09-28',
  },
  // 31 Dec + 2 months = 28 Feb (CPC 641), a Saturday → Monday 2 March (CPC 642).
  {
    id: 'R03',
    publishedOn: '2025-12-31',
    abroad: false,
    deadline: '2026-03-02',
    relief: '2026-06-30',
  },
];

describe('declare_claim deadlines (C. com. R622-24, L622-26)', () => {
  test.each(insolvency)(
    '$id: published $publishedOn, abroad $abroad',
    ({ publishedOn, abroad, deadline, relief }) => {
      const d = nextDunningStep(
        invoice,
        [
          {
            type: 'insolvency_opened',
            date: '2025-12-20',
            proceeding: 'redressement',
            publishedOn,
          },
        ],
        { today: '2026-03-01', policy: { creditorAbroad: abroad } },
      );
      expect(d).toMatchObject({ type: 'declare_claim', deadline, reliefDeadline: relief });
    },
  );
});
