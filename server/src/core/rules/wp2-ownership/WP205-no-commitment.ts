import { positionRef } from '../../vocabulary';
import { compareDates, entries, formatDate, isMissing, planPeriod, type Bron, type CalendarDate, type Interventie } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';
import { carriedByPartner, type Carried } from '../../analysis/commitments';

export const WP205: RuleDefinition = {
  code: 'WP205',
  name: 'no-commitment',
  category: 'WP2',
  watches: ['/partners/*', '/partners/*/commitment'],
  severity: 'info',
  summary: {
    nl: 'Een partner die een interventie of bron draagt, heeft geen commitment.',
    en: 'A partner that carries an intervention or a source has no commitment.',
  },
  messages: {
    owner: {
      nl: 'Partner "{id}" is eigenaar van interventie "{item}", maar er staat geen toezegging (commitment): leg vast tot wanneer en in welk stuk deze partij zich verbindt.',
      en: 'Partner "{id}" owns intervention "{item}", but no commitment (commitment) is stated: record until when and in which agreement it commits, so its effort is not debated every year.',
    },
    source: {
      nl: 'Partner "{id}" betaalt bron "{item}", maar er staat geen toezegging (commitment): leg vast tot wanneer en in welk stuk deze partij zich verbindt, zodat het geld niet zomaar wegvalt.',
      en: 'Partner "{id}" pays source "{item}", but no commitment (commitment) is stated: record until when and in which agreement it commits, so the money does not simply disappear.',
    },
  },
  sources: ['004'],
  rationale: {
    nl: 'Wie een interventie draagt of betaalt, hoort vast te leggen hoe lang dat duurt. Zonder zo\'n afspraak kan een partner elk jaar opnieuw afhaken; met een langjarige toezegging weten de anderen waar ze aan toe zijn.',
    en: 'Whoever carries or pays for an intervention should record for how long. Without such an agreement a partner can drop out every year; a long-term commitment tells the others where they stand.',
  },
  fixable: true,
  check(ctx) {
    const plan = ctx.plan;
    // Who owns what and who pays what, looked up once (only when a partner lacks a commitment):
    // per partner its first intervention and its first source, in plan order.
    let known: { owned: Map<unknown, [number, Interventie]>; paid: Map<unknown, [number, Bron]>; carried: Map<string, Carried[]> } | undefined;
    const lookups = () => {
      if (known) return known;
      const owned = new Map<unknown, [number, Interventie]>();
      for (const entry of entries(plan.interventies)) for (const [, owner] of entries(entry[1].eigenaars)) if (!owned.has(owner)) owned.set(owner, entry);
      const paid = new Map<unknown, [number, Bron]>();
      for (const entry of entries(plan.financiering?.bronnen)) if (!paid.has(entry[1].partner)) paid.set(entry[1].partner, entry);
      return (known = { owned, paid, carried: carriedByPartner(plan) });
    };
    for (const [index, partner] of entries(plan.partners)) {
      if (typeof partner.id !== 'string' || !isMissing(partner.commitment)) continue;
      const id = partner.id;
      const found = lookups();
      const owned = found.owned.get(id);
      const paid = found.paid.get(id);
      if (!owned && !paid) continue;
      const data = owned
        ? { id, item: owned[1].id ?? positionRef(owned[0]) }
        : { id, item: paid![1].id ?? positionRef(paid![0]) };
      // The skeleton commits until the plan's end, or later when the partner carries
      // something beyond it, so the new commitment is not itself too short (WP204).
      let until: CalendarDate | undefined = planPeriod(plan)?.end;
      for (const carried of found.carried.get(id) ?? []) if (!until || compareDates(carried.through, until) > 0) until = carried.through;
      ctx.report({
        pointer: `/partners/${index}`,
        messageId: owned ? 'owner' : 'source',
        data,
        fix: until
          ? {
              kind: 'insertKey',
              pointer: `/partners/${index}`,
              key: 'commitment',
              value: `{ tot: ${formatDate(until)}, vastgelegd_in: ${yamlText(skeleton('/partners/*/commitment/vastgelegd_in'), true)} }`,
              title: { nl: 'Leg vast tot wanneer de partner meedoet', en: 'Record until when the partner takes part' },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
