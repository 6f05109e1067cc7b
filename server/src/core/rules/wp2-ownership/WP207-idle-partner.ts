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
    nl: 'Een partnerlijst met namen zonder taak wekt de indruk van een brede coalitie die er niet is. Wijkengids 2 raadt aan voort te bouwen op bestaande instellingen in plaats van nieuwe organisaties binnen te halen; daaruit leidt dit project af: geef elke partner een zichtbare taak.',
    en: 'A list of partners without tasks suggests a broad coalition that is not there. Wijkengids 2 advises building on existing institutions instead of bringing in new organisations; from that this project infers: give every partner a visible task.',
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
