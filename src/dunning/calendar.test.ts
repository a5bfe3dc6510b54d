import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  FrenchRegionSchema,
  isWorkingDay,
  type PlainDate,
  rollToWorkingDay,
} from '../dates/internal.js';
import { formalNoticeExpiry } from '../limitation/internal.js';
import { formalNoticeDeadline, workCalendar } from './calendar.js';

const date = fc
  .date({
    min: new Date(Date.UTC(1950, 0, 1)),
    max: new Date(Date.UTC(2150, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as PlainDate);
const region = fc.constantFrom(...FrenchRegionSchema.options);

/** The previous working day, by the public helpers. */
function rollBackByHand(d: PlainDate, r: (typeof FrenchRegionSchema.options)[number]): PlainDate {
  let x = d;
  while (!isWorkingDay(x, r)) x = addDays(x, -1);
  return x;
}

describe('workCalendar (day-number working days)', () => {
  it('rolls over Easter Monday and a weekend in Alsace-Moselle, and back over Good Friday', () => {
    const cal = workCalendar('alsace-moselle');
    expect(cal.isWorkingDay('2026-04-03' as PlainDate)).toBe(false); // Good Friday
    expect(cal.rollForward('2026-04-04' as PlainDate)).toBe('2026-04-07');
    expect(cal.rollBack('2026-04-06' as PlainDate)).toBe('2026-04-02');
    expect(workCalendar('metropolitan').rollBack('2026-04-06' as PlainDate)).toBe('2026-04-03');
  });

  it('agrees with the public isWorkingDay and rollToWorkingDay in every region (property)', () => {
    fc.assert(
      fc.property(date, region, (d, r) => {
        const cal = workCalendar(r);
        expect(cal.isWorkingDay(d)).toBe(isWorkingDay(d, r));
        expect(cal.rollForward(d)).toBe(rollToWorkingDay(d, r));
        expect(cal.rollBack(d)).toBe(rollBackByHand(d, r));
      }),
    );
  });

  it('formalNoticeDeadline agrees with the public formalNoticeExpiry (property)', () => {
    expect(formalNoticeDeadline('2026-03-20' as PlainDate, 15, workCalendar('metropolitan'))).toBe(
      '2026-04-07', // 4 April is a Saturday, 6 April Easter Monday
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 365 }), region, (d, days, r) => {
        expect(formalNoticeDeadline(d, days, workCalendar(r))).toBe(
          formalNoticeExpiry(d, days, { region: r }).deadline,
        );
      }),
    );
  });
});
