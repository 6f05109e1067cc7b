/**
 * The facts the preview shows, derived once from the plan: who carries what, which money
 * pays for which intervention until when, and the money per year. The rules decide what is
 * wrong; these facts only make it visible, so they follow rules.md's definitions (an amount
 * is an amount > 0, an intervention without `looptijd` runs for the plan's).
 */
import { carriedByPartner, commitmentOf } from '../analysis/commitments';
import { budgetCover, interventionFunding, sourcesById, type FundingStatus } from '../analysis/money';
import { interventionDates, planPeriod } from '../analysis/periods';
import {
  amountsPerYear,
  entries,
  parseDate,
  type Bron,
  type CalendarDate,
  type Interventie,
  type Partner,
  type Plan,
} from '../model';

export type { FundingStatus };

export interface Period {
  start: CalendarDate;
  end: CalendarDate;
}

export interface SourceFact {
  index: number;
  pointer: string;
  bron: Bron;
  /** Amounts per year as written (every year, also outside the plan). */
  perYear: Map<number, number>;
  /** Years with an amount > 0, ascending. */
  payingYears: number[];
  lastPaying: number | undefined;
}

/** How an intervention's money relates to its end: analysis/money.ts `FundingStatus` (WP104's rule). */
export interface InterventionFact {
  index: number;
  pointer: string;
  interventie: Interventie;
  period: Period | undefined;
  /** True when the period is the plan's because the intervention has none of its own. */
  inheritsPeriod: boolean;
  sources: SourceFact[];
  /** Source refs that name no source. */
  unresolved: string[];
  lastPaying: number | undefined;
  status: FundingStatus;
  budgetPerYear: Map<number, number>;
  decision: CalendarDate | undefined;
}

export type Role = 'eigenaar' | 'trekker' | 'financier' | 'budgethouder' | 'stuurgroep' | 'programmamanager' | 'evaluator';
export const ROLES: readonly Role[] = ['eigenaar', 'trekker', 'financier', 'budgethouder', 'stuurgroep', 'programmamanager', 'evaluator'];

/** What one carried thing asks of a partner's commitment. */
export interface Requirement {
  /** The commitment must reach this date (inclusive). */
  until: CalendarDate;
  /** For a source: reaching into this year is enough, so `until` is 1 January of it. */
  yearOnly: boolean;
}

export interface PartnerFact {
  index: number;
  pointer: string;
  partner: Partner;
  owns: InterventionFact[];
  leads: InterventionFact[];
  pays: SourceFact[];
  budgetHolder: boolean;
  steering: boolean;
  programmeManager: boolean;
  evaluation: { baseline: boolean; by: number; with: number };
  requirements: Requirement[];
  commitmentUntil: CalendarDate | undefined;
  /** `short`: the commitment ends before something it carries; `missing`: it carries something without one. */
  commitmentStatus: 'ok' | 'short' | 'missing' | 'none';
  /** The latest year anything it carries asks for. */
  carriesUntilYear: number | undefined;
}

export interface YearMoney {
  year: number;
  bySoort: Record<MoneyKind, number>;
  funding: number;
  budget: number;
}

export type MoneyKind = 'structureel' | 'incidenteel' | 'resultaatfinanciering' | 'onbekend';
export const MONEY_KINDS: readonly MoneyKind[] = ['structureel', 'incidenteel', 'resultaatfinanciering', 'onbekend'];

export interface MoneyFacts {
  years: YearMoney[];
  totals: Record<MoneyKind, number>;
  total: number;
  /** Share of `structureel` in all amounts, every year counted; undefined when nothing is paid. */
  structuralShare: number | undefined;
  shortYears: number[];
  lastFundedYear: number | undefined;
  lastPayingByKind: Record<MoneyKind, number | undefined>;
}

export interface PreviewFacts {
  plan: Plan;
  period: Period | undefined;
  sources: SourceFact[];
  interventions: InterventionFact[];
  partners: PartnerFact[];
  money: MoneyFacts;
  partnerName: (id: string | undefined) => string | undefined;
  doelTitle: (id: string | undefined) => string | undefined;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function finiteAmounts(perYear: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [year, amount] of perYear) if (Number.isFinite(amount) && Number.isInteger(year)) out.set(year, amount);
  return out;
}

function sourceFact(index: number, bron: Bron): SourceFact {
  const perYear = finiteAmounts(amountsPerYear(Array.isArray(bron.bedragen) ? bron.bedragen : undefined));
  const payingYears = [...perYear].filter(([, amount]) => amount > 0).map(([year]) => year).sort((a, b) => a - b);
  return { index, pointer: `/financiering/bronnen/${index}`, bron, perYear, payingYears, lastPaying: payingYears.at(-1) };
}

