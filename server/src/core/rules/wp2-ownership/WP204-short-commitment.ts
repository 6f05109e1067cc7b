import {
  compareDates,
  entries,
  formatDate,
  interventionEnd,
  lastPayingYear,
  parseDate,
  planPeriod,
  type CalendarDate,
  type Plan,
} from '../../model';
import type { RuleDefinition } from '../../rule';
import type { MessageData } from '../../types';

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
 * whole when it holds the budget, sits on the steering group or employs the programme
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
    const data = { item: intervention.id ?? String(index + 1), end: formatDate(end) };
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
      data: { item: source.id ?? String(index + 1), end: last },
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

export const WP204: RuleDefinition = {
  code: 'WP204',
  name: 'short-commitment',
  category: 'WP2',
  severity: 'warning',
  summary: {
    nl: 'De toezegging van een partner loopt korter dan het werk dat die partner draagt.',
    en: 'A partner is committed for less time than what it carries.',
  },
  messages: {
    owner: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar is eigenaar van interventie "{item}", die loopt tot {end}: verleng de afspraak, anders staat de interventie aan het eind zonder eigenaar.',
      en: 'Partner "{id}" is committed until {tot}, but owns intervention "{item}", which runs until {end}: extend the agreement, or the intervention ends up without an owner.',
    },
    trekker: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar trekt interventie "{item}", die loopt tot {end}: verleng de afspraak, anders valt de trekker weg voordat het werk klaar is.',
      en: 'Partner "{id}" is committed until {tot}, but leads intervention "{item}", which runs until {end}: extend the agreement, or the lead drops out before the work is done.',
    },
    budgethouder: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar is budgethouder van een plan dat loopt tot {end}: verleng de afspraak, anders staat het wijkbudget zonder houder.',
      en: 'Partner "{id}" is committed until {tot}, but holds the budget of a plan that runs until {end}: extend the agreement, or the neighbourhood budget is left without a holder.',
    },
    stuurgroep: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar zit in de stuurgroep van een plan dat loopt tot {end}: verleng de afspraak, anders verliest de stuurgroep een lid.',
      en: 'Partner "{id}" is committed until {tot}, but sits on the steering group of a plan that runs until {end}: extend the agreement, or the steering group loses a member.',
    },
    programmamanager: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar levert de programmamanager van een plan dat loopt tot {end}: verleng de afspraak, anders valt de regie weg.',
      en: 'Partner "{id}" is committed until {tot}, but provides the programme manager of a plan that runs until {end}: extend the agreement, or direction falls away.',
    },
    source: {
      nl: 'Partner "{id}" heeft zich verbonden tot {tot}, maar betaalt bron "{item}" nog in {end}: verleng de afspraak, anders is dat geld niet zeker.',
      en: 'Partner "{id}" is committed until {tot}, but still pays source "{item}" in {end}: extend the agreement, or that money is not secured.',
    },
  },
  sources: ['004'],
  rationale: {
    nl: 'Een partner die eerder stopt dan het werk dat hij draagt, laat een gat achter. Een lange aanpak vraagt partners die zich voor de hele duur vastleggen, zoals in Leeuwarden Oost voor twintig jaar.',
    en: 'A partner that stops before the work it carries leaves a gap. A long approach needs partners who commit for its whole length, as in Leeuwarden Oost for twenty years.',
  },
  check(ctx) {
    const carriedAll = carriedByPartner(ctx.plan);
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.id !== 'string') continue;
      const tot = parseDate(partner.commitment?.tot);
      if (!tot) continue;
      // One finding per partner, about the most demanding thing it falls short of.
      let worst: Carried | undefined;
      for (const carried of carriedAll.get(partner.id) ?? []) {
        if (compareDates(tot, carried.required) >= 0) continue;
        if (!worst || compareDates(carried.required, worst.required) > 0) worst = carried;
      }
      if (!worst) continue;
      ctx.report({
        pointer: `/partners/${index}/commitment`,
        messageId: worst.messageId,
        data: { id: partner.id, tot: formatDate(tot), ...worst.data },
      });
    }
  },
};
