import * as z from 'zod/mini';
import { invalidInput, parseOrThrow, show } from '../internal/validate.js';
import { dateOfDayNumber, dayNumberOfYmd } from './day-number.js';
import { formatYmd, type PlainDate } from './plain-date.js';

/**
 * The holiday calendars the library knows (C. trav. L3133-1, L3134-13, L3422-2):
 *
 * - `metropolitan`: the 11 national public holidays;
 * - `alsace-moselle` (Bas-Rhin, Haut-Rhin, Moselle): + Good Friday and 26 December;
 * - overseas: + the day of the abolition of slavery — `mayotte` 27 April, `martinique` 22 May,
 *   `guadeloupe` and `saint-martin` 27 May, `guyane` 10 June, `saint-barthelemy` 9 October,
 *   `reunion` 20 December.
 *
 * @category Dates
 */
export const FrenchRegionSchema = /* @__PURE__ */ z.enum([
  'metropolitan',
  'alsace-moselle',
  'guadeloupe',
  'martinique',
  'guyane',
  'reunion',
  'mayotte',
  'saint-martin',
  'saint-barthelemy',
]);

/**
 * A French holiday calendar; see {@link FrenchRegionSchema}.
 *
 * @category Dates
 */
export type FrenchRegion = z.infer<typeof FrenchRegionSchema>;

/**
 * One public holiday.
 *
 * @category Dates
 */
export interface PublicHoliday {
  /** The date. */
  readonly date: PlainDate;
  /** A stable identifier, e.g. `'easter-monday'`. */
  readonly id: string;
  /** French and English names. */
  readonly label: { readonly fr: string; readonly en: string };
}

/** Day number of Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOfYmd(year, month, day);
}

const SLAVERY_ABOLITION: Partial<Record<FrenchRegion, [number, number]>> = {
  mayotte: [4, 27],
  martinique: [5, 22],
  guadeloupe: [5, 27],
  'saint-martin': [5, 27],
  guyane: [6, 10],
  'saint-barthelemy': [10, 9],
  reunion: [12, 20],
};

/**
 * Lists the public holidays (jours fériés) of a year for a region, sorted by date.
 *
 * @remarks C. trav. L3133-1: 1 January, Easter Monday, 1 May, 8 May, Ascension (Easter + 39),
 * Whit Monday (Easter + 50), 14 July, 15 August, 1 November, 11 November, 25 December.
 * Alsace-Moselle (L3134-13) adds Good Friday and 26 December; overseas departments and
 * collectivities (L3422-2) add the day commemorating the abolition of slavery. CPC 642 treats each
 * of these as a non-working day. The current list is applied to every year (historical changes,
 * such as 8 May before 1982, are not modelled).
 * @param year - a year from 1583 to 9999
 * @param region - the calendar, `'metropolitan'` by default
 * @returns the holidays, sorted by date
 * @example
 * ```ts
 * frenchPublicHolidays(2025).map((h) => h.date);
 * //=> ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09',
 * //    '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25']
 * ```
 * @category Dates
 */
export function frenchPublicHolidays(
  year: number,
  region: FrenchRegion = 'metropolitan',
): PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    invalidInput(`must be a whole year from 1583 to 9999, received ${show(year)}`, ['year']);
  }
  parseOrThrow(FrenchRegionSchema, region, 'region', ['region']);
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => dateOfDayNumber(easter + offset);
  const list: PublicHoliday[] = [
    {
      date: formatYmd(year, 1, 1),
      id: 'new-year',
      label: { fr: "Jour de l'an", en: "New Year's Day" },
    },
    {
      date: fromEaster(1),
      id: 'easter-monday',
      label: { fr: 'Lundi de Pâques', en: 'Easter Monday' },
    },
    {
      date: formatYmd(year, 5, 1),
      id: 'labour-day',
      label: { fr: 'Fête du travail', en: 'Labour Day' },
    },
    {
      date: formatYmd(year, 5, 8),
      id: 'victory-1945',
      label: { fr: 'Victoire 1945', en: 'Victory in Europe Day' },
    },
    { date: fromEaster(39), id: 'ascension', label: { fr: 'Ascension', en: 'Ascension Day' } },
    {
      date: fromEaster(50),
      id: 'whit-monday',
      label: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' },
    },
    {
      date: formatYmd(year, 7, 14),
      id: 'national-day',
      label: { fr: 'Fête nationale', en: 'Bastille Day' },
    },
    {
      date: formatYmd(year, 8, 15),
      id: 'assumption',
      label: { fr: 'Assomption', en: 'Assumption Day' },
    },
    {
      date: formatYmd(year, 11, 1),
      id: 'all-saints',
      label: { fr: 'Toussaint', en: "All Saints' Day" },
    },
    {
      date: formatYmd(year, 11, 11),
      id: 'armistice-1918',
      label: { fr: 'Armistice 1918', en: 'Armistice Day' },
    },
    { date: formatYmd(year, 12, 25), id: 'christmas', label: { fr: 'Noël', en: 'Christmas Day' } },
  ];
  if (region === 'alsace-moselle') {
    list.push(
      {
        date: fromEaster(-2),
        id: 'good-friday',
        label: { fr: 'Vendredi saint', en: 'Good Friday' },
      },
      {
        date: formatYmd(year, 12, 26),
        id: 'saint-stephen',
        label: { fr: 'Saint-Étienne', en: "St Stephen's Day" },
      },
    );
  }
  const abolition = SLAVERY_ABOLITION[region];
  if (abolition) {
    list.push({
      date: formatYmd(year, abolition[0], abolition[1]),
      id: 'slavery-abolition',
      label: { fr: "Abolition de l'esclavage", en: 'Abolition of Slavery Day' },
    });
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const FIXED: ReadonlySet<number> = /* @__PURE__ */ new Set([
  101, 501, 508, 714, 815, 1101, 1111, 1225,
]);

/**
 * Fast holiday test for a valid date (no list built): the working-day hot path.
 * @internal
 */
export function isPublicHoliday(
  year: number,
  month: number,
  day: number,
  region: FrenchRegion,
): boolean {
  const md = month * 100 + day;
  if (FIXED.has(md)) return true;
  if (region === 'alsace-moselle' && md === 1226) return true;
  const abolition = SLAVERY_ABOLITION[region];
  if (abolition !== undefined && abolition[0] === month && abolition[1] === day) return true;
  if (month < 3 || month > 6) return false; // Good Friday … Whit Monday fall in March–June
  const offset = dayNumberOfYmd(year, month, day) - easterSunday(year);
  return (
    offset === 1 || offset === 39 || offset === 50 || (region === 'alsace-moselle' && offset === -2)
  );
}
