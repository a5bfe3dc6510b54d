// Private: the library's one rule for events dated after the computation day (asOf, or `today` in
// dunning). They are not applied anywhere, and never silently: the result carries the warning
// EVENTS_AFTER_AS_OF. This makes "replay as of a past day" possible with the whole log at hand.

/** How many events came after the computation day, and the earliest of their dates. */
export interface LaterEvents {
  readonly count: number;
  readonly firstDate: string;
}

/** Counts `date` when it is after `asOf` (accumulates into `acc`, created on the first one). */
export function countLater(
  acc: { count: number; firstDate: string } | null,
  date: string,
  asOf: string,
): { count: number; firstDate: string } | null {
  if (date <= asOf) return acc;
  if (acc === null) return { count: 1, firstDate: date };
  acc.count++;
  if (date < acc.firstDate) acc.firstDate = date;
  return acc;
}

/** The events (or payments…) of `items` dated after `asOf`, or `null` when there are none. */
export function laterEvents<T>(
  items: ReadonlyArray<T>,
  dateOf: (item: T) => string,
  asOf: string,
): LaterEvents | null {
  let acc: { count: number; firstDate: string } | null = null;
  for (const item of items) acc = countLater(acc, dateOf(item), asOf);
  return acc;
}
