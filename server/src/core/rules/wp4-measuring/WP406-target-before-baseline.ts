import { positionRef } from '../../vocabulary';
import { entries, parseDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP406: RuleDefinition = {
  code: 'WP406',
  name: 'target-before-baseline',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/streefwaarden'],
  severity: 'warning',
  summary: {
    nl: 'Een streefwaarde valt niet na het jaar van de nulmeting.',
    en: 'A target is not later than the baseline year.',
  },
  messages: {
    early: {
      nl: 'Streefwaarde voor {jaar} van indicator "{indicator}" valt niet na het jaar van de nulmeting ({nulmetingjaar}): kies een streefjaar na de nulmeting, anders valt er niets te meten.',
      en: 'The target for {jaar} of indicator "{indicator}" is not later than the baseline year ({nulmetingjaar}): choose a target year after the baseline, or there is nothing to measure.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een streefwaarde beschrijft waar de wijk later moet staan ten opzichte van de nulmeting; ligt het streefjaar op of vóór het meetjaar, dan is de volgorde omgedraaid en zegt de vergelijking niets.',
    en: 'A target describes where the neighbourhood should stand later compared with the baseline; a target year on or before the baseline year reverses the order and makes the comparison meaningless.',
  },
  check(ctx) {
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        const baselineYear = parseDate(indicator.nulmeting?.datum)?.year;
        if (baselineYear === undefined) continue;
        for (const [k, target] of entries(indicator.streefwaarden)) {
          if (typeof target.jaar !== 'number' || target.jaar > baselineYear) continue;
          ctx.report({
            pointer: `/doelen/${i}/indicatoren/${j}/streefwaarden/${k}`,
            messageId: 'early',
            data: { indicator: indicator.id ?? positionRef(j), jaar: target.jaar, nulmetingjaar: baselineYear },
          });
        }
      }
    }
  },
};
