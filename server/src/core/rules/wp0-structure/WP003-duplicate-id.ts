import { asList, asObject } from '../../model';
import type { RuleDefinition } from '../../rule';

/** An `id` as written, with the pointer of its `…/id` value. */
interface IdOccurrence {
  id: string;
  pointer: string;
}

/**
 * Every `id` in the plan as written (x- keys are already gone from `raw`): partners, goals,
 * indicators, interventions and funding sources. Ids that are not texts are WP002 only; an
 * id that breaks the pattern still counts, since a second use of it is just as ambiguous.
 */
function collectIds(raw: unknown): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  const take = (item: unknown, pointer: string) => {
    const id = asObject(item)?.id;
    if (typeof id === 'string' && id.trim() !== '') out.push({ id, pointer: `${pointer}/id` });
  };
  const plan = asObject(raw);
  if (!plan) return out;
  asList(plan.partners).forEach((item, i) => take(item, `/partners/${i}`));
  asList(plan.doelen).forEach((item, i) => {
    take(item, `/doelen/${i}`);
    asList(asObject(item)?.indicatoren).forEach((indicator, j) => take(indicator, `/doelen/${i}/indicatoren/${j}`));
  });
  asList(plan.interventies).forEach((item, i) => take(item, `/interventies/${i}`));
  asList(asObject(plan.financiering)?.bronnen).forEach((item, i) => take(item, `/financiering/bronnen/${i}`));
  return out;
}

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
      nl: 'Id "{id}" is al eerder in het plan gebruikt: elk id hoort één keer voor te komen, anders is niet duidelijk naar welk onderdeel een verwijzing wijst.',
      en: 'Id "{id}" is already used earlier in the plan: every id must occur once, or it is unclear which item a reference points to.',
    },
    first: {
      nl: 'Eerste gebruik van id "{id}"',
      en: 'First use of id "{id}"',
    },
  },
  sources: [],
  rationale: {
    nl: 'Partners, doelen, indicatoren, interventies en bronnen verwijzen naar elkaar met hun id; een id dat twee keer voorkomt maakt die verwijzingen dubbelzinnig.',
    en: 'Partners, goals, indicators, interventions and sources refer to each other by id; an id that occurs twice makes those references ambiguous.',
  },
  check(ctx) {
    const occurrences = collectIds(ctx.raw)
      .map((occurrence, order) => ({ ...occurrence, order, offset: ctx.offsetOf(occurrence.pointer) }))
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
