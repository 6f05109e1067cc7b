import { refsOfKind } from '../../analysis/refs';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP207: RuleDefinition = {
  code: 'WP207',
  name: 'idle-partner',
  category: 'WP2',
  watches: ['/partners/*'],
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
    // Every `ref:partner` value in the plan (refs under `x-` keys are already gone).
    const refs = new Set(refsOfKind(ctx.plan, 'partner').map((ref) => ref.value));
    for (const [index, partner] of entries(ctx.plan.partners)) {
      // A partner without a valid id cannot be referenced; WP002 already reports it.
      if (typeof partner.id !== 'string' || refs.has(partner.id)) continue;
      ctx.report({ pointer: `/partners/${index}`, messageId: 'idle', data: { id: partner.id } });
    }
  },
};
