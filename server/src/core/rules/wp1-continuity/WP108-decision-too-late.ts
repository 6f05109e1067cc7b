import { positionRef } from '../../vocabulary';
import { addMonths, compareDates, entries, interventionEnd, parseDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP108: RuleDefinition = {
  code: 'WP108',
  name: 'decision-too-late',
  category: 'WP1',
  watches: ['/interventies/*/voortzetting', '/interventies/*/voortzetting/besluitmoment'],
  severity: 'warning',
  summary: {
    nl: 'Het besluit over voortzetting valt te kort voor het einde van de interventie.',
    en: 'Continuation is decided too shortly before the intervention ends.',
  },
  messages: {
    tooLate: {
      nl: 'Over het vervolg van interventie "{id}" wordt minder dan {months} maanden voor haar einde besloten: kies een eerder besluitmoment, want de begroting ligt een jaar vooruit vast.',
      en: 'Continuation of intervention "{id}" is decided less than {months} months before it ends: choose an earlier decision date, because the budget is set a year ahead.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Structureel geld komt uit de gewone begroting, en die wordt in het najaar voor het begrotingsjaar vastgesteld. Wie pas vlak voor het einde van het projectgeld besluit of een aanpak doorgaat, is te laat om dat geld nog te regelen: het werk valt dan stil of leeft op noodgeld.',
    en: 'Structural money comes from the regular budget, which is set in the autumn before the budget year. Deciding only just before the project money ends whether an approach continues is too late to arrange that money: the work then stalls or lives on emergency funds.',
  },
  thresholds: ['minDecisionLeadMonths'],
  check(ctx) {
    const months = ctx.thresholds.minDecisionLeadMonths;
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const decision = parseDate(intervention.voortzetting?.besluitmoment);
      const end = interventionEnd(ctx.plan, intervention);
      // Silent when either date is missing or broken (rules.md, "Substance (1.1)").
      if (!decision || !end) continue;
      // A decision after the end is WP103's.
      if (compareDates(decision, end) > 0) continue;
      if (compareDates(addMonths(decision, months), end) <= 0) continue;
      ctx.report({
        pointer: `/interventies/${index}/voortzetting/besluitmoment`,
        messageId: 'tooLate',
        data: { id: intervention.id ?? positionRef(index), months },
      });
    }
  },
};
