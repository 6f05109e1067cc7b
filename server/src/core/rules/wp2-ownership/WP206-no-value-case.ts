import { positionRef } from '../../vocabulary';
import { entries, GOVERNMENT_KINDS, isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP206: RuleDefinition = {
  code: 'WP206',
  name: 'no-value-case',
  category: 'WP2',
  watches: ['/partners/*', '/partners/*/soort', '/partners/*/belang'],
  severity: 'info',
  summary: {
    nl: 'Een partner buiten overheid en bewoners heeft geen belang beschreven.',
    en: 'A partner other than government or residents has no stated interest.',
  },
  messages: {
    missing: {
      nl: 'Bij partner "{id}" staat niet wat meedoen deze partij oplevert (belang): beschrijf dat, want wie er zelf baat bij heeft, blijft langer meedoen.',
      en: 'Partner "{id}" has no stated interest: describe what taking part brings this party itself, because a party that gains from it stays on board longer.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Bedrijven, fondsen en instellingen doen niet lang mee als vervangende financier. Ze worden mede-eigenaar als helder is wat deelname hun zelf oplevert; dat verdienmodel moeten de partners samen uitzoeken en vastleggen.',
    en: 'Businesses, funds and institutions do not stay long as stand-in funders. They become co-owners once it is clear what taking part is worth to them; that value case has to be worked out together and written down.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, partner] of entries(ctx.plan.partners)) {
      // Government and residents take part for their own public task; no value case is asked.
      if (typeof partner.soort !== 'string' || GOVERNMENT_KINDS.has(partner.soort) || partner.soort === 'bewoners') continue;
      if (!isMissing(partner.belang)) continue;
      ctx.report({
        pointer: `/partners/${index}`,
        messageId: 'missing',
        data: { id: partner.id ?? positionRef(index) },
        fix: {
          kind: 'insertKey',
          pointer: `/partners/${index}`,
          key: 'belang',
          value: yamlText(skeleton('/partners/*/belang')),
          title: { nl: 'Beschrijf wat meedoen de partner oplevert', en: 'Describe what taking part brings the partner' },
          safe: true,
        },
      });
    }
  },
};
