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

export { isMissing, entries } from './items';
export * from './dates';
export { validPeriod, planPeriod, interventionDates, interventionEnd, interventionPeriod } from './analysis/periods';
export { amountsPerYear, yearsOf, lastPayingYear } from './analysis/money';
export { idIndex } from './analysis/refs';

export const GOVERNMENT_KINDS = new Set(['gemeente', 'rijk', 'provincie']);

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
