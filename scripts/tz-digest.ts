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

console.log(createHash('sha256').update(JSON.stringify(out)).digest('hex'));
