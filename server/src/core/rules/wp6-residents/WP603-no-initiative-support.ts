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
    nl: 'Initiatieven van bewoners ontstaan vanzelf en draaien op vrijwilligers. Buurtwijs raadt aan samen met hen uit te zoeken welke steun ze nodig hebben: geld, of ook hulp bij organisatie en aanpak, bijvoorbeeld professionals die korte tijd intensief meehelpen.',
    en: 'Residents\' initiatives arise on their own and run on volunteers. Buurtwijs advises working out with them what support they need: money, or also help with organisation and process, for example a short, intensive effort by professionals.',
  },
  fixable: true,
  check(ctx) {
    const residents = ctx.plan.bewoners;
    if (!isMissing(residents?.wijkinitiatieven)) return;
    const title = { nl: 'Beschrijf hoe bewonersinitiatieven worden ondersteund', en: 'Describe how residents\' initiatives are supported' };
    ctx.report({
      pointer: residents ? '/bewoners' : '',
      messageId: 'missing',
      fix: insertIntoSection('bewoners', Boolean(residents), 'wijkinitiatieven', PLACEHOLDER, title, true),
    });
  },
};
