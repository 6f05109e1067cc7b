import { collectIds } from '../../analysis/refs';
import type { RuleDefinition } from '../../rule';

export const WP003: RuleDefinition = {
  code: 'WP003',
  name: 'duplicate-id',
  category: 'WP0',
  severity: 'error',
  summary: {
    nl: 'Een id wordt een tweede keer gebruikt.',
    en: 'An id is used a second time.',
  },
  messages: {
    duplicate: {
      nl: 'Id "{id}" is al eerder in het plan gebruikt: elke id hoort één keer voor te komen, anders is niet duidelijk naar welk onderdeel een verwijzing wijst.',
      en: 'Id "{id}" is already used earlier in the plan: every id must occur once, or it is unclear which item a reference points to.',
    },
    first: {
      nl: 'Hier staat id "{id}" voor het eerst',
      en: 'Here id "{id}" is used for the first time',
    },
  },
  sources: [],
  rationale: {
    nl: 'Partners, doelen, indicatoren, interventies en bronnen verwijzen naar elkaar met hun id; een id die twee keer voorkomt, maakt die verwijzingen dubbelzinnig.',
    en: 'Partners, goals, indicators, interventions and sources refer to each other by id; an id that occurs twice makes those references ambiguous.',
  },
  check(ctx) {
    // Every non-blank text id as written: one that breaks the pattern still counts, since a
    // second use of it is just as ambiguous; ids that are not texts are WP002 only.
    const occurrences = collectIds(ctx.raw)
      .map(({ id, pointer }, order) => ({ id, pointer: `${pointer}/id`, order, offset: ctx.offsetOf(`${pointer}/id`) }))
      .sort((a, b) => a.offset - b.offset || a.order - b.order);
    const first = new Map<string, string>();
    for (const { id, pointer } of occurrences) {
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, pointer);
        continue;
      }
      ctx.report({
        pointer,
        messageId: 'duplicate',
        data: { id },
        related: [{ pointer: earlier, messageId: 'first', data: { id } }],
      });
    }
  },
};
