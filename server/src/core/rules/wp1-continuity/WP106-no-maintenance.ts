import { positionRef } from '../../vocabulary';
import { entries, isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

const WINDING_DOWN = new Set(['afbouwen', 'stoppen']);

export const WP106: RuleDefinition = {
  code: 'WP106',
  name: 'no-maintenance',
  category: 'WP1',
  watches: ['/interventies/*/voortzetting', '/interventies/*/voortzetting/strategie', '/interventies/*/voortzetting/onderhoud'],
  severity: 'info',
  summary: {
    nl: 'Een interventie die afbouwt of stopt, zegt niet welk onderhoud daarna nodig is.',
    en: 'An intervention that winds down or stops does not say what maintenance follows.',
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" gaat {strategie} zonder onderhoud: beschrijf welke blijvende inzet nodig is, anders kunnen de problemen terugkomen als het werk ophoudt.',
      en: 'Intervention "{id}" stops or winds down ({strategie}) without maintenance: describe the lasting effort that is needed, or the problems may return once the work stops.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Ook als de wijk er eenmaal goed voor staat, is er een kleinere, vaste inzet nodig, anders zakt de wijk terug. Wie afbouwt of stopt, hoort te zeggen hoe die onderhoudsinzet is geregeld.',
    en: 'Even once the neighbourhood is doing well, a smaller, steady effort is needed, or it slides back. Whoever winds down or stops should say how that maintenance is arranged.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (!voortzetting || !WINDING_DOWN.has(voortzetting.strategie ?? '') || !isMissing(voortzetting.onderhoud)) continue;
      const pointer = `/interventies/${index}/voortzetting`;
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { id: intervention.id ?? positionRef(index), strategie: voortzetting.strategie ?? '' },
        fix: {
          kind: 'insertKey',
          pointer,
          key: 'onderhoud',
          value: yamlText(skeleton('/interventies/*/voortzetting/onderhoud')),
          title: { nl: 'Voeg onderhoud toe', en: 'Add maintenance' },
          safe: true,
        },
      });
    }
  },
};
