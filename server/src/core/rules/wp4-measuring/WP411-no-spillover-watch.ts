import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import { insertIntoSection, type RuleDefinition } from '../../rule';

const PLACEHOLDER = yamlText(skeleton('/evaluatie/effecten_buiten_wijk'));

export const WP411: RuleDefinition = {
  code: 'WP411',
  name: 'no-spillover-watch',
  category: 'WP4',
  watches: ['/evaluatie', '/evaluatie/effecten_buiten_wijk'],
  severity: 'info',
  summary: {
    nl: 'Het plan volgt geen effecten buiten de wijk.',
    en: 'The plan does not watch effects outside the neighbourhood.',
  },
  messages: {
    missing: {
      nl: 'De evaluatie zegt niet hoe effecten buiten de wijk worden gevolgd (effecten_buiten_wijk): beschrijf dat, want problemen die naar een buurwijk verhuizen, lijken anders een succes.',
      en: 'The evaluation does not say how effects outside the neighbourhood are watched (effecten_buiten_wijk): describe it, or problems that move to a nearby area look like success.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een interventie kan problemen verplaatsen in plaats van oplossen, of juist de omgeving mee laten profiteren; alleen wie ook over de wijkgrens kijkt, ziet het echte effect.',
    en: 'An intervention can move problems instead of solving them, or let the surroundings benefit too; only by looking beyond the neighbourhood do you see the real effect.',
  },
  fixable: true,
  check(ctx) {
    const evaluation = ctx.plan.evaluatie;
    if (!isMissing(evaluation?.effecten_buiten_wijk)) return;
    const title = { nl: 'Beschrijf hoe effecten buiten de wijk worden gevolgd', en: 'Describe how effects outside the neighbourhood are followed' };
    ctx.report({
      pointer: evaluation ? '/evaluatie' : '',
      messageId: 'missing',
      fix: insertIntoSection('evaluatie', Boolean(evaluation), 'effecten_buiten_wijk', PLACEHOLDER, title, true),
    });
  },
};
