import { entries, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP303: RuleDefinition = {
  code: 'WP303',
  name: 'no-budget-holder',
  category: 'WP3',
  watches: ['/financiering', '/financiering/budgethouder'],
  severity: 'warning',
  summary: {
    nl: 'De financiering heeft geen budgethouder.',
    en: 'The funding has no budget holder.',
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen budgethouder: breng het wijkbudget onder bij één partner, want verspreide potjes kosten de uitvoering veel administratie.',
      en: 'The plan names no budget holder (budgethouder): place the neighbourhood budget with one partner, because scattered pots cost the work a lot of administration.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Wijkengids 2 raadt aan de wijkbudgetten, fysiek en sociaal, te oormerken en samen te voegen bij één partij die ze beheert: de budgethouder. Dat scheelt de uitvoering administratie.',
    en: 'Wijkengids 2 advises earmarking the neighbourhood budgets, physical and social, and bringing them together with one central budget holder. That saves the people doing the work administration.',
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    // Without a financiering section WP301 speaks.
    if (!financiering || !isMissing(financiering.budgethouder)) return;
    const partners = entries(ctx.plan.partners).filter(([, partner]) => typeof partner.id === 'string');
    const holder = (partners.find(([, partner]) => partner.soort === 'gemeente') ?? partners[0])?.[1].id;
    ctx.report({
      pointer: '/financiering',
      messageId: 'missing',
      fix: holder
        ? {
            kind: 'insertKey',
            pointer: '/financiering',
            key: 'budgethouder',
            value: holder,
            title: { nl: `Maak "${holder}" budgethouder`, en: `Make "${holder}" the budget holder` },
            safe: false,
          }
        : undefined,
    });
  },
};
