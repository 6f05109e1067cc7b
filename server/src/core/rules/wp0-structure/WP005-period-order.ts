import { positionRef } from '../../vocabulary';
import { compareDates, entries, parseDate, type Periode } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP005: RuleDefinition = {
  code: 'WP005',
  name: 'period-order',
  category: 'WP0',
  severity: 'error',
  summary: {
    nl: 'Een looptijd begint na zijn einde.',
    en: 'A period starts after its end.',
  },
  messages: {
    plan: {
      nl: 'De looptijd van het plan begint op {start}, na het einde op {eind}: draai de twee datums om, want zonder geldige looptijd kan geen enkele termijn worden gecontroleerd.',
      en: 'The plan\'s period starts on {start}, after its end on {eind}: swap the dates, since without a valid period no time limit can be checked.',
    },
    intervention: {
      nl: 'De looptijd van interventie "{id}" begint op {start}, na het einde op {eind}: draai de twee datums om. Zolang dat niet is gebeurd, geldt de looptijd van het plan.',
      en: 'The period of intervention "{id}" starts on {start}, after its end on {eind}: swap the two dates. Until you do, the plan\'s own period applies.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Veel controles rekenen met de looptijd: de horizon, het besluitmoment, de financiering per jaar. Een looptijd die eindigt voordat die begint, telt daarom als afwezig, en wordt hier één keer gemeld.',
    en: 'Many checks reckon with the period: the horizon, the decision date, the funding per year. A period that ends before it starts therefore counts as absent, and is reported here once.',
  },
  check(ctx) {
    const isReversed = (period: Periode | undefined): period is Required<Periode> => {
      const start = parseDate(period?.start);
      const end = parseDate(period?.eind);
      return start !== undefined && end !== undefined && compareDates(start, end) > 0;
    };
    if (isReversed(ctx.plan.looptijd)) {
      ctx.report({ pointer: '/looptijd', messageId: 'plan', data: { start: ctx.plan.looptijd.start, eind: ctx.plan.looptijd.eind } });
    }
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (!isReversed(intervention.looptijd)) continue;
      ctx.report({
        pointer: `/interventies/${index}/looptijd`,
        messageId: 'intervention',
        data: { id: intervention.id ?? positionRef(index), start: intervention.looptijd.start, eind: intervention.looptijd.eind },
      });
    }
  },
};
