import { isMissing } from '../../model';
import { insertIntoSection, type RuleDefinition } from '../../rule';

export const WP601: RuleDefinition = {
  code: 'WP601',
  name: 'residents-not-involved',
  category: 'WP6',
  watches: ['/bewoners', '/bewoners/betrokkenheid'],
  severity: 'warning',
  summary: {
    nl: 'Het plan zegt niet waar bewoners meedoen.',
    en: 'The plan does not say where residents take part.',
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen betrokkenheid van bewoners: wat bewoners niet mee bedenken en uitvoeren, dragen zij ook niet als het programma stopt.',
      en: 'The plan names no resident involvement (betrokkenheid): what residents do not help shape and carry out, they will not carry on once the programme stops.',
    },
  },
  sources: ['002', '004'],
  rationale: {
    nl: 'Bewoners kennen hun buurt het best en blijven er wonen als professionals en budgetten vertrekken; wie hen laat meedoen bij analyse, agenda, uitvoering en evaluatie, bouwt iets dat blijft.',
    en: 'Residents know their neighbourhood best and stay when professionals and budgets leave; involving them in analysis, agenda, delivery and evaluation builds something that lasts.',
  },
  fixable: true,
  check(ctx) {
    const residents = ctx.plan.bewoners;
    if (!isMissing(residents?.betrokkenheid)) return;
    // The skeleton picks the two forms that let residents set the agenda, so WP602 stays quiet.
    const value = '[gebiedsanalyse, wijkagenda]';
    const title = { nl: 'Voeg betrokkenheid van bewoners toe', en: 'Add resident involvement' };
    ctx.report({
      pointer: residents ? '/bewoners' : '',
      messageId: 'missing',
      fix: insertIntoSection('bewoners', Boolean(residents), 'betrokkenheid', value, title, false),
    });
  },
};
