import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP701: RuleDefinition = {
  code: 'WP701',
  name: 'goal-without-intervention',
  category: 'WP7',
  watches: ['/doelen/*', '/interventies/*/doelen'],
  severity: 'warning',
  summary: {
    nl: 'Geen interventie werkt aan een doel.',
    en: 'No intervention works towards a goal.',
  },
  messages: {
    orphan: {
      nl: 'Geen interventie werkt aan doel "{goal}": koppel er een interventie aan of haal het doel weg, want een doel waar niemand aan werkt, blijft een belofte op papier.',
      en: 'No intervention works on goal "{goal}": link an intervention to it (doelen) or remove the goal, because a goal nobody works on stays a promise on paper.',
    },
  },
  sources: ['002'],
  rationale: {
    nl: 'Een wijkaanpak hoort een samenhangend geheel van doelen en interventies te zijn; een doel zonder interventie laat zien dat plan en uitvoering los van elkaar staan.',
    en: 'A neighbourhood approach should be a coherent whole of goals and interventions; a goal without an intervention shows that plan and delivery have come apart.',
  },
  check(ctx) {
    const served = new Set<string>();
    for (const [, intervention] of entries(ctx.plan.interventies)) for (const [, id] of entries(intervention.doelen)) served.add(id);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      // A goal without a (valid) id cannot be named by an intervention; WP002 reports it.
      if (typeof goal.id !== 'string' || served.has(goal.id)) continue;
      ctx.report({ pointer: `/doelen/${i}`, messageId: 'orphan', data: { goal: goal.id } });
    }
  },
};
