// What a user would write instead of computeLatePenalties for a B2B invoice: plain JS numbers,
// Date.UTC day counts, a hard-coded table of the ECB rate on 1 January / 1 July. No validation,
// float arithmetic rounded per segment with Math.round (which gets some cents wrong: issue 17).

/** ECB main refinancing rate in force on the first day of each half-year (percent). */
export const ECB_BY_HALF_YEAR: Record<string, number> = {
  '2023-H1': 2.5,
  '2023-H2': 4.0,
  '2024-H1': 4.5,
  '2024-H2': 4.25,
  '2025-H1': 3.15,
  '2025-H2': 2.15,
  '2026-H1': 2.15,
  '2026-H2': 2.4,
};

const DAY = 86_400_000;

export interface HandPayment {
  date: string;
  amount: string;
}

export interface HandSegment {
  from: string;
  to: string;
  days: number;
  rate: number;
  base: string;
  amount: string;
}

export interface HandPenalties {
  daysLate: number;
  segments: HandSegment[];
  interest: string;
  indemnity: string;
  principalOutstanding: string;
  total: string;
}

export function toTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
}

export function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function halfYearEnd(time: number): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  return d.getUTCMonth() < 6 ? Date.UTC(y, 5, 30) : Date.UTC(y, 11, 31);
}

function halfYearId(time: number): string {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-H${d.getUTCMonth() < 6 ? 1 : 2}`;
}

/**
 * B2B late-payment penalties (ECB + 10 points per half-year, ACT/365, payments to principal) and
 * the 40 € indemnity, from `dueDate` to `asOf`.
 */
export function handRollPenalties(
  amount: string,
  dueDate: string,
  payments: ReadonlyArray<HandPayment>,
  asOf: string,
): HandPenalties {
  const due = toTime(dueDate);
  const end = toTime(asOf);
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : 1));
  let base = Number(amount);
  let interest = 0;
  let p = 0;
  while (sorted[p] !== undefined && toTime((sorted[p] as HandPayment).date) <= due) {
    base -= Number((sorted[p] as HandPayment).amount);
    p++;
  }
  const segments: HandSegment[] = [];
  let from = due + DAY;
  while (from <= end && base > 0) {
    let to = Math.min(halfYearEnd(from), end);
    const next = sorted[p];
    if (next !== undefined && toTime(next.date) < to) to = Math.max(toTime(next.date), from);
    const days = Math.round((to - from) / DAY) + 1;
    const rate = (ECB_BY_HALF_YEAR[halfYearId(from)] ?? Number.NaN) + 10;
    const value = Math.round(((base * rate) / 100) * (days / 365) * 100) / 100;
    segments.push({
      from: toIso(from),
      to: toIso(to),
      days,
      rate,
      base: base.toFixed(2),
      amount: value.toFixed(2),
    });
    interest += value;
    while (sorted[p] !== undefined && toTime((sorted[p] as HandPayment).date) <= to) {
      base -= Number((sorted[p] as HandPayment).amount);
      p++;
    }
    from = to + DAY;
  }
  const lastPaid =
    sorted.length > 0 ? toTime((sorted[sorted.length - 1] as HandPayment).date) : end;
  const late = base > 0 ? end > due : lastPaid > due;
  const indemnity = late ? 40 : 0;
  return {
    daysLate: Math.max(0, Math.round(((base > 0 ? end : lastPaid) - due) / DAY)),
    segments,
    interest: interest.toFixed(2),
    indemnity: indemnity.toFixed(2),
    principalOutstanding: Math.max(0, base).toFixed(2),
    total: (interest + indemnity).toFixed(2),
  };
}
