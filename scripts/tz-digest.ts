// Prints a SHA-256 digest of many public results; scripts/test-tz.sh compares it across TZ values.
import { createHash } from 'node:crypto';
import * as lib from '../src/index.js';

const out: unknown[] = [];
const days: string[] = [];
for (let d = '2023-12-20'; d < '2026-06-30'; d = lib.addDays(d, 3)) days.push(d);

for (const d of days) {
  out.push(
    d,
    lib.addMonths(d, 1),
    lib.addYears(d, 1),
    lib.endOfMonth(d),
    lib.isoWeekday(d),
    lib.isWorkingDay(d),
    lib.halfYearOf(d).id,
    lib.daysBetween('2024-01-01', d),
    lib.procedureDeadline(d, { months: 2 }).deadline,
    lib.limitationEnd(d, { years: 5 }),
    lib.ecbRateOn(d).ratePercent,
    lib.ecbRateForHalfYear(d).ratePercent,
    lib.legalInterestRate(d, 'other').ratePercent,
  );
}
for (let y = 2020; y <= 2030; y++) out.push(lib.frenchPublicHolidays(y, 'alsace-moselle'));

// Domain results: due dates, penalties, limitation, deposits, aged balance.
for (const d of days.slice(0, 120)) {
  out.push(
    lib.computeDueDate({
      issueDate: d,
      terms: { type: 'end-of-month', days: 45, method: 'days-then-eom' },
    }).dueDate,
    lib.computeLatePenalties({
      debtor: 'professional',
      amount: '10000.00',
      dueDate: d,
      payments: [{ date: lib.addDays(d, 40), amount: '2500.00' }],
      asOf: lib.addDays(d, 200) < '2026-06-30' ? lib.addDays(d, 200) : '2026-06-30',
    }),
    lib.limitationDeadline({
      debtor: 'consumer',
      dueDate: d,
      completionDate: d,
      events: [{ type: 'payment_received', date: lib.addDays(d, 30) }],
    }),
    lib.canRequestPayment({
      debtor: 'consumer',
      offPremises: true,
      signedOn: d,
      today: lib.addDays(d, 5),
    }),
  );
}
out.push(
  lib.agingReport(
    days.map((d, i) => ({
      id: `F${i}`,
      debtorId: `C${i % 7}`,
      issueDate: d,
      dueDate: lib.addDays(d, 30),
      amount: '100.00',
    })),
    { asOf: '2026-06-30' },
  ),
);

// Dunning decisions and timelines.
const invoice = {
  number: 'F-TZ',
  issueDate: '2026-01-15',
  terms: { type: 'net', days: 30 },
  buyer: { kind: 'professional', name: 'Client' },
  totals: { exclVat: '1000.00', vat: '200.00', inclVat: '1200.00' },
} as const;
out.push(lib.dunningTimeline(invoice, [], { today: '2026-01-20' }));
for (let d = '2026-01-20'; d < '2026-06-30'; d = lib.addDays(d, 1))
  out.push(lib.nextDunningStep(invoice, [], { today: d }));

console.log(createHash('sha256').update(JSON.stringify(out)).digest('hex'));
