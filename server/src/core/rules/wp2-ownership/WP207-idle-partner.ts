import { entries, type Plan } from '../../model';
import type { RuleDefinition } from '../../rule';

/** Every `ref:partner` value in the plan (refs under `x-` keys are already gone). */
function partnerRefs(plan: Plan): Set<string> {
  const refs = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') refs.add(value);
  };
  for (const [, intervention] of entries(plan.interventies)) {
    for (const [, owner] of entries(intervention.eigenaars)) add(owner);
    add(intervention.trekker?.organisatie);
    add(intervention.voortzetting?.naar);
  }
  add(plan.bestuur?.programmamanager?.organisatie);
  for (const [, member] of entries(plan.bestuur?.stuurgroep)) add(member);
  add(plan.financiering?.budgethouder);
  for (const [, source] of entries(plan.financiering?.bronnen)) add(source.partner);
  for (const [, effect] of entries(plan.financiering?.inverdieneffecten)) add(effect.partner);
  add(plan.evaluatie?.nulmeting?.door);
  for (const [, moment] of entries(plan.evaluatie?.momenten)) {
    add(moment.door);
    for (const [, partner] of entries(moment.met)) add(partner);
  }
  return refs;
}

export const WP207: RuleDefinition = {
  code: 'WP207',
  name: 'idle-partner',
  category: 'WP2',
  severity: 'info',
  summary: {
    nl: 'Een partner wordt nergens in het plan genoemd.',
    en: 'A partner is referenced nowhere in the plan.',
  },
  messages: {
    idle: {
      nl: 'Partner "{id}" heeft geen taak in het plan: geef deze partij een rol (eigenaar, trekker, financier of evaluator) of haal haar weg, want zonder taak draagt zij niets bij.',
      en: 'Partner "{id}" has no task in the plan: give it a role as owner, lead, funder or evaluator, or leave it out, because a partner without a task adds nothing to lasting results.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Een partnerlijst met namen zonder taak wekt de indruk van een brede coalitie die er niet is. Bouw liever voort op organisaties die echt iets dragen, en maak zichtbaar wat dat is.',
    en: 'A list of partners without tasks suggests a broad coalition that is not there. Better to build on organisations that really carry something, and make visible what that is.',
  },
  check(ctx) {
    const refs = partnerRefs(ctx.plan);
    for (const [index, partner] of entries(ctx.plan.partners)) {
      // A partner without a valid id cannot be referenced; WP002 already reports it.
      if (typeof partner.id !== 'string' || refs.has(partner.id)) continue;
      ctx.report({ pointer: `/partners/${index}`, messageId: 'idle', data: { id: partner.id } });
    }
  },
};
