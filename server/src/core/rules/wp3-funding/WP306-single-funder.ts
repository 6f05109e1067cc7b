import { amountsPerYear, entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP306: RuleDefinition = {
  code: 'WP306',
  name: 'single-funder',
  category: 'WP3',
  watches: ['/financiering/bronnen', '/financiering/bronnen/*/partner'],
  severity: 'warning',
  summary: {
    nl: 'Al het geld komt van één partner.',
    en: 'All the money comes from one partner.',
  },
  messages: {
    single: {
      nl: 'Alle bedragen komen van partner "{partner}": zoek ook andere financiers, zoals bedrijven, zorgverzekeraars of fondsen, want met één financier stopt alles als die bezuinigt.',
      en: 'Every amount comes from partner "{partner}": also look for other funders, such as businesses, health insurers or funds, because with one funder everything stops when it cuts back.',
    },
  },
  sources: ['001'],
  rationale: {
    nl: 'Wie op één financier leunt, is afhankelijk van de begroting en de politieke wind bij die financier. Andere financiers, die zelf baat hebben bij de aanpak, spreiden dat risico.',
    en: 'Leaning on one funder makes the plan depend on that funder\'s budget and political climate. Other funders who gain from the approach themselves spread that risk.',
  },
  check(ctx) {
    const payers = new Set<string>();
    let unknownPayer = false;
    for (const [, source] of entries(ctx.plan.financiering?.bronnen)) {
      // Only an amount > 0 counts as money coming from a partner.
      const pays = [...amountsPerYear(source.bedragen).values()].some((amount) => amount > 0);
      if (!pays) continue;
      if (typeof source.partner === 'string') payers.add(source.partner);
      else unknownPayer = true;
    }
    // A paying source whose partner is broken (WP002) might be someone else: stay silent.
    if (payers.size !== 1 || unknownPayer) return;
    ctx.report({ pointer: '/financiering/bronnen', messageId: 'single', data: { partner: [...payers][0] } });
  },
};
