import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP409: RuleDefinition = {
  code: 'WP409',
  name: 'no-knowledge-partner',
  category: 'WP4',
  severity: 'info',
  summary: {
    nl: 'Geen kennisinstituut doet mee aan de evaluatie.',
    en: 'No knowledge institute takes part in the evaluation.',
  },
  messages: {
    missing: {
      nl: 'Geen partner van soort kennisinstituut voert de nulmeting of een evaluatie uit of doet eraan mee: een onafhankelijke onderzoeker helpt vast te stellen welke aanpak echt werkt en dus borging verdient.',
      en: 'No partner of kind kennisinstituut carries out the baseline or an evaluation, or takes part in one: an independent researcher helps establish which approach really works and so deserves to be secured.',
    },
  },
  sources: ['000', '003'],
  rationale: {
    nl: 'Kennisinstituten helpen goede praktijken te evalueren, te selecteren en over te dragen; zonder hen blijft de vraag wat werkt vaak bij indrukken van de eigen organisatie.',
    en: 'Knowledge institutes help evaluate, select and pass on good practice; without them the question of what works often rests on the impressions of those involved.',
  },
  check(ctx) {
    const institutes = new Set<string>();
    for (const [, partner] of entries(ctx.plan.partners)) if (partner.soort === 'kennisinstituut' && partner.id) institutes.add(partner.id);
    const evaluation = ctx.plan.evaluatie;
    const involved: Array<string | undefined> = [evaluation?.nulmeting?.door];
    for (const [, moment] of entries(evaluation?.momenten)) involved.push(moment.door, ...entries(moment.met).map(([, id]) => id));
    if (involved.some((id) => id !== undefined && institutes.has(id))) return;
    ctx.report({ pointer: evaluation ? '/evaluatie' : '', messageId: 'missing' });
  },
};
