/** Calendar dates without time zone, and the calendar arithmetic the rules share. */

/** A calendar date without time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  // Plans repeat the same few dates, and rules ask for them again and again: one frozen answer per text.
  const known = PARSED_DATES.get(value);
  if (known !== undefined) return known ?? undefined;
  const date = parseDateUncached(value);
  if (PARSED_DATES.size >= 4096) PARSED_DATES.clear();
  PARSED_DATES.set(value, date ? Object.freeze(date) : null);
  return date;
}

const PARSED_DATES = new Map<string, CalendarDate | null>();

function parseDateUncached(value: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Adds calendar years; 29 February becomes 28 February in a year without one. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  const day = Math.min(date.day, daysInMonth(year, date.month));
  return { year, month: date.month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const result = new Date(0);
  result.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: result.getUTCFullYear(), month: result.getUTCMonth() + 1, day: result.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** ISO form `2026-01-01`, for fix values and message data (messages format dates for people). */
export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** "At least N years from A to B": B + 1 day >= A + N years. */
export function spansAtLeastYears(from: CalendarDate, to: CalendarDate, years: number): boolean {
  return compareDates(addDays(to, 1), addYears(from, years)) >= 0;
}

/** "More than N years between A and B": B > A + N years. Fractions of years count in months. */
export function moreThanYearsApart(from: CalendarDate, to: CalendarDate, years: number): boolean {
  const whole = Math.floor(years);
  let limit = addYears(from, whole);
  const months = Math.round((years - whole) * 12);
  if (months > 0) limit = addMonths(limit, months);
  return compareDates(to, limit) > 0;
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** A period of whole days, both ends inclusive. */
export interface DateRange {
  start: CalendarDate;
  end: CalendarDate;
}
