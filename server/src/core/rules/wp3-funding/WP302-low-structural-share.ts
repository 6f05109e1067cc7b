import { amountsPerYear, entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP302: RuleDefinition = {
  code: 'WP302',
  name: 'low-structural-share',
  category: 'WP3',
  watches: ['/financiering/bronnen', '/financiering/bronnen/*/soort'],
  severity: 'warning',
  summary: {
    nl: 'Te weinig van het geld is structureel.',
    en: 'Too little of the money is structural.',
  },
  messages: {
    low: {
      nl: 'Van alle bedragen is {share}% structureel; het plan vraagt minstens {min}%: maak meer van de financiering structureel, want tijdelijk geld houdt op voordat het resultaat vastligt.',
      en: 'Of all amounts, {share}% is structural; the plan asks for at least {min}%: make more of the funding structural, because temporary money stops before the result is secured.',
    },
  },
  sources: ['000', '001'],
  rationale: {
    nl: 'Projectgeld is tijdelijk en wordt zelden verlengd om iets wat werkt voort te zetten. Wat bewezen werkt, moet uit een structureel budget komen, anders begint elke paar jaar de zoektocht naar geld opnieuw.',
    en: 'Project money is temporary and is rarely extended to continue what works. What has proven to work must come from a structural budget, or the hunt for money starts again every few years.',
  },
  thresholds: ['minStructuralShare'],
  check(ctx) {
    // Whole cents, so that an exact half stays exactly a half (0.1 + 0.2 is not 0.3 in floats).
    let total = 0;
    let structural = 0;
    // Every year of every source counts, also years outside the plan.
    for (const [, source] of entries(ctx.plan.financiering?.bronnen)) {
      let sum = 0;
      for (const amount of amountsPerYear(source.bedragen).values()) sum += Math.round(amount * 100);
      total += sum;
      if (source.soort === 'structureel') structural += sum;
    }
    // Silent when no amount is > 0.
    if (!(total > 0)) return;
    const share = structural / total;
    const min = ctx.thresholds.minStructuralShare;
    if (structural >= min * total) return;
    ctx.report({
      pointer: '/financiering/bronnen',
      messageId: 'low',
      // Rounded down, so a share just below the minimum never reads as equal to it.
      data: { share: Math.floor(share * 100), min: Math.round(min * 100) },
    });
  },
};
