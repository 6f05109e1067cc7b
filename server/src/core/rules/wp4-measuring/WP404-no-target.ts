import { positionRef } from '../../vocabulary';
import { entries, isMissing, parseDate, planPeriod } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP404: RuleDefinition = {
  code: 'WP404',
  name: 'no-target',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/streefwaarden'],
  severity: 'warning',
  summary: {
    nl: 'Een indicator heeft geen streefwaarden.',
    en: 'An indicator has no targets.',
  },
  messages: {
    missing: {
      nl: 'Indicator "{indicator}" heeft geen streefwaarden: vul per jaar een streefwaarde in, want anders is niet te zien of het plan op koers ligt.',
      en: 'Indicator "{indicator}" has no targets: fill in a target per year, or you cannot tell whether the plan is on track.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Bijsturen tijdens de uitvoering kan alleen als vooraf is afgesproken welke waarde wanneer bereikt moet zijn; streefwaarden maken van een meting een toets.',
    en: 'Steering during the work is only possible when it is agreed beforehand which value is to be reached when; targets turn a measurement into a test.',
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        if (!isMissing(indicator.streefwaarden)) continue;
        const pointer = `/doelen/${i}/indicatoren/${j}`;
        // The skeleton aims at the plan's last year, which must lie after the baseline's year
        // (WP406); its value repeats the baseline, which is never the wrong way (WP405).
        const baselineYear = parseDate(indicator.nulmeting?.datum)?.year;
        const year = period?.end.year;
        const feasible = year !== undefined && (baselineYear === undefined || year > baselineYear);
        const value = typeof indicator.nulmeting?.waarde === 'number' ? indicator.nulmeting.waarde : 0;
        ctx.report({
          pointer,
          messageId: 'missing',
          data: { indicator: indicator.id ?? positionRef(j) },
          fix: feasible
            ? {
                kind: 'insertKey',
                pointer,
                key: 'streefwaarden',
                value: `[{ jaar: ${year}, waarde: ${value} }]`,
                title: { nl: 'Voeg een streefwaarde toe', en: 'Add a target' },
                safe: false,
              }
            : undefined,
        });
      }
    }
  },
};
