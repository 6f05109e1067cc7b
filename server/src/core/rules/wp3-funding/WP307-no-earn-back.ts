import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP307: RuleDefinition = {
  code: 'WP307',
  name: 'no-earn-back',
  category: 'WP3',
  watches: ['/financiering', '/financiering/inverdieneffecten'],
  severity: 'info',
  summary: {
    nl: 'De financiering noemt geen inverdieneffecten.',
    en: 'The funding names no earn-back effects.',
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen besparingen elders (inverdieneffecten): beschrijf die als ze er zijn, want een partij die ziet dat zij erbij wint, betaalt eerder mee.',
      en: 'The funding names no earn-back effects: describe which savings or returns the plan brings elsewhere, because a party that sees it gains is more willing to pay.',
    },
  },
  sources: ['000', '002'],
  rationale: {
    nl: 'Een wijkaanpak levert soms elders een besparing op, bijvoorbeeld lagere kosten voor groenbeheer als bewoners meehelpen, of gezamenlijke zorgafspraken. Wie die effecten benoemt en bij de juiste partij neerlegt, heeft een sterk argument voor structureel geld.',
    en: 'A neighbourhood approach sometimes saves money elsewhere, for example lower costs for green maintenance when residents help, or shared care arrangements. Naming those effects and the party that gains them is a strong case for structural money.',
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    // Without a financiering section WP301 speaks.
    if (!financiering || !isMissing(financiering.inverdieneffecten)) return;
    ctx.report({
      pointer: '/financiering',
      messageId: 'missing',
      fix: {
        kind: 'insertKey',
        pointer: '/financiering',
        key: 'inverdieneffecten',
        value: `[{ beschrijving: ${yamlText(skeleton('/financiering/inverdieneffecten/*/beschrijving'), true)} }]`,
        title: { nl: 'Voeg een inverdieneffect toe', en: 'Add an earn-back effect' },
        safe: true,
      },
    });
  },
};
