import { positionRef } from '../../vocabulary';
import { compareDates, entries, formatDate, parseDate, planPeriod, type BedragItem, type CalendarDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP008: RuleDefinition = {
  code: 'WP008',
  name: 'outside-period',
  category: 'WP0',
  watches: ['/interventies/*/looptijd'],
  severity: 'warning',
  summary: {
    nl: 'Een datum of jaar ligt buiten de looptijd van het plan.',
    en: 'A date or year lies outside the plan\'s period.',
  },
  messages: {
    interventionDate: {
      nl: 'Interventie "{id}" heeft {date} als {key}, buiten de looptijd van het plan ({start} tot en met {eind}): pas de datum of de looptijd van het plan aan.',
      en: 'Intervention "{id}" has {date} as its {key}, outside the plan\'s period ({start} to {eind}): change the date or the plan\'s period.',
    },
    moment: {
      nl: 'Het evaluatiemoment van {date} ligt buiten de looptijd van het plan ({start} tot en met {eind}): pas de datum of de looptijd aan, want zo\'n evaluatie stuurt niet bij.',
      en: 'The evaluation moment of {date} lies outside the plan\'s period ({start} to {eind}): change the date or the period, because such an evaluation does not steer the plan.',
    },
    sourceYear: {
      nl: 'Bron "{id}" noemt het jaar {year} ({key}), buiten de looptijd van het plan ({first} tot en met {last}): pas het jaar of de looptijd aan.',
      en: 'Source "{id}" names the year {year} ({key}), outside the plan\'s period ({first} to {last}): change the year or the plan\'s period.',
    },
    budgetYear: {
      nl: 'De begroting van interventie "{id}" noemt het jaar {year} ({key}), buiten de looptijd van het plan ({first} tot en met {last}): pas het jaar of de looptijd aan.',
      en: 'The budget of intervention "{id}" names the year {year} ({key}), outside the plan\'s period ({first} to {last}): change the year or the plan\'s period.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Alles wat het plan regelt, hoort binnen zijn looptijd te vallen; een datum of jaar daarbuiten is meestal een tikfout of een plan waarvan de looptijd niet is bijgewerkt.',
    en: 'Everything the plan arranges belongs within its period; a date or year outside it is usually a typo, or a plan whose period was not updated.',
  },
  check(ctx) {
    const plan = planPeriod(ctx.plan);
    if (!plan) return;
    const outside = (date: CalendarDate) => compareDates(date, plan.start) < 0 || compareDates(date, plan.end) > 0;
    const yearOutside = (year: number) => year < plan.start.year || year > plan.end.year;
    const dateData = { start: formatDate(plan.start), eind: formatDate(plan.end) };
    const yearData = { first: plan.start.year, last: plan.end.year };

    const checkAmounts = (list: Array<BedragItem | undefined> | undefined, listPointer: string, messageId: string, id: string) => {
      for (const [index, item] of entries(list)) {
        for (const key of ['jaar', 'van', 'tot_en_met'] as const) {
          const year = item[key];
          if (typeof year !== 'number' || !yearOutside(year)) continue;
          ctx.report({ pointer: `${listPointer}/${index}/${key}`, messageId, data: { id, year, key, ...yearData } });
        }
      }
    };

    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const id = intervention.id ?? positionRef(index);
      // Each date of the own period is judged on its own: one that is broken (WP002) is
      // absent and stays unjudged, the other still counts. A reversed period (WP005) counts
      // as absent as a whole.
      const own = intervention.looptijd;
      const start = parseDate(own?.start);
      const end = parseDate(own?.eind);
      if (!(start && end && compareDates(start, end) > 0)) {
        for (const [key, date] of [['start', start], ['eind', end]] as const) {
          if (!date || !outside(date)) continue;
          ctx.report({
            pointer: `/interventies/${index}/looptijd/${key}`,
            messageId: 'interventionDate',
            data: { id, key, date: formatDate(date), ...dateData },
          });
        }
      }
      checkAmounts(intervention.begroting, `/interventies/${index}/begroting`, 'budgetYear', id);
    }

    for (const [index, moment] of entries(ctx.plan.evaluatie?.momenten)) {
      const date = parseDate(moment.datum);
      if (!date || !outside(date)) continue;
      ctx.report({ pointer: `/evaluatie/momenten/${index}/datum`, messageId: 'moment', data: { number: index + 1, date: formatDate(date), ...dateData } });
    }

    for (const [index, bron] of entries(ctx.plan.financiering?.bronnen)) {
      checkAmounts(bron.bedragen, `/financiering/bronnen/${index}/bedragen`, 'sourceYear', bron.id ?? positionRef(index));
    }
  },
};
