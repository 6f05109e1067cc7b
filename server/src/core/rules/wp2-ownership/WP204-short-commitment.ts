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
 * whole when it holds the budget, sits on the steering board or employs the programme
 * manager, and the sources it pays.
 */
export function carriedBy(plan: Plan, partnerId: string): Carried[] {
  const carried: Carried[] = [];
  for (const [index, intervention] of entries(plan.interventies)) {
    const owns = entries(intervention.eigenaars).some(([, owner]) => owner === partnerId);
    const leads = intervention.trekker?.organisatie === partnerId;
    if (!owns && !leads) continue;
    const end = interventionEnd(plan, intervention);
    if (!end) continue;
    carried.push({
      messageId: owns ? 'owner' : 'trekker',
      data: { item: intervention.id ?? String(index + 1), end: formatDate(end) },
      required: end,
      through: end,
    });
  }
  const plansEnd = planPeriod(plan)?.end;
  if (plansEnd) {
    const roles: Array<Carried['messageId']> = [];
    if (plan.financiering?.budgethouder === partnerId) roles.push('budgethouder');
    if (entries(plan.bestuur?.stuurgroep).some(([, member]) => member === partnerId)) roles.push('stuurgroep');
    if (plan.bestuur?.programmamanager?.organisatie === partnerId) roles.push('programmamanager');
    for (const messageId of roles) carried.push({ messageId, data: { end: formatDate(plansEnd) }, required: plansEnd, through: plansEnd });
  }
  for (const [index, source] of entries(plan.financiering?.bronnen)) {
    if (source.partner !== partnerId) continue;
    const last = lastPayingYear(source.bedragen);
    if (last === undefined) continue;
    // Reaching into the last paying year is enough.
    carried.push({
      messageId: 'source',
      data: { item: source.id ?? String(index + 1), end: last },
      required: { year: last, month: 1, day: 1 },
      through: { year: last, month: 12, day: 31 },
    });
  }
  return carried;
}

export const WP204: RuleDefinition = {
  code: 'WP204',
  name: 'short-commitment',
  category: 'WP2',
  severity: 'warning',
  summary: {
    nl: 'Een partner is korter gecommitteerd dan wat hij draagt.',
    en: 'A partner is committed for less time than what it carries.',
  },
  messages: {
    owner: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar is eigenaar van interventie "{item}", die loopt tot {end}: verleng de afspraak, anders staat de interventie aan het eind zonder eigenaar.',
      en: 'Partner "{id}" is committed until {tot}, but owns intervention "{item}", which runs until {end}: extend the agreement, or the intervention ends up without an owner.',
    },
    trekker: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar trekt interventie "{item}", die loopt tot {end}: verleng de afspraak, anders valt de trekker weg voordat het werk klaar is.',
      en: 'Partner "{id}" is committed until {tot}, but leads intervention "{item}", which runs until {end}: extend the agreement, or the lead drops out before the work is done.',
    },
    budgethouder: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar is budgethouder van een plan dat loopt tot {end}: verleng de afspraak, anders staat het wijkbudget zonder houder.',
      en: 'Partner "{id}" is committed until {tot}, but holds the budget of a plan that runs until {end}: extend the agreement, or the neighbourhood budget is left without a holder.',
    },
    stuurgroep: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar zit in de stuurgroep van een plan dat loopt tot {end}: verleng de afspraak, anders verliest de stuurgroep een drager.',
      en: 'Partner "{id}" is committed until {tot}, but sits on the steering board of a plan that runs until {end}: extend the agreement, or the board loses a carrier.',
    },
    programmamanager: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar levert de programmamanager van een plan dat loopt tot {end}: verleng de afspraak, anders valt de regie weg.',
      en: 'Partner "{id}" is committed until {tot}, but provides the programme manager of a plan that runs until {end}: extend the agreement, or direction falls away.',
    },
    source: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar betaalt bron "{item}" nog in {end}: verleng de afspraak, anders is dat geld niet zeker.',
      en: 'Partner "{id}" is committed until {tot}, but still pays source "{item}" in {end}: extend the agreement, or that money is not secured.',
    },
  },
  sources: ['004'],
  rationale: {
    nl: 'Een partner die eerder stopt dan het werk dat hij draagt, laat een gat achter. Een lange aanpak vraagt partners die zich voor de hele duur vastleggen, zoals in Leeuwarden Oost voor twintig jaar.',
    en: 'A partner that stops before the work it carries leaves a gap. A long approach needs partners who commit for its whole length, as in Leeuwarden Oost for twenty years.',
  },
  check(ctx) {
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.id !== 'string') continue;
      const tot = parseDate(partner.commitment?.tot);
      if (!tot) continue;
      // One finding per partner, about the most demanding thing it falls short of.
      let worst: Carried | undefined;
      for (const carried of carriedBy(ctx.plan, partner.id)) {
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
