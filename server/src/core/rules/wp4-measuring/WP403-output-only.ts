import { positionRef } from '../../vocabulary';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP403: RuleDefinition = {
  code: 'WP403',
  name: 'output-only',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren', '/doelen/*/indicatoren/*/soort'],
  severity: 'warning',
  summary: {
    nl: 'Een doel meet alleen output, geen outcome.',
    en: 'A goal measures only output, no outcome.',
  },
  messages: {
    outputOnly: {
      nl: 'Doel "{goal}" heeft alleen output-indicatoren: wat er is geleverd, zegt niet of de wijk erop vooruitgaat, dus meet ook een verandering in de wijk (outcome).',
      en: 'Goal "{goal}" has only output indicators: what was delivered does not show whether the neighbourhood improves, so also measure a change in the neighbourhood (outcome).',
    },
  },
  sources: ['002', '003'],
  rationale: {
    nl: 'Tellen wat er is gedaan is makkelijk, maar laat niet zien of de wijk blijvend verandert; een doel heeft minstens één indicator nodig die de uitkomst in de wijk volgt.',
    en: 'Counting what was done is easy but does not show whether the neighbourhood changes for good; a goal needs at least one indicator that follows the outcome in the neighbourhood.',
  },
  check(ctx) {
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      const indicators = entries(goal.indicatoren);
      // An indicator whose soort is absent or broken is not known to be output, so the rule stays silent.
      if (indicators.length === 0 || !indicators.every(([, indicator]) => indicator.soort === 'output')) continue;
      ctx.report({ pointer: `/doelen/${i}`, messageId: 'outputOnly', data: { goal: goal.id ?? positionRef(i) } });
    }
  },
};