/** Derives everything the preview draws. Works on any partial plan; never throws on missing parts. */
export function derive(plan: Plan | undefined): PreviewFacts {
  const p: Plan = plan ?? {};
  const period = planPeriod(p);
  const sources = entries(p.financiering?.bronnen).map(([index, bron]) => sourceFact(index, bron));

  const byId = sourcesById(p);
  const interventions: InterventionFact[] = entries(p.interventies).map(([index, interventie]) => {
    // One derivation with WP104: the same sources, the same end date, the same status.
    const funding = interventionFunding(p, interventie, byId);
    const linked = funding.sources.map((source) => sources.find((fact) => fact.index === source.index)!);
    const dates = interventionDates(p, interventie);
    const iPeriod = dates.start && dates.end ? { start: dates.start, end: dates.end } : undefined;
    const budgetPerYear = finiteAmounts(amountsPerYear(Array.isArray(interventie.begroting) ? interventie.begroting : undefined));
    return {
      index,
      pointer: `/interventies/${index}`,
      interventie,
      period: iPeriod,
      inheritsPeriod: dates.inherited && iPeriod !== undefined,
      sources: linked,
      unresolved: funding.unresolved,
      lastPaying: funding.lastPaying,
      status: funding.status,
      budgetPerYear,
      decision: parseDate(interventie.voortzetting?.besluitmoment),
    };
  });

  const partnerById = new Map<string, Partner>();
  for (const [, partner] of entries(p.partners)) if (isText(partner.id) && !partnerById.has(partner.id)) partnerById.set(partner.id, partner);
  const doelById = new Map<string, string>();
  for (const [, doel] of entries(p.doelen)) if (isText(doel.id) && isText(doel.titel) && !doelById.has(doel.id)) doelById.set(doel.id, doel.titel);

  const stuurgroep = new Set(entries(p.bestuur?.stuurgroep).map(([, id]) => id));
  const momenten = entries(p.evaluatie?.momenten).map(([, moment]) => moment);
  const carriedAll = carriedByPartner(p);
  const partners: PartnerFact[] = entries(p.partners).map(([index, partner]) => {
    // Refs name an id, so every partner with that id carries what it names (as WP204 reads it).
    const id = isText(partner.id) ? partner.id : undefined;
    const owns = id ? interventions.filter((fact) => entries(fact.interventie.eigenaars).some(([, ref]) => ref === id)) : [];
    const leads = id ? interventions.filter((fact) => fact.interventie.trekker?.organisatie === id) : [];
    const pays = id ? sources.filter((source) => source.bron.partner === id) : [];
    const budgetHolder = id !== undefined && p.financiering?.budgethouder === id;
    const steering = id !== undefined && stuurgroep.has(id);
    const programmeManager = id !== undefined && p.bestuur?.programmamanager?.organisatie === id;
    const evaluation = {
      baseline: id !== undefined && p.evaluatie?.nulmeting?.door === id,
      by: id ? momenten.filter((moment) => moment.door === id).length : 0,
      with: id ? momenten.filter((moment) => entries(moment.met).some(([, ref]) => ref === id)).length : 0,
    };
    // One derivation with WP204 and WP205: what it carries, and whether its commitment covers it.
    const commitment = commitmentOf(p, partner, carriedAll);
    const requirements: Requirement[] = commitment.carried.map((item) => ({ until: item.required, yearOnly: item.messageId === 'source' }));
    const commitmentUntil = commitment.until;
    const commitmentStatus = commitment.status;
    const latest = commitment.carriesThrough;
    return {
      index,
      pointer: `/partners/${index}`,
      partner,
      owns,
      leads,
      pays,
      budgetHolder,
      steering,
      programmeManager,
      evaluation,
      requirements,
      commitmentUntil,
      commitmentStatus,
      carriesUntilYear: latest?.year,
    };
  });

  return {
    plan: p,
    period,
    sources,
    interventions,
    partners,
    money: moneyFacts(sources, interventions, budgetCover(p).shortYears),
    partnerName: (id) => (id === undefined ? undefined : partnerById.get(id)?.naam),
    doelTitle: (id) => (id === undefined ? undefined : doelById.get(id)),
  };
}

function kindOf(soort: unknown): MoneyKind {
  return soort === 'structureel' || soort === 'incidenteel' || soort === 'resultaatfinanciering' ? soort : 'onbekend';
}

function emptyKinds(): Record<MoneyKind, number> {
  return { structureel: 0, incidenteel: 0, resultaatfinanciering: 0, onbekend: 0 };
}

function moneyFacts(sources: SourceFact[], interventions: InterventionFact[], shortYears: number[]): MoneyFacts {
  const byYear = new Map<number, YearMoney>();
  const yearOf = (year: number): YearMoney => {
    let entry = byYear.get(year);
    if (!entry) {
      entry = { year, bySoort: emptyKinds(), funding: 0, budget: 0 };
      byYear.set(year, entry);
    }
    return entry;
  };
  const totals = emptyKinds();
  const lastPayingByKind: Record<MoneyKind, number | undefined> = { structureel: undefined, incidenteel: undefined, resultaatfinanciering: undefined, onbekend: undefined };
  for (const source of sources) {
    const kind = kindOf(source.bron.soort);
    for (const [year, amount] of source.perYear) {
      const entry = yearOf(year);
      entry.bySoort[kind] += amount;
      entry.funding += amount;
      totals[kind] += amount;
      if (amount > 0 && (lastPayingByKind[kind] === undefined || year > lastPayingByKind[kind]!)) lastPayingByKind[kind] = year;
    }
  }
  for (const fact of interventions) for (const [year, amount] of fact.budgetPerYear) yearOf(year).budget += amount;
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  const total = MONEY_KINDS.reduce((sum, kind) => sum + totals[kind], 0);
  const funded = years.filter((entry) => entry.funding > 0);
  return {
    years,
    totals,
    total,
    structuralShare: total > 0 ? totals.structureel / total : undefined,
    // In exact cents, as WP305 counts (analysis/money.ts).
    shortYears,
    lastFundedYear: funded.at(-1)?.year,
    lastPayingByKind,
  };
}
