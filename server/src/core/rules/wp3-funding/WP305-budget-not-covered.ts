import { budgetCover, formatEuros } from '../../analysis/money';
import type { RelatedReport, RuleDefinition } from '../../rule';

/** Kept for callers of the old place; the formatter lives with the money arithmetic. */
export { formatEuros };

export const WP305: RuleDefinition = {
  code: 'WP305',
  name: 'budget-not-covered',
  category: 'WP3',
  watches: ['/interventies/*/begroting', '/financiering/bronnen/*/bedragen'],
  severity: 'warning',
  summary: {
    nl: 'In een jaar kosten de interventies meer dan de bronnen opbrengen.',
    en: 'In some year the interventions cost more than the sources bring in.',
  },
  messages: {
    short: {
      nl: 'In {year} begroten de interventies {budget}, maar brengen de bronnen {funded} op: een tekort van {shortfall}. Dek het tekort of pas de begroting aan, anders stopt er werk halverwege.',
      en: 'In {year} the interventions budget {budget}, but the sources bring in {funded}: a shortfall of {shortfall}. Cover it or adjust the budget, or work stops halfway.',
    },
    budgeting: {
      nl: 'Interventie "{id}" begroot {amount} in {year}.',
      en: 'Intervention "{id}" budgets {amount} in {year}.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Een plan dat meer uitgeeft dan er binnenkomt, moet onderweg zoeken naar geld of projecten schrappen. Door per jaar begroting en bronnen naast elkaar te leggen, ziet u het gat voordat het ontstaat.',
    en: 'A plan that spends more than it receives has to hunt for money on the way or drop projects. Setting budget and sources side by side for each year shows the gap before it opens.',
  },
  check(ctx) {
    // Every year counts, also years outside the plan; a source lacking `soort` still pays.
    const { years, shortYears, perIntervention } = budgetCover(ctx.plan);
    for (const { year, budget: cost, funded: income } of years) {
      if (!shortYears.includes(year)) continue;
      const related: RelatedReport[] = perIntervention
        .filter((item) => (item.cents.get(year) ?? 0) > 0)
        .map((item) => ({
          pointer: `/interventies/${item.index}/begroting`,
          messageId: 'budgeting',
          data: { id: item.id, amount: formatEuros(item.cents.get(year) ?? 0), year },
        }));
      ctx.report({
        pointer: '/financiering',
        messageId: 'short',
        data: { year, budget: formatEuros(cost), funded: formatEuros(income), shortfall: formatEuros(cost - income) },
        related,
      });
    }
  },
};
