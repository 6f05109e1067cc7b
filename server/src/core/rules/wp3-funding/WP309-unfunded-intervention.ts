import { positionRef } from '../../vocabulary';
import { entries, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP309: RuleDefinition = {
  code: 'WP309',
  name: 'unfunded-intervention',
  category: 'WP3',
  watches: ['/interventies/*/begroting', '/interventies/*/financiering'],
  severity: 'warning',
  summary: {
    nl: 'Een interventie heeft een begroting maar geen financiering.',
    en: 'An intervention has a budget but no funding.',
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" heeft een begroting maar geen financiering: noem de bronnen die haar betalen, anders is niet te zien of het geld er is.',
      en: 'Intervention "{id}" has a budget but no funding: name the sources that pay for it, or nobody can see whether the money is there.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Een begroting zegt wat iets kost, niet wie het betaalt. Door elke interventie aan haar bronnen te koppelen, valt op welk werk op los zand staat en wat stopt als een bron opdroogt.',
    en: 'A budget says what something costs, not who pays. Linking every intervention to its sources shows which work rests on sand and what stops when a source dries up.',
  },
  fixable: true,
  check(ctx) {
    const sources = entries(ctx.plan.financiering?.bronnen).filter(([, source]) => typeof source.id === 'string');
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (isMissing(intervention.begroting) || !isMissing(intervention.financiering)) continue;
      // Propose a source that serves one of the intervention's goals, else the first one.
      const goals = new Set(entries(intervention.doelen).map(([, goal]) => goal));
      const match = sources.find(([, source]) => entries(source.doelen).some(([, goal]) => goals.has(goal))) ?? sources[0];
      const source = match?.[1].id;
      const pointer = `/interventies/${index}`;
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { id: intervention.id ?? positionRef(index) },
        fix: source
          ? {
              kind: 'insertKey',
              pointer,
              key: 'financiering',
              value: `[${source}]`,
              title: { nl: `Koppel aan bron "${source}"`, en: `Link to source "${source}"` },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
