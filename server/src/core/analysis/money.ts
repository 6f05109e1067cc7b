/**
 * Money, in exact cents wherever amounts are added or compared, so rules and preview agree
 * to the cent (0.1 + 0.2 covers 0.3). An amount counts in every year its item spans; "an
 * amount" means one > 0 (rules.md).
 */
import { lintScopedMemo } from '../lint-scope';
import { entries, isMissing } from '../items';
import type { BedragItem, Bron, Interventie, Plan } from '../model';
import { interventionEnd } from './periods';
import type { CalendarDate } from '../dates';

/** Amounts per year of a `bedragen` list, in euros; the range form counts in every year it spans. */
export function amountsPerYear(list: Array<BedragItem | undefined> | undefined): ReadonlyMap<number, number> {
  // Several rules ask for the same lists of one plan; the answer is shared within a lint.
  if (!Array.isArray(list)) return NO_AMOUNTS;
  const known = AMOUNTS.get(list);
  if (known) return known;
  const perYear = amountsPerYearUncached(list);
  AMOUNTS.set(list, perYear);
  return perYear;
}

const AMOUNTS = lintScopedMemo<object, ReadonlyMap<number, number>>();
const NO_AMOUNTS: ReadonlyMap<number, number> = new Map();

function amountsPerYearUncached(list: Array<BedragItem | undefined>): Map<number, number> {
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

/** Whole cents of an amount in euros. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Cents per year of a `bedragen` list (each year's sum rounded once, as WP305 has always added). */
export function centsPerYear(list: Array<BedragItem | undefined> | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const [year, amount] of amountsPerYear(Array.isArray(list) ? list : undefined)) {
    if (Number.isFinite(amount) && Number.isInteger(year)) out.set(year, toCents(amount));
  }
  return out;
}

/** Adds one cents-per-year map into another. */
export function addInto(into: Map<number, number>, cents: Map<number, number>): void {
  for (const [year, amount] of cents) into.set(year, (into.get(year) ?? 0) + amount);
}

/** The last year with an amount > 0, or undefined when the list never pays. */
export function lastPayingYear(list: Array<BedragItem | undefined> | undefined): number | undefined {
  let last: number | undefined;
  for (const [year, amount] of amountsPerYear(list)) if (amount > 0 && (last === undefined || year > last)) last = year;
  return last;
}

/** Euros in Dutch style: `€ 12.500`, or `€ 12.500,50` when there are cents. */
export function formatEuros(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${cents < 0 ? '-' : ''}${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** Budget against funding in one year, in cents. */
export interface YearCover {
  year: number;
  budget: number;
  funded: number;
}

export interface BudgetCover {
  /** Every year that has a budget or funding, ascending. */
  years: YearCover[];
  /** Years where the interventions budget more than the sources bring in (WP305); none without `bronnen`. */
  shortYears: number[];
  /** Each intervention's budget per year, in cents, in plan order. */
  perIntervention: Array<{ index: number; id: string; cents: Map<number, number> }>;
}

/**
 * Budget cover per year (WP305): every year counts, also years outside the plan, and a
 * source lacking `soort` still pays.
 */
export function budgetCover(plan: Plan): BudgetCover {
  const bronnen = plan.financiering?.bronnen;
  const funded = new Map<number, number>();
  for (const [, source] of entries(bronnen)) addInto(funded, centsPerYear(source.bedragen));
  const budget = new Map<number, number>();
  const perIntervention: BudgetCover['perIntervention'] = [];
  for (const [index, intervention] of entries(plan.interventies)) {
    const cents = centsPerYear(intervention.begroting);
    addInto(budget, cents);
    perIntervention.push({ index, id: intervention.id ?? String(index + 1), cents });
  }
  const all = [...new Set([...budget.keys(), ...funded.keys()])].sort((a, b) => a - b);
  const years = all.map((year) => ({ year, budget: budget.get(year) ?? 0, funded: funded.get(year) ?? 0 }));
  const shortYears = isMissing(bronnen) ? [] : years.filter((entry) => entry.budget > entry.funded).map((entry) => entry.year);
  return { years, shortYears, perIntervention };
}

/**
 * How an intervention's money relates to its end (WP104): `none` without `financiering`;
 * `unresolved` when no listed source exists (WP004 reports those refs); `never` when its
 * sources never pay; `early` when their last paying year is before its end year; `ok`.
 * `unknown` when its sources pay but its end date is broken (a rule then stays silent).
 */
export type FundingStatus = 'ok' | 'early' | 'never' | 'unresolved' | 'none' | 'unknown';

export interface InterventionFunding {
  status: FundingStatus;
  /** The sources it names that exist, each once, in the order named. */
  sources: Array<{ index: number; bron: Bron }>;
  /** Refs that name no source. */
  unresolved: string[];
  lastPaying: number | undefined;
  end: CalendarDate | undefined;
}

/** The sources by id, the first one when an id is used twice (WP003). */
export function sourcesById(plan: Plan): Map<string, { index: number; bron: Bron }> {
  const byId = new Map<string, { index: number; bron: Bron }>();
  for (const [index, bron] of entries(plan.financiering?.bronnen)) {
    if (typeof bron.id === 'string' && bron.id.trim() !== '' && !byId.has(bron.id)) byId.set(bron.id, { index, bron });
  }
  return byId;
}

export function interventionFunding(
  plan: Plan,
  intervention: Interventie,
  byId: Map<string, { index: number; bron: Bron }> = sourcesById(plan),
): InterventionFunding {
  const end = interventionEnd(plan, intervention);
  const refs = entries(intervention.financiering)
    .map(([, ref]) => ref)
    .filter((ref): ref is string => typeof ref === 'string' && ref.trim() !== '');
  const sources: InterventionFunding['sources'] = [];
  const unresolved: string[] = [];
  for (const ref of refs) {
    const source = byId.get(ref);
    if (!source) unresolved.push(ref);
    else if (!sources.includes(source)) sources.push(source);
  }
  let lastPaying: number | undefined;
  for (const { bron } of sources) {
    const year = lastPayingYear(bron.bedragen);
    if (year !== undefined && (lastPaying === undefined || year > lastPaying)) lastPaying = year;
  }
  let status: FundingStatus;
  if (refs.length === 0) status = 'none';
  else if (sources.length === 0) status = 'unresolved';
  else if (!end) status = 'unknown';
  else if (lastPaying === undefined) status = 'never';
  else if (lastPaying < end.year) status = 'early';
  else status = 'ok';
  return { status, sources, unresolved, lastPaying, end };
}
