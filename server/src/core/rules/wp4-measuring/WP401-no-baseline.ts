import { positionRef } from '../../vocabulary';
import { compareDates, entries, formatDate, isMissing, planPeriod, type CalendarDate } from '../../model';
import { skeleton as fillIn, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP401: RuleDefinition = {
  code: 'WP401',
  name: 'no-baseline',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/nulmeting'],
  severity: 'error',
  summary: {
    nl: 'Een indicator heeft geen nulmeting.',
    en: 'An indicator has no baseline.',
  },
  messages: {
    missing: {
      nl: 'Indicator "{indicator}" heeft geen nulmeting: meet vóór de start en vul waarde en datum in, anders kunt u later niet aantonen dat er iets veranderde.',
      en: 'Indicator "{indicator}" has no baseline (nulmeting): measure before the start and fill in value and date, or you cannot show later that anything changed.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Wie wil weten of een interventie past en werkt, moet weten waar de wijk stond toen de interventie begon; alleen een meting vooraf maakt latere cijfers vergelijkbaar.',
    en: 'To know whether an intervention fits and works you need to know where the neighbourhood stood when it began; only a measurement beforehand makes later figures comparable.',
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        if (!isMissing(indicator.nulmeting)) continue;
        const pointer = `/doelen/${i}/indicatoren/${j}`;
        ctx.report({
          pointer,
          messageId: 'missing',
          data: { indicator: indicator.id ?? positionRef(j) },
          fix: period && {
            kind: 'insertKey',
            pointer,
            key: 'nulmeting',
            value: skeleton(indicator.richting, entries(indicator.streefwaarden).map(([, target]) => target), period.start),
            title: { nl: 'Voeg een nulmeting toe', en: 'Add a baseline' },
            safe: false,
          },
        });
      }
    }
  },
};

/**
 * A baseline skeleton that contradicts nothing already in the plan: dated on or before the plan
 * start (so not WP402) and before the first target year (WP406), valued 0 unless a target
 * would then move the wrong way (WP405), in which case it takes that target's value.
 */
function skeleton(direction: string | undefined, targets: Array<{ jaar?: number; waarde?: number }>, start: CalendarDate): string {
  const years = targets.map((target) => target.jaar).filter((year): year is number => typeof year === 'number');
  const values = targets.map((target) => target.waarde).filter((value): value is number => typeof value === 'number');
  let date = start;
  if (years.length > 0) {
    const beforeTargets = { year: Math.min(...years) - 1, month: 12, day: 31 };
    if (compareDates(beforeTargets, date) < 0) date = beforeTargets;
  }
  let value = 0;
  if (direction === 'omhoog' && values.length > 0) value = Math.min(0, ...values);
  if (direction === 'omlaag' && values.length > 0) value = Math.max(0, ...values);
  return `{ waarde: ${value}, datum: ${formatDate(date)}, bron: ${yamlText(fillIn('/doelen/*/indicatoren/*/nulmeting/bron'), true)} }`;
}
