import { positionRef } from '../vocabulary';
/**
 * Commitments: what each partner carries and until when its commitment must reach for it
 * (WP204, WP205 and the preview's partner cards read this one derivation).
 */
import { compareDates, formatDate, parseDate, type CalendarDate } from '../dates';
import { entries, isMissing } from '../items';
import type { Partner, Plan } from '../model';
import type { MessageData } from '../types';
import { lastPayingYear } from './money';
import { interventionEnd, planPeriod } from './periods';

/** Something a partner carries, and the date its commitment must reach for it. */
export interface Carried {
  messageId: 'owner' | 'trekker' | 'budgethouder' | 'stuurgroep' | 'programmamanager' | 'source';
  data: MessageData;
  /** The commitment's `tot` must not be before this date. */
  required: CalendarDate;
  /** The last day of what is carried: a `tot` on or after it covers it fully. */
  through: CalendarDate;
}

/**
 * What the partner with this id carries: the interventions it owns or leads, the plan as a
 * whole when it holds the budget, sits on the steering board or employs the programme
 * manager, and the sources it pays.
 */
export function carriedBy(plan: Plan, partnerId: string): Carried[] {
  return carriedByPartner(plan).get(partnerId) ?? [];
}

/**
 * What every partner carries, in one pass over the plan (a large plan has thousands of
 * partners and interventions). Per partner: its interventions in plan order, then its roles
 * for the whole plan, then the sources it pays.
 */
export function carriedByPartner(plan: Plan): Map<string, Carried[]> {
  const interventions = new Map<string, Carried[]>();
  const roles = new Map<string, Carried[]>();
  const sources = new Map<string, Carried[]>();
  const add = (map: Map<string, Carried[]>, id: string, carried: Carried) => {
    const list = map.get(id);
    if (list) list.push(carried);
    else map.set(id, [carried]);
  };
  for (const [index, intervention] of entries(plan.interventies)) {
    const owners = new Set(entries(intervention.eigenaars).map(([, owner]) => owner));
    const lead = intervention.trekker?.organisatie;
    if (owners.size === 0 && typeof lead !== 'string') continue;
    const end = interventionEnd(plan, intervention);
    if (!end) continue;
    const data = { item: intervention.id ?? positionRef(index), end: formatDate(end) };
    for (const owner of owners) if (typeof owner === 'string') add(interventions, owner, { messageId: 'owner', data, required: end, through: end });
    if (typeof lead === 'string' && !owners.has(lead)) add(interventions, lead, { messageId: 'trekker', data, required: end, through: end });
  }
  const plansEnd = planPeriod(plan)?.end;
  if (plansEnd) {
    // In this order per partner: budgethouder, stuurgroep, programmamanager.
    const holders = new Map<string, Array<Carried['messageId']>>();
    const note = (id: unknown, messageId: Carried['messageId']) => {
      if (typeof id !== 'string') return;
      const list = holders.get(id) ?? [];
      if (!list.includes(messageId)) list.push(messageId);
      holders.set(id, list);
    };
    note(plan.financiering?.budgethouder, 'budgethouder');
    for (const [, member] of entries(plan.bestuur?.stuurgroep)) note(member, 'stuurgroep');
    note(plan.bestuur?.programmamanager?.organisatie, 'programmamanager');
    for (const [id, list] of holders) {
      for (const messageId of list) add(roles, id, { messageId, data: { end: formatDate(plansEnd) }, required: plansEnd, through: plansEnd });
    }
  }
  for (const [index, source] of entries(plan.financiering?.bronnen)) {
    if (typeof source.partner !== 'string') continue;
    const last = lastPayingYear(source.bedragen);
    if (last === undefined) continue;
    // Reaching into the last paying year is enough.
    add(sources, source.partner, {
      messageId: 'source',
      data: { item: source.id ?? positionRef(index), end: last },
      required: { year: last, month: 1, day: 1 },
      through: { year: last, month: 12, day: 31 },
    });
  }
  const all = new Map<string, Carried[]>();
  for (const id of new Set([...interventions.keys(), ...roles.keys(), ...sources.keys()])) {
    all.set(id, [...(interventions.get(id) ?? []), ...(roles.get(id) ?? []), ...(sources.get(id) ?? [])]);
  }
  return all;
}

/** How a partner's commitment relates to what it carries. */
export interface CommitmentFact {
  /** What it carries, as `carriedByPartner` lists it. */
  carried: Carried[];
  /** Its commitment's `tot`, when valid. */
  until: CalendarDate | undefined;
  /** The most demanding thing its commitment falls short of (WP204), if any. */
  shortOf: Carried | undefined;
  /**
   * `short`: the commitment ends before something it carries (WP204); `missing`: it owns an
   * intervention or pays a source without any commitment (WP205); `ok`; `none` otherwise.
   */
  status: 'ok' | 'short' | 'missing' | 'none';
  /** The last day of anything it carries. */
  carriesThrough: CalendarDate | undefined;
}

/** The commitment of one partner, by the rules of WP204 and WP205. */
export function commitmentOf(plan: Plan, partner: Partner, carriedAll: Map<string, Carried[]>): CommitmentFact {
  const id = typeof partner.id === 'string' ? partner.id : undefined;
  const carried = id === undefined ? [] : (carriedAll.get(id) ?? []);
  const until = parseDate(partner.commitment?.tot);
  let shortOf: Carried | undefined;
  if (until) {
    // The most demanding thing it falls short of.
    for (const item of carried) {
      if (compareDates(until, item.required) >= 0) continue;
      if (!shortOf || compareDates(item.required, shortOf.required) > 0) shortOf = item;
    }
  }
  let status: CommitmentFact['status'] = until ? 'ok' : 'none';
  if (shortOf) status = 'short';
  else if (id !== undefined && isMissing(partner.commitment) && carriesWithoutCommitment(plan, id)) status = 'missing';
  let carriesThrough: CalendarDate | undefined;
  for (const item of carried) if (!carriesThrough || compareDates(item.through, carriesThrough) > 0) carriesThrough = item.through;
  return { carried, until, shortOf, status, carriesThrough };
}

/** The first intervention it owns, else the first source it pays (what WP205 names), if any. */
export function firstOwnedOrPaid(plan: Plan, id: string): { messageId: 'owner' | 'source'; index: number; itemId: string | undefined } | undefined {
  const owned = entries(plan.interventies).find(([, intervention]) => entries(intervention.eigenaars).some(([, owner]) => owner === id));
  if (owned) return { messageId: 'owner', index: owned[0], itemId: owned[1].id };
  const paid = entries(plan.financiering?.bronnen).find(([, source]) => source.partner === id);
  if (paid) return { messageId: 'source', index: paid[0], itemId: paid[1].id };
  return undefined;
}

function carriesWithoutCommitment(plan: Plan, id: string): boolean {
  return firstOwnedOrPaid(plan, id) !== undefined;
}
