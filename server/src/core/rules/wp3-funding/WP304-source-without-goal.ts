import { positionRef } from '../../vocabulary';
import { entries, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP304: RuleDefinition = {
  code: 'WP304',
  name: 'source-without-goal',
  category: 'WP3',
  watches: ['/financiering/bronnen/*/doelen'],
  severity: 'warning',
  summary: {
    nl: 'Een financieringsbron noemt geen doelen.',
    en: 'A funding source names no goals.',
  },
  messages: {
    missing: {
      nl: 'Bron "{id}" noemt geen doelen: noem de doelen waaraan dit geld bijdraagt, want geld dat de visie niet dient, trekt het plan een andere kant op.',
      en: 'Source "{id}" names no goals: state which goals this money serves, because money that does not serve the vision pulls the plan another way.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Een subsidie is aantrekkelijk, maar alleen de moeite waard als ze aan de eigen doelen bijdraagt. Door per bron de doelen te noemen, bepaalt de visie het geld en niet andersom.',
    en: 'A grant is attractive, but only worth it when it serves the plan\'s own goals. Naming the goals of each source lets the vision steer the money, not the other way round.',
  },
  fixable: true,
  check(ctx) {
    const goal = entries(ctx.plan.doelen).find(([, doel]) => typeof doel.id === 'string')?.[1].id;
    for (const [index, source] of entries(ctx.plan.financiering?.bronnen)) {
      if (!isMissing(source.doelen)) continue;
      const pointer = `/financiering/bronnen/${index}`;
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { id: source.id ?? positionRef(index) },
        fix: goal
          ? {
              kind: 'insertKey',
              pointer,
              key: 'doelen',
              value: `[${goal}]`,
              title: { nl: `Koppel aan doel "${goal}"`, en: `Link to goal "${goal}"` },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
