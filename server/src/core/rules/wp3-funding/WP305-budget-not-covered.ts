import { amountsPerYear, entries, isMissing } from '../../model';
import type { RelatedReport, RuleDefinition } from '../../rule';

/** Euros in Dutch style: `€ 12.500`, or `€ 12.500,50` when there are cents. */
export function formatEuros(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${cents < 0 ? '-' : ''}${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** Adds a `bedragen` list's amounts per year, in whole cents so sums stay exact. */
function addCents(into: Map<number, number>, perYear: Map<number, number>): void {
  for (const [year, amount] of perYear) into.set(year, (into.get(year) ?? 0) + Math.round(amount * 100));
}

export const WP305: RuleDefinition = {
  code: 'WP305',
  name: 'budget-not-covered',
  category: 'WP3',
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
    const bronnen = ctx.plan.financiering?.bronnen;
    if (isMissing(bronnen)) return;
    // Every year counts, also years outside the plan; a source lacking `soort` still pays.
    const funded = new Map<number, number>();
    for (const [, source] of entries(bronnen)) addCents(funded, amountsPerYear(source.bedragen));
    const budget = new Map<number, number>();
    const perIntervention: Array<{ index: number; id: string; cents: Map<number, number> }> = [];
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const cents = new Map<number, number>();
      addCents(cents, amountsPerYear(intervention.begroting));
      addCents(budget, amountsPerYear(intervention.begroting));
      perIntervention.push({ index, id: intervention.id ?? String(index + 1), cents });
    }
    for (const year of [...budget.keys()].sort((a, b) => a - b)) {
      const cost = budget.get(year) ?? 0;
      const income = funded.get(year) ?? 0;
      if (cost <= income) continue;
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
