/**
 * The facts the preview shows, derived once from the plan: who carries what, which money
 * pays for which intervention until when, and the money per year. The rules decide what is
 * wrong; these facts only make it visible, so they follow rules.md's definitions (an amount
 * is an amount > 0, an intervention without `looptijd` runs for the plan's).
 */
import {
  amountsPerYear,
  compareDates,
  entries,
  interventionPeriod,
  parseDate,
  planPeriod,
  type Bron,
  type CalendarDate,
  type Interventie,
  type Partner,
  type Plan,
  validPeriod,
} from '../model';

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

/**
 * How an intervention's money relates to its period: `ok`; `early` when the last paying year
 * of its sources is before its end year (WP104); `never` when its sources never pay;
 * `unresolved` when no listed source exists; `none` when it lists no financiering.
 */
export type FundingStatus = 'ok' | 'early' | 'never' | 'unresolved' | 'none';

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

function finiteAmounts(perYear: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [year, amount] of perYear) if (Number.isFinite(amount) && Number.isInteger(year)) out.set(year, amount);
  return out;
}

function sourceFact(index: number, bron: Bron): SourceFact {
  const perYear = finiteAmounts(amountsPerYear(Array.isArray(bron.bedragen) ? bron.bedragen : undefined));
  const payingYears = [...perYear].filter(([, amount]) => amount > 0).map(([year]) => year).sort((a, b) => a - b);
  return { index, pointer: `/financiering/bronnen/${index}`, bron, perYear, payingYears, lastPaying: payingYears.at(-1) };
}

function endOfYear(year: number): CalendarDate {
  return { year, month: 12, day: 31 };
}

function maxDate(dates: CalendarDate[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>((best, date) => (!best || compareDates(date, best) > 0 ? date : best), undefined);
}

/** Derives everything the preview draws. Works on any partial plan; never throws on missing parts. */
export function derive(plan: Plan | undefined): PreviewFacts {
  const p: Plan = plan ?? {};
  const period = planPeriod(p);
  const sources = entries(p.financiering?.bronnen).map(([index, bron]) => sourceFact(index, bron));
  const sourceById = new Map<string, SourceFact>();
  for (const source of sources) if (isText(source.bron.id) && !sourceById.has(source.bron.id)) sourceById.set(source.bron.id, source);

  const interventions: InterventionFact[] = entries(p.interventies).map(([index, interventie]) => {
    const refs = entries(interventie.financiering).map(([, ref]) => ref).filter(isText);
    const linked: SourceFact[] = [];
    const unresolved: string[] = [];
    for (const ref of refs) {
      const source = sourceById.get(ref);
      if (!source) unresolved.push(ref);
      else if (!linked.includes(source)) linked.push(source);
    }
    const ownPeriod = validPeriod(interventie.looptijd);
    const iPeriod = interventionPeriod(p, interventie);
    const lastPaying = linked.reduce<number | undefined>(
      (last, source) => (source.lastPaying !== undefined && (last === undefined || source.lastPaying > last) ? source.lastPaying : last),
      undefined,
    );
    let status: FundingStatus = 'ok';
    if (refs.length === 0) status = 'none';
    else if (linked.length === 0) status = 'unresolved';
    else if (lastPaying === undefined) status = 'never';
    else if (iPeriod && lastPaying < iPeriod.end.year) status = 'early';
    const budgetPerYear = finiteAmounts(amountsPerYear(Array.isArray(interventie.begroting) ? interventie.begroting : undefined));
    return {
      index,
      pointer: `/interventies/${index}`,
      interventie,
      period: iPeriod,
      inheritsPeriod: !ownPeriod && iPeriod !== undefined,
      sources: linked,
      unresolved,
      lastPaying,
      status,
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
  const seenIds = new Set<string>();
  const partners: PartnerFact[] = entries(p.partners).map(([index, partner]) => {
    // A duplicate id (WP003) carries nothing of its own: refs resolve to the first.
    const id = isText(partner.id) && !seenIds.has(partner.id) ? partner.id : undefined;
    if (id) seenIds.add(id);
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
    const requirements: Requirement[] = [];
    for (const fact of [...owns, ...leads]) if (fact.period) requirements.push({ until: fact.period.end, yearOnly: false });
    if ((budgetHolder || steering || programmeManager) && period) requirements.push({ until: period.end, yearOnly: false });
    for (const source of pays) if (source.lastPaying !== undefined) requirements.push({ until: { year: source.lastPaying, month: 1, day: 1 }, yearOnly: true });
    const commitmentUntil = parseDate(partner.commitment?.tot);
    const carries = owns.length > 0 || leads.length > 0 || pays.length > 0 || budgetHolder || steering || programmeManager;
    let commitmentStatus: PartnerFact['commitmentStatus'] = 'none';
    if (commitmentUntil) {
      commitmentStatus = requirements.some((req) => compareDates(commitmentUntil, req.until) < 0) ? 'short' : 'ok';
    } else if (carries && !partner.commitment) {
      commitmentStatus = 'missing';
    }
    const latest = maxDate(requirements.map((req) => (req.yearOnly ? endOfYear(req.until.year) : req.until)));
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
    money: moneyFacts(sources, interventions),
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

function moneyFacts(sources: SourceFact[], interventions: InterventionFact[]): MoneyFacts {
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
    shortYears: sources.length > 0 ? years.filter((entry) => entry.budget > entry.funding).map((entry) => entry.year) : [],
    lastFundedYear: funded.at(-1)?.year,
    lastPayingByKind,
  };
}
