import { positionRef } from '../../vocabulary';
import { compareDates, entries, parseDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP402: RuleDefinition = {
  code: 'WP402',
  name: 'late-baseline',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/nulmeting', '/evaluatie/nulmeting'],
  severity: 'warning',
  summary: {
    nl: 'Een nulmeting is van na de start van het plan.',
    en: 'A baseline is dated after the plan starts.',
  },
  messages: {
    indicator: {
      nl: 'De nulmeting van indicator "{indicator}" is van {datum}, na de start van het plan op {start}: een latere meting telt al een deel van het effect mee in de nulmeting.',
      en: 'The baseline of indicator "{indicator}" is dated {datum}, after the plan starts on {start}: a later measurement already counts part of the effect as the starting value.',
    },
    evaluation: {
      nl: 'De nulmeting van de evaluatie is van {datum}, na de start van het plan op {start}: een latere meting telt al een deel van het effect mee in de nulmeting.',
      en: 'The evaluation baseline is dated {datum}, after the plan starts on {start}: a later measurement already counts part of the effect as the starting point.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een nulmeting legt vast hoe de wijk ervoor staat voordat er iets gebeurt; meet u pas als het werk al loopt, dan is niet meer te zien wat de aanpak zelf heeft veranderd.',
    en: 'A baseline records the situation before anything happens; measuring only once the work is under way hides what the approach itself changed.',
  },
  check(ctx) {
    // Only the plan's start is needed: a broken `eind` (WP002) does not silence this rule, a
    // reversed looptijd (WP005) does, since it then counts as absent.
    const planStart = parseDate(ctx.plan.looptijd?.start);
    const planEnd = parseDate(ctx.plan.looptijd?.eind);
    if (!planStart || (planEnd && compareDates(planStart, planEnd) > 0)) return;
    const start = ctx.plan.looptijd?.start ?? '';
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        const date = parseDate(indicator.nulmeting?.datum);
        if (!date || compareDates(date, planStart) <= 0) continue;
        ctx.report({
          pointer: `/doelen/${i}/indicatoren/${j}/nulmeting`,
          messageId: 'indicator',
          data: { indicator: indicator.id ?? positionRef(j), datum: indicator.nulmeting?.datum ?? '', start },
        });
      }
    }
    const evaluationDate = parseDate(ctx.plan.evaluatie?.nulmeting?.datum);
    if (evaluationDate && compareDates(evaluationDate, planStart) > 0) {
      ctx.report({
        pointer: '/evaluatie/nulmeting',
        messageId: 'evaluation',
        data: { datum: ctx.plan.evaluatie?.nulmeting?.datum ?? '', start },
      });
    }
  },
};
