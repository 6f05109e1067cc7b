import { positionRef } from '../../vocabulary';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP201: RuleDefinition = {
  code: 'WP201',
  name: 'single-owner',
  category: 'WP2',
  watches: ['/interventies/*', '/interventies/*/eigenaars'],
  severity: 'warning',
  summary: {
    nl: 'Een interventie heeft te weinig verschillende eigenaars.',
    en: 'An intervention has too few distinct owners.',
  },
  messages: {
    none: {
      nl: 'Interventie "{id}" heeft geen eigenaars: wijs minstens {min} partners aan die haar dragen, zodat het werk niet van één partij of persoon afhangt.',
      en: 'Intervention "{id}" has no owners: name at least {min} partners that carry it, so the work does not depend on one party or person.',
    },
    one: {
      nl: 'Interventie "{id}" heeft één eigenaar; het plan vraagt er minstens {min}: zoek een mede-eigenaar, zodat het werk doorgaat als die partij afhaakt.',
      en: 'Intervention "{id}" has one owner; the plan asks for at least {min}: find a co-owner, so the work goes on when that party drops out.',
    },
    few: {
      nl: 'Interventie "{id}" heeft {count} eigenaars; het plan vraagt er minstens {min}: zoek nog een mede-eigenaar, zodat het werk doorgaat als één partij afhaakt.',
      en: 'Intervention "{id}" has {count} owners; the plan asks for at least {min}: find another co-owner, so the work goes on when one party drops out.',
    },
  },
  sources: ['001', '000'],
  rationale: {
    nl: 'Een interventie die op één partij of één persoon rust, valt om zodra die vertrekt of bezuinigt; met meer eigenaars is het resultaat minder kwetsbaar.',
    en: 'An intervention that rests on one party or one person collapses as soon as it leaves or cuts back; with more owners the result is less fragile.',
  },
  thresholds: ['minOwners'],
  check(ctx) {
    const min = ctx.thresholds.minOwners;
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      // Distinct values count, also a ref that names no partner (WP004 reports that one).
      const owners = new Set(entries(intervention.eigenaars).map(([, owner]) => owner));
      if (owners.size >= min) continue;
      ctx.report({
        pointer: `/interventies/${index}`,
        messageId: owners.size === 0 ? 'none' : owners.size === 1 ? 'one' : 'few',
        data: { id: intervention.id ?? positionRef(index), count: owners.size, min },
      });
    }
  },
};
