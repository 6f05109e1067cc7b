import { collectRefs, idIndex } from '../../analysis/refs';
import { closest } from '../../closest';
import type { RefKind } from '../../language/schema-info';
import type { RuleContext, RuleDefinition } from '../../rule';

/** Where the items of a kind are defined; the nearest section that exists when the list does not. */
function definitionsPointer(ctx: RuleContext, kind: RefKind): string {
  const candidates = kind === 'partner' ? ['/partners'] : kind === 'doel' ? ['/doelen'] : ['/financiering/bronnen', '/financiering'];
  return candidates.find((pointer) => ctx.offsetOf(pointer) >= 0) ?? '';
}

export const WP004: RuleDefinition = {
  code: 'WP004',
  name: 'unknown-ref',
  category: 'WP0',
  severity: 'error',
  summary: {
    nl: 'Een verwijzing noemt geen bestaand onderdeel van die soort.',
    en: 'A reference names no existing item of its kind.',
  },
  messages: {
    partner: {
      nl: '"{ref}" is geen id van een partner: voeg de partner toe onder partners of verbeter de verwijzing, anders telt deze partij nergens mee.',
      en: '"{ref}" is not the id of a partner: add the partner under partners or correct the reference, or this party counts nowhere.',
    },
    partnerSuggestion: {
      nl: '"{ref}" is geen id van een partner; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, telt nergens mee.',
      en: '"{ref}" is not the id of a partner; did you mean "{suggestion}"? A reference that names nothing counts nowhere.',
    },
    doel: {
      nl: '"{ref}" is geen id van een doel: voeg het doel toe onder doelen of verbeter de verwijzing, anders is niet te zien waaraan dit bijdraagt.',
      en: '"{ref}" is not the id of a goal: add the goal under goals (doelen) or correct the reference, or it is unclear what this contributes to.',
    },
    doelSuggestion: {
      nl: '"{ref}" is geen id van een doel; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, laat niet zien waaraan dit bijdraagt.',
      en: '"{ref}" is not the id of a goal; did you mean "{suggestion}"? A reference that names nothing does not show what this contributes to.',
    },
    bron: {
      nl: '"{ref}" is geen id van een financieringsbron: voeg de bron toe onder financiering.bronnen of verbeter de verwijzing, anders is niet te zien wie dit betaalt.',
      en: '"{ref}" is not the id of a funding source: add the source under financiering.bronnen or correct the reference, or it is unclear who pays for this.',
    },
    bronSuggestion: {
      nl: '"{ref}" is geen id van een financieringsbron; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, laat niet zien wie dit betaalt.',
      en: '"{ref}" is not the id of a funding source; did you mean "{suggestion}"? A reference that names nothing does not show who pays for this.',
    },
    partnersDefined: { nl: 'Hier staan de partners', en: 'The partners are defined here' },
    doelenDefined: { nl: 'Hier staan de doelen', en: 'The goals are defined here' },
    bronnenDefined: { nl: 'Hier staan de financieringsbronnen', en: 'The funding sources are defined here' },
  },
  sources: [],
  rationale: {
    nl: 'Een plan legt verbanden met verwijzingen: wie eigenaar is, welk doel een interventie dient, welke bron betaalt. Een verwijzing die niets noemt, maakt zo\'n verband ongemerkt ongedaan.',
    en: 'A plan makes its links with references: who owns what, which goal an intervention serves, which source pays. A reference that names nothing silently undoes such a link.',
  },
  check(ctx) {
    const index = idIndex(ctx.plan);
    // One list of ids per kind, however many references miss.
    const ids = new Map<string, string[]>();
    for (const { kind, value, pointer } of collectRefs(ctx.raw)) {
      // A ref that is not a text is WP002 only; a blank one counts as missing.
      if (typeof value !== 'string' || value.trim() === '') continue;
      const known = index[kind];
      if (known.has(value)) continue;
      let candidates = ids.get(kind);
      if (!candidates) ids.set(kind, (candidates = [...known.keys()]));
      const suggestion = closest(value, candidates);
      const definedAt = definitionsPointer(ctx, kind);
      ctx.report({
        pointer,
        messageId: suggestion ? `${kind}Suggestion` : kind,
        data: suggestion ? { ref: value, suggestion } : { ref: value },
        related: [{ pointer: definedAt, messageId: kind === 'partner' ? 'partnersDefined' : kind === 'doel' ? 'doelenDefined' : 'bronnenDefined' }],
      });
    }
  },
};
