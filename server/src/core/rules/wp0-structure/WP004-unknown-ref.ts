import { asList, asObject, idIndex } from '../../model';
import type { RuleContext, RuleDefinition } from '../../rule';
import { closest } from '../../schema';

type RefKind = 'partner' | 'doel' | 'bron';

/** A `ref:<kind>` value as written, with its pointer. */
interface RefOccurrence {
  kind: RefKind;
  value: unknown;
  pointer: string;
}

/** Every ref field of format.md, read from the plan as written (x- keys are already gone). */
function collectRefs(raw: unknown): RefOccurrence[] {
  const out: RefOccurrence[] = [];
  const one = (kind: RefKind, parent: unknown, key: string, pointer: string) => {
    const object = asObject(parent);
    if (object && key in object) out.push({ kind, value: object[key], pointer: `${pointer}/${key}` });
  };
  const many = (kind: RefKind, parent: unknown, key: string, pointer: string) => {
    asList(asObject(parent)?.[key]).forEach((value, i) => out.push({ kind, value, pointer: `${pointer}/${key}/${i}` }));
  };
  const plan = asObject(raw);
  if (!plan) return out;

  asList(plan.interventies).forEach((intervention, i) => {
    const at = `/interventies/${i}`;
    many('doel', intervention, 'doelen', at);
    many('partner', intervention, 'eigenaars', at);
    one('partner', asObject(intervention)?.trekker, 'organisatie', `${at}/trekker`);
    many('bron', intervention, 'financiering', at);
    one('partner', asObject(intervention)?.voortzetting, 'naar', `${at}/voortzetting`);
  });

  const bestuur = asObject(plan.bestuur);
  one('partner', bestuur?.programmamanager, 'organisatie', '/bestuur/programmamanager');
  many('partner', bestuur, 'stuurgroep', '/bestuur');

  const financiering = asObject(plan.financiering);
  one('partner', financiering, 'budgethouder', '/financiering');
  asList(financiering?.bronnen).forEach((bron, i) => {
    one('partner', bron, 'partner', `/financiering/bronnen/${i}`);
    many('doel', bron, 'doelen', `/financiering/bronnen/${i}`);
  });
  asList(financiering?.inverdieneffecten).forEach((effect, i) => one('partner', effect, 'partner', `/financiering/inverdieneffecten/${i}`));

  const evaluatie = asObject(plan.evaluatie);
  one('partner', evaluatie?.nulmeting, 'door', '/evaluatie/nulmeting');
  asList(evaluatie?.momenten).forEach((moment, i) => {
    one('partner', moment, 'door', `/evaluatie/momenten/${i}`);
    many('partner', moment, 'met', `/evaluatie/momenten/${i}`);
  });
  return out;
}

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
    for (const { kind, value, pointer } of collectRefs(ctx.raw)) {
      // A ref that is not a text is WP002 only; a blank one counts as missing.
      if (typeof value !== 'string' || value.trim() === '') continue;
      const known = index[kind];
      if (known.has(value)) continue;
      const suggestion = closest(value, [...known.keys()]);
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
