import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import { insertIntoSection, type RuleDefinition } from '../../rule';

const PLACEHOLDER = yamlText(skeleton('/bewoners/wijkinitiatieven'));

export const WP603: RuleDefinition = {
  code: 'WP603',
  name: 'no-initiative-support',
  category: 'WP6',
  watches: ['/bewoners', '/bewoners/wijkinitiatieven'],
  severity: 'info',
  summary: {
    nl: 'Het plan zegt niet hoe initiatieven van bewoners worden ondersteund.',
    en: 'The plan does not say how residents\' initiatives are supported.',
  },
  messages: {
    missing: {
      nl: 'Het plan zegt niet hoe initiatieven van bewoners worden ondersteund (wijkinitiatieven): beschrijf dat, en vraag de initiatieven zelf welke steun zij nodig hebben.',
      en: 'The plan does not say how residents\' initiatives are supported (wijkinitiatieven): describe it, and ask the initiatives what support they need.',
    },
  },
  sources: ['002'],
  rationale: {
    nl: 'Eigen initiatieven van bewoners zijn wat na een programma overblijft; ze hebben geld, maar ook organisatorische hulp en een vast aanspreekpunt nodig, afgestemd op wat ze zelf vragen.',
    en: 'Residents\' own initiatives are what remains after a programme; they need money, but also organisational help and a fixed contact, matched to what they ask for.',
  },
  fixable: true,
  check(ctx) {
    const residents = ctx.plan.bewoners;
    if (!isMissing(residents?.wijkinitiatieven)) return;
    const title = { nl: 'Voeg wijkinitiatieven toe', en: 'Add wijkinitiatieven' };
    ctx.report({
      pointer: residents ? '/bewoners' : '',
      messageId: 'missing',
      fix: insertIntoSection('bewoners', Boolean(residents), 'wijkinitiatieven', PLACEHOLDER, title, true),
    });
  },
};
