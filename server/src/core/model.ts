/**
 * The plan as rules see it: plain data after the schema check, where every value that broke
 * the format has been removed (so it counts as absent), and helpers for the arithmetic the
 * rules share. Every field is optional because any of them may have been removed.
 */

export interface Periode {
  start?: string;
  eind?: string;
}

export interface BedragItem {
  jaar?: number;
  van?: number;
  tot_en_met?: number;
  bedrag?: number;
}

export interface Trekker {
  rol?: string;
  organisatie?: string;
  vervanger?: string;
}

export interface Partner {
  id?: string;
  naam?: string;
  soort?: string;
  rol?: string;
  commitment?: { tot?: string; vastgelegd_in?: string };
  belang?: string;
}

export interface Indicator {
  id?: string;
  naam?: string;
  soort?: 'outcome' | 'output';
  eenheid?: string;
  richting?: 'omhoog' | 'omlaag';
  bron?: string;
  nulmeting?: { waarde?: number; datum?: string; bron?: string };
  streefwaarden?: Array<{ jaar?: number; waarde?: number } | undefined>;
}

export interface Doel {
  id?: string;
  titel?: string;
  domein?: string;
  indicatoren?: Array<Indicator | undefined>;
}

export interface Voortzetting {
  strategie?: string;
  besluitmoment?: string;
  naar?: string;
  onderhoud?: string;
  toelichting?: string;
}

export interface Interventie {
  id?: string;
  naam?: string;
  beschrijving?: string;
  doelen?: Array<string | undefined>;
  eigenaars?: Array<string | undefined>;
  trekker?: Trekker;
  looptijd?: Periode;
  begroting?: Array<BedragItem | undefined>;
  financiering?: Array<string | undefined>;
  voortzetting?: Voortzetting;
}

export interface Bron {
  id?: string;
  naam?: string;
  partner?: string;
  soort?: string;
  bedragen?: Array<BedragItem | undefined>;
  doelen?: Array<string | undefined>;
}

export interface EvaluatieMoment {
  datum?: string;
  soort?: string;
  door?: string;
  met?: Array<string | undefined>;
  onderwerp?: string;
}

export interface Plan {
  wijkplan?: number;
  titel?: string;
  wijk?: { naam?: string; gemeente?: string; gemeentecode?: string; wijkcodes?: string[]; inwoners?: number };
  looptijd?: Periode;
  visie?: string;
  partners?: Array<Partner | undefined>;
  bestuur?: {
    vastgesteld?: { door?: string; datum?: string; kenmerk?: string };
    portefeuillehouders?: Array<string | undefined>;
    programmamanager?: Trekker;
    stuurgroep?: Array<string | undefined>;
    afspraken?: { budget?: string; mandaat?: string; samenwerking?: string };
    inbedding?: string;
  };
  doelen?: Array<Doel | undefined>;
  interventies?: Array<Interventie | undefined>;
  financiering?: {
    budgethouder?: string;
    bronnen?: Array<Bron | undefined>;
    inverdieneffecten?: Array<{ beschrijving?: string; partner?: string; bedrag_per_jaar?: number; begrotingspost?: string } | undefined>;
  };
  evaluatie?: {
    nulmeting?: { datum?: string; door?: string };
    momenten?: Array<EvaluatieMoment | undefined>;
    effecten_buiten_wijk?: string;
    successen_delen?: string;
  };
  bewoners?: {
    betrokkenheid?: Array<string | undefined>;
    wijkinitiatieven?: string;
  };
}

/** An empty list, an empty or blank text, null and undefined count as missing for every rule. */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item === undefined);
  return false;
}

export function isPresent(value: unknown): boolean {
  return !isMissing(value);
}

/** The items of a list that survived the schema check, with their original index. */
export function entries<T>(list: Array<T | undefined> | undefined): Array<[number, T]> {
  const out: Array<[number, T]> = [];
  if (!Array.isArray(list)) return out;
  list.forEach((item, index) => {
    if (item !== undefined && item !== null) out.push([index, item]);
  });
  return out;
}

