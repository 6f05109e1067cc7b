import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP703: RuleDefinition = {
  code: 'WP703',
  name: 'one-sided-domains',
  category: 'WP7',
  watches: ['/doelen', '/doelen/*/domein'],
  severity: 'info',
  summary: {
    nl: 'De doelen liggen alleen in het fysieke of alleen in andere domeinen.',
    en: 'The goals lie only in the physical domain, or only outside it.',
  },
  messages: {
    noPhysical: {
      nl: 'Geen enkel doel is fysiek (domein: fysiek): woningen en openbare ruimte ondersteunen de sociale aanpak, dus kijk of het plan die kant nodig heeft.',
      en: 'No goal is physical (domein: fysiek): housing and public space support the social approach, so consider whether the plan needs that side.',
    },
    onlyPhysical: {
      nl: 'Alle doelen zijn fysiek (domein: fysiek): stenen alleen veranderen een wijk zelden blijvend, dus kijk of het plan een sociale kant nodig heeft.',
      en: 'Every goal is physical (domein: fysiek): bricks alone rarely change a neighbourhood for good, so consider whether the plan needs a social side.',
    },
  },
  sources: ['002', '003'],
  rationale: {
    nl: 'Een wijk verandert het duurzaamst als de fysieke en de sociale kant elkaar versterken; tegelijk kan een goede sectorale aanpak volstaan, daarom is dit alleen info.',
    en: 'A neighbourhood changes most lastingly when the physical and social sides reinforce each other; then again a good sectoral approach can be enough, which is why this is only info.',
  },
  check(ctx) {
    const domains = entries(ctx.plan.doelen)
      .map(([, goal]) => goal.domein)
      .filter((domain): domain is string => typeof domain === 'string');
    // Goals whose domein is absent or broken are not counted; with none left there is nothing to weigh.
    if (domains.length === 0) return;
    const physical = domains.filter((domain) => domain === 'fysiek').length;
    if (physical === 0) ctx.report({ pointer: '/doelen', messageId: 'noPhysical' });
    else if (physical === domains.length) ctx.report({ pointer: '/doelen', messageId: 'onlyPhysical' });
  },
};
