import { positionRef } from '../../vocabulary';
import { interventionFunding, sourcesById } from '../../analysis/money';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP104: RuleDefinition = {
  code: 'WP104',
  name: 'funding-ends-early',
  category: 'WP1',
  watches: ['/interventies/*/looptijd', '/interventies/*/financiering', '/financiering/bronnen/*/bedragen'],
  severity: 'warning',
  summary: {
    nl: 'De financiering van een interventie stopt vóór haar laatste jaar.',
    en: 'An intervention\'s funding stops before its last year.',
  },
  messages: {
    endsEarly: {
      nl: 'De bronnen van interventie "{id}" betalen tot en met {last}, maar de interventie loopt tot in {end}: regel geld voor de laatste jaren, anders stopt het werk voordat het af is.',
      en: 'The sources of intervention "{id}" pay until {last}, but it runs into {end}: arrange money for the last years, or the work stops before it is done.',
    },
    neverPays: {
      nl: 'De bronnen van interventie "{id}" noemen geen bedrag boven nul, terwijl de interventie loopt tot in {end}: geef de bedragen per jaar, anders is niet te zien dat het werk betaald wordt.',
      en: 'The sources of intervention "{id}" name no amount above zero, while it runs into {end}: give the amounts per year, or there is no sign that the work is paid for.',
    },
  },
  sources: ['000', '004'],
  rationale: {
    nl: 'Projecten leven meestal van geld met een einddatum; houdt dat geld eerder op dan het werk, dan valt het werk stil of begint een haastige zoektocht naar nieuwe middelen. Wie de financiering laat doorlopen tot het einde, geeft een aanpak de tijd om te werken.',
    en: 'Projects usually live on money with an end date; when that money stops before the work does, the work stalls or a hurried search for new means begins. Funding that lasts until the end gives an approach the time to work.',
  },
  check(ctx) {
    const sources = sourcesById(ctx.plan);
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      // Refs that name no source are WP004's; with none resolving there is nothing to judge.
      // Its end year: the year of its own `eind`, else of the plan's; silent when that is broken.
      const { status, lastPaying: last, end } = interventionFunding(ctx.plan, intervention, sources);
      if ((status !== 'early' && status !== 'never') || !end) continue;
      const endYear = end.year;
      const id = intervention.id ?? positionRef(index);
      ctx.report({
        pointer: `/interventies/${index}/financiering`,
        messageId: last === undefined ? 'neverPays' : 'endsEarly',
        data: last === undefined ? { id, end: endYear } : { id, last, end: endYear },
      });
    }
  },
};
