import { positionRef } from '../../vocabulary';
import { entries, type Bron } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP109: RuleDefinition = {
  code: 'WP109',
  name: 'embedding-without-structural-money',
  category: 'WP1',
  watches: ['/interventies/*/financiering', '/interventies/*/voortzetting', '/interventies/*/voortzetting/strategie'],
  severity: 'warning',
  summary: {
    nl: 'Een interventie wordt ingebed, maar geen van haar bronnen is structureel.',
    en: 'An intervention is to be embedded, but none of its sources is structural.',
  },
  messages: {
    noStructural: {
      nl: 'Interventie "{id}" wordt ingebed, maar geen van haar bronnen ({sources}) is structureel: noem een structurele bron of kies een andere strategie, want zonder vast geld stopt het werk.',
      en: 'Intervention "{id}" is to be embedded, but none of its sources ({sources}) is structural: name a structural source or choose another strategy, because without regular money the work stops.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Inbedden betekent dat het werk onderdeel wordt van wat de organisatie gewoon doet, en dat vraagt geld dat elk jaar terugkomt. Wordt een interventie "ingebed" op alleen tijdelijk of resultaatgeld, dan is de strategie een wens en geen plan.',
    en: 'Embedding means the work becomes part of what the organisation does as a matter of course, and that needs money that comes back every year. An intervention "embedded" on temporary or result-based money only has a wish for a strategy, not a plan.',
  },
  check(ctx) {
    const sources = new Map<string, Bron>();
    for (const [, bron] of entries(ctx.plan.financiering?.bronnen)) if (typeof bron.id === 'string' && !sources.has(bron.id)) sources.set(bron.id, bron);

    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (intervention.voortzetting?.strategie !== 'inbedden') continue;
      // Refs that name no source are WP004's; with none resolving there is nothing to judge.
      const named = entries(intervention.financiering)
        .map(([, ref]) => sources.get(ref))
        .filter((bron): bron is Bron => bron !== undefined);
      if (named.length === 0) continue;
      if (named.some((bron) => bron.soort === 'structureel')) continue;
      ctx.report({
        pointer: `/interventies/${index}/voortzetting/strategie`,
        messageId: 'noStructural',
        data: { id: intervention.id ?? positionRef(index), sources: [...new Set(named.map((bron) => bron.id))].join(', ') },
      });
    }
  },
};
