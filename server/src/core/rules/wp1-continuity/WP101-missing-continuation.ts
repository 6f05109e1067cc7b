import { positionRef } from '../../vocabulary';
import { addYears, entries, formatDate, interventionEnd } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP101: RuleDefinition = {
  code: 'WP101',
  name: 'missing-continuation',
  category: 'WP1',
  watches: ['/interventies/*', '/interventies/*/voortzetting'],
  severity: 'error',
  summary: {
    nl: 'Een interventie heeft geen voortzetting.',
    en: 'An intervention has no continuation.',
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" heeft geen voortzetting: leg nu al vast wat er gebeurt als de looptijd eindigt, anders stopt het werk met het geld.',
      en: 'Intervention "{id}" has no continuation: decide now what happens when its period ends, or the work stops when the money does.',
    },
  },
  sources: ['000', '001'],
  rationale: {
    nl: 'Hoe een project doorgaat na afloop wordt zelden bij de start bedacht; wie pas aan het eind nadenkt over inbedden, overdragen of afbouwen, is te laat.',
    en: 'How a project continues once it ends is rarely considered at its start; deciding on embedding, handing over or phasing out only at the end is too late.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (intervention.voortzetting !== undefined && intervention.voortzetting !== null) continue;
      // The skeleton decides one year before the end, so WP103 has nothing to say about it;
      // without a known end it leaves the date out rather than invent one.
      const end = interventionEnd(ctx.plan, intervention);
      const lines = ['strategie: inbedden'];
      if (end) lines.push(`besluitmoment: ${formatDate(addYears(end, -1))}`);
      lines.push(`toelichting: ${yamlText(skeleton('/interventies/*/voortzetting/toelichting'))}`);
      ctx.report({
        pointer: `/interventies/${index}`,
        messageId: 'missing',
        data: { id: intervention.id ?? positionRef(index) },
        fix: {
          kind: 'insertKey',
          pointer: `/interventies/${index}`,
          key: 'voortzetting',
          value: lines.join('\n'),
          title: { nl: 'Voeg een voortzetting toe (inbedden)', en: 'Add a continuation (embed)' },
          safe: false,
        },
      });
    }
  },
};
