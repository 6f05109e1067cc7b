import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP409: RuleDefinition = {
  code: 'WP409',
  name: 'no-knowledge-partner',
  category: 'WP4',
  watches: ['/evaluatie', '/evaluatie/nulmeting', '/evaluatie/momenten/*/door', '/evaluatie/momenten/*/met'],
  severity: 'info',
  summary: {
    nl: 'Geen kennisinstituut doet mee aan de evaluatie.',
    en: 'No knowledge institute takes part in the evaluation.',
  },
  messages: {
    missing: {
      nl: 'Geen kennisinstituut doet mee aan de nulmeting of de evaluaties: betrek bijvoorbeeld een hogeschool of universiteit, die met afstand kan toetsen wat werkt.',
      en: 'No knowledge institute (kennisinstituut) takes part in the baseline or the evaluations: involve a college or university, which can test from a distance what works.',
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
