import { compareDates, entries, formatDate, isMissing, moreThanYearsApart, parseDate, planPeriod, type CalendarDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP408: RuleDefinition = {
  code: 'WP408',
  name: 'evaluation-gap',
  category: 'WP4',
  watches: ['/evaluatie/momenten'],
  severity: 'info',
  summary: {
    nl: 'Er zit te veel tijd tussen evaluatiemomenten.',
    en: 'Too much time passes between evaluation moments.',
  },
  messages: {
    gap: {
      nl: 'Tussen {van} en {tot} ligt meer dan {jaren} jaar zonder evaluatie: plan daar een evaluatiemoment, want zonder meting ziet u problemen pas laat.',
      en: 'More than {jaren} years pass between {van} and {tot} without an evaluation: plan an evaluation moment there, because without measuring you see problems late.',
    },
    gaps: {
      nl: 'Op {aantal} plaatsen ligt meer dan {jaren} jaar zonder evaluatie, de eerste tussen {van} en {tot}: plan daar evaluatiemomenten, want zonder meting ziet u problemen pas laat.',
      en: 'In {aantal} places more than {jaren} years pass without an evaluation, the first between {van} and {tot}: plan evaluation moments there, because without measuring you see problems late.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Bijsturen vraagt om regelmatige metingen en gesprekken over de cijfers; een lange periode zonder evaluatie, vanaf de start tot het einde van het plan, laat problemen te lang onopgemerkt.',
    en: 'Steering needs regular measurements and conversations about the figures; a long stretch without evaluation, from the plan start to its end, leaves problems unnoticed for too long.',
  },
  thresholds: ['maxEvaluationGapYears'],
  check(ctx) {
    const period = planPeriod(ctx.plan);
    const moments = ctx.plan.evaluatie?.momenten;
    // Without any evaluation moments there is nothing to measure between; WP407 reports that.
    if (!period || isMissing(moments)) return;
    const years = ctx.thresholds.maxEvaluationGapYears;
    const inside: CalendarDate[] = [];
    for (const [, moment] of entries(moments)) {
      const date = parseDate(moment.datum);
      // A moment whose date is broken or missing (WP002) could fill any gap: a rule that needs
      // a broken date stays silent (rules.md).
      if (!date) return;
      if (compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0) inside.push(date);
    }
    const points = [period.start, ...inside.sort(compareDates), period.end];
    const gaps: Array<[CalendarDate, CalendarDate]> = [];
    for (let n = 1; n < points.length; n++) if (moreThanYearsApart(points[n - 1], points[n], years)) gaps.push([points[n - 1], points[n]]);
    if (gaps.length === 0) return;
    ctx.report({
      pointer: '/evaluatie/momenten',
      messageId: gaps.length === 1 ? 'gap' : 'gaps',
      data: { van: formatDate(gaps[0][0]), tot: formatDate(gaps[0][1]), jaren: years, aantal: gaps.length },
    });
  },
};
