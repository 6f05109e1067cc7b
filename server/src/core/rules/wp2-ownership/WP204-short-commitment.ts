import { carriedByPartner, commitmentOf } from '../../analysis/commitments';
import { entries, formatDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP204: RuleDefinition = {
  code: 'WP204',
  name: 'short-commitment',
  category: 'WP2',
  watches: ['/partners/*/commitment', '/partners/*/commitment/tot'],
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
    nl: 'Een partner die eerder stopt dan het werk dat die partner draagt, laat een gat achter. Een lange aanpak vraagt partners die zich voor de hele duur vastleggen, zoals in Leeuwarden Oost voor twintig jaar.',
    en: 'A partner that stops before the work it carries leaves a gap. A long-running approach needs partners who commit for its whole length, as in Leeuwarden Oost for twenty years.',
  },
  check(ctx) {
    const carriedAll = carriedByPartner(ctx.plan);
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.id !== 'string') continue;
      // One finding per partner, about the most demanding thing it falls short of.
      const { until: tot, shortOf: worst } = commitmentOf(ctx.plan, partner, carriedAll);
      if (!tot || !worst) continue;
      ctx.report({
        pointer: `/partners/${index}/commitment`,
        messageId: worst.messageId,
        data: { id: partner.id, tot: formatDate(tot), ...worst.data },
      });
    }
  },
};
