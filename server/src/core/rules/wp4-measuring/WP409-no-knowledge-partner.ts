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
      nl: 'Geen kennisinstituut doet mee aan de nulmeting of de evaluaties: betrek bijvoorbeeld een hogeschool of universiteit, die helpt beoordelen wat werkt.',
      en: 'No knowledge institute (kennisinstituut) takes part in the baseline or the evaluations: involve, for example, a college or university, which helps judge what works.',
    },
  },
  sources: ['000', '003'],
  rationale: {
    nl: 'Volgens Wijkengids 2 zijn kennisinstituten, en ook het Rijk, van belang om goede lokale voorbeelden te evalueren, te selecteren en te herkennen. Zonder hen blijft het snel bij de indrukken van de partijen zelf.',
    en: 'According to Wijkengids 2, knowledge institutes, and national government too, matter for evaluating, selecting and identifying good local practice. Without them, what works easily rests on the impressions of the parties themselves.',
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
