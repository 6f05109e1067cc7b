import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

const CONDITIONS = ['budget', 'mandaat', 'samenwerking'] as const;

/** The skeleton of one condition, as a block value (`flow` for inside `{ … }`). */
const placeholder = (key: (typeof CONDITIONS)[number], flow = false) => yamlText(skeleton(`/bestuur/afspraken/${key}`), flow);

const ALL = `{ ${CONDITIONS.map((key) => `${key}: ${placeholder(key, true)}`).join(', ')} }`;

export const WP308: RuleDefinition = {
  code: 'WP308',
  name: 'conditions-not-agreed',
  category: 'WP3',
  watches: ['/bestuur/afspraken', '/bestuur/afspraken/budget', '/bestuur/afspraken/mandaat', '/bestuur/afspraken/samenwerking'],
  severity: 'info',
  summary: {
    nl: 'Budget, mandaat en samenwerking zijn niet vooraf afgesproken.',
    en: 'Budget, mandate and cooperation are not agreed in advance.',
  },
  messages: {
    noBestuur: {
      nl: 'Het plan noemt geen afspraken vooraf over budget, mandaat en samenwerking: leg die vast, want zonder die ruimte loopt het werk vast op vragen om toestemming.',
      en: 'The plan names no prior agreements on budget, mandate and cooperation (afspraken): record them, because without that room the work gets stuck asking for permission.',
    },
    noAfspraken: {
      nl: 'Het plan noemt geen afspraken vooraf over budget, mandaat en samenwerking: leg die vast, want zonder die ruimte loopt het werk vast op vragen om toestemming.',
      en: 'The plan names no prior agreements on budget, mandate and cooperation (afspraken): record them, because without that room the work gets stuck asking for permission.',
    },
    incomplete: {
      nl: 'Er is nog geen afspraak over "{missing}": leg die vooraf vast, want zonder die ruimte loopt het werk vast op vragen om toestemming.',
      en: 'There is no agreement yet on "{missing}" (budget, mandaat: mandate, samenwerking: cooperation): record it in advance, or the work gets stuck asking for permission.',
    },
    incompleteTwo: {
      nl: 'Er is nog geen afspraak over "{first}" en "{second}": leg die vooraf vast, want zonder die ruimte loopt het werk vast op vragen om toestemming.',
      en: 'There is no agreement yet on "{first}" and "{second}" (mandaat: mandate, samenwerking: cooperation): record them in advance, or the work gets stuck asking for permission.',
    },
    incompleteAll: {
      nl: 'De afspraken noemen geen budget, mandaat of samenwerking: leg vooraf vast wat daarover is afgesproken, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.',
      en: 'The agreements name no budget, mandate or cooperation: record in advance what was agreed on them, because without that room the work gets stuck asking for permission.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Uitvoerders werken sneller en beter als vooraf duidelijk is welk geld er is, wie mag beslissen en hoe partners samenwerken. Wie dat pas onderweg regelt, verliest tempo en vertrouwen.',
    en: 'People doing the work act faster and better when it is clear in advance what money there is, who may decide and how partners cooperate. Settling that on the way costs speed and trust.',
  },
  fixable: true,
  check(ctx) {
    const bestuur = ctx.plan.bestuur;
    const title = { nl: 'Voeg de afspraken toe', en: 'Add the agreements' };
    if (!bestuur) {
      ctx.report({
        pointer: '',
        messageId: 'noBestuur',
        fix: { kind: 'insertKey', pointer: '', key: 'bestuur', value: `afspraken: ${ALL}`, title, safe: true },
      });
      return;
    }
    const afspraken = bestuur.afspraken;
    if (!afspraken) {
      ctx.report({
        pointer: '/bestuur',
        messageId: 'noAfspraken',
        fix: { kind: 'insertKey', pointer: '/bestuur', key: 'afspraken', value: ALL, title, safe: true },
      });
      return;
    }
    const missing = CONDITIONS.filter((key) => isMissing(afspraken[key]));
    if (missing.length === 0) return;
    // One fix adds one key; applying it leaves a finding (with a fix) for the next one.
    const first = missing[0];
    ctx.report({
      pointer: '/bestuur/afspraken',
      messageId: missing.length === 1 ? 'incomplete' : missing.length === 2 ? 'incompleteTwo' : 'incompleteAll',
      data: missing.length === 1 ? { missing: first } : missing.length === 2 ? { first, second: missing[1] } : undefined,
      fix: {
        kind: 'insertKey',
        pointer: '/bestuur/afspraken',
        key: first,
        value: placeholder(first),
        title: { nl: `Voeg de afspraak over ${first} toe`, en: `Add the agreement on ${first}` },
        safe: true,
      },
    });
  },
};