/** A calendar date without time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
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

/** A periode's dates when both are valid and in order; otherwise it counts as absent. */
export function validPeriod(period: Periode | undefined): { start: CalendarDate; end: CalendarDate } | undefined {
  if (!period) return undefined;
  const start = parseDate(period.start);
  const end = parseDate(period.eind);
  if (!start || !end || compareDates(start, end) > 0) return undefined;
  return { start, end };
}

/** The plan's period, when valid. */
export function planPeriod(plan: Plan): { start: CalendarDate; end: CalendarDate } | undefined {
  return validPeriod(plan.looptijd);
}

/**
 * An intervention's period: its own `looptijd`, or the plan's when it has none. An own
 * `looptijd` that is broken (WP002 or WP005) counts as absent, so the plan's applies.
 */
export function interventionPeriod(plan: Plan, intervention: Interventie): { start: CalendarDate; end: CalendarDate } | undefined {
  return validPeriod(intervention.looptijd) ?? planPeriod(plan);
}

/**
 * The last day of an intervention, as the rules that need it read it (rules.md): without an
 * own `looptijd`, or with one that is reversed (WP005, counts as absent), the plan's end; with
 * an own `looptijd`, its `eind`. Undefined when that `eind` is missing or broken (WP002): a
 * rule that needs a date that is broken stays silent rather than guess the plan's end.
 */
export function interventionEnd(plan: Plan, intervention: Interventie): CalendarDate | undefined {
  const own = intervention.looptijd;
  if (own === undefined || own === null || typeof own !== 'object') return planPeriod(plan)?.end;
  const start = parseDate(own.start);
  const end = parseDate(own.eind);
  if (start && end && compareDates(start, end) > 0) return planPeriod(plan)?.end;
  return end;
}

/** Amounts per year of a `bedragen` list; the range form counts in every year it spans. */
export function amountsPerYear(list: Array<BedragItem | undefined> | undefined): Map<number, number> {
  const perYear = new Map<number, number>();
  for (const [, item] of entries(list)) {
    if (typeof item.bedrag !== 'number') continue;
    for (const year of yearsOf(item)) perYear.set(year, (perYear.get(year) ?? 0) + item.bedrag);
  }
  return perYear;
}

/** The years a `bedragen` item covers. */
export function yearsOf(item: BedragItem): number[] {
  if (typeof item.jaar === 'number') return [item.jaar];
  if (typeof item.van === 'number' && typeof item.tot_en_met === 'number' && item.van <= item.tot_en_met) {
    const years: number[] = [];
    for (let year = item.van; year <= item.tot_en_met; year++) years.push(year);
    return years;
  }
  return [];
}

/** The last year with an amount > 0, or undefined when the list never pays. */
export function lastPayingYear(list: Array<BedragItem | undefined> | undefined): number | undefined {
  let last: number | undefined;
  for (const [year, amount] of amountsPerYear(list)) if (amount > 0 && (last === undefined || year > last)) last = year;
  return last;
}

export const GOVERNMENT_KINDS = new Set(['gemeente', 'rijk', 'provincie']);

/** Ids of a kind: partners, goals or sources, with the pointer where each is defined. */
export function idIndex(plan: Plan): { partner: Map<string, string>; doel: Map<string, string>; bron: Map<string, string> } {
  const partner = new Map<string, string>();
  const doel = new Map<string, string>();
  const bron = new Map<string, string>();
  for (const [i, p] of entries(plan.partners)) if (typeof p.id === 'string' && !partner.has(p.id)) partner.set(p.id, `/partners/${i}`);
  for (const [i, d] of entries(plan.doelen)) if (typeof d.id === 'string' && !doel.has(d.id)) doel.set(d.id, `/doelen/${i}`);
  for (const [i, b] of entries(plan.financiering?.bronnen))
    if (typeof b.id === 'string' && !bron.has(b.id)) bron.set(b.id, `/financiering/bronnen/${i}`);
  return { partner, doel, bron };
}

/** The plan as written (`RuleContext.raw`) is untyped: these read it without trusting its shape. */
export type RawObject = Record<string, unknown>;

/** `value` when it is a mapping, else undefined. */
export function asObject(value: unknown): RawObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RawObject) : undefined;
}

/** `value` when it is a list, else an empty one. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
