import { positionRef } from '../../vocabulary';
import { entries, idIndex, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP702: RuleDefinition = {
  code: 'WP702',
  name: 'intervention-without-goal',
  category: 'WP7',
  watches: ['/interventies/*', '/interventies/*/doelen'],
  severity: 'warning',
  summary: {
    nl: 'Een interventie noemt geen doelen.',
    en: 'An intervention names no goals.',
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" noemt geen doelen: koppel haar aan minstens één doel, anders is niet uit te leggen waarom ze nodig is en of ze moet blijven.',
      en: 'Intervention "{id}" names no goals (doelen): link it to at least one goal, or nobody can explain why it is needed and whether it should stay.',
    },
  },
  sources: ['000', '002'],
  rationale: {
    nl: 'Steeds nieuwe projecten toevoegen zonder verband met de doelen levert een carrousel van losse activiteiten op; door elke interventie aan een doel te koppelen, blijft zichtbaar waarom ze er is en of ze moet blijven.',
    en: 'Adding project after project without a link to the goals yields a carousel of loose activities; linking every intervention to a goal keeps visible why it exists and whether it should stay.',
  },
  fixable: true,
  check(ctx) {
    const firstGoal = [...idIndex(ctx.plan).doel.keys()][0];
    for (const [i, intervention] of entries(ctx.plan.interventies)) {
      if (!isMissing(intervention.doelen)) continue;
      const pointer = `/interventies/${i}`;
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { id: intervention.id ?? positionRef(i) },
        fix: firstGoal
          ? {
              kind: 'insertKey',
              pointer,
              key: 'doelen',
              value: `[${firstGoal}]`,
              title: { nl: `Koppel aan doel ${firstGoal}`, en: `Link to goal ${firstGoal}` },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
