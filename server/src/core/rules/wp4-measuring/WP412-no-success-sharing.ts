import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import { insertIntoSection, type RuleDefinition } from '../../rule';

const PLACEHOLDER = yamlText(skeleton('/evaluatie/successen_delen'));

export const WP412: RuleDefinition = {
  code: 'WP412',
  name: 'no-success-sharing',
  category: 'WP4',
  watches: ['/evaluatie', '/evaluatie/successen_delen'],
  severity: 'info',
  summary: {
    nl: 'Het plan zegt niet hoe successen worden gedeeld.',
    en: 'The plan does not say how successes are shared.',
  },
  messages: {
    missing: {
      nl: 'De evaluatie zegt niet hoe resultaten worden gedeeld (successen_delen): beschrijf dat, want zichtbare resultaten houden bewoners, partners en bestuur betrokken.',
      en: 'The evaluation does not say how results are shared (successen_delen): describe it, because visible results keep residents, partners and the administration involved.',
    },
  },
  sources: ['001'],
  rationale: {
    nl: 'Wie laat zien wat er bereikt is, houdt steun vast bij bewoners, partners en bestuur, en voorkomt dat anderen het wiel opnieuw uitvinden.',
    en: 'Showing what has been achieved keeps the support of residents, partners and the administration, and saves others from reinventing the wheel.',
  },
  fixable: true,
  check(ctx) {
    const evaluation = ctx.plan.evaluatie;
    if (!isMissing(evaluation?.successen_delen)) return;
    const title = { nl: 'Beschrijf hoe successen worden gedeeld', en: 'Describe how successes are shared' };
    ctx.report({
      pointer: evaluation ? '/evaluatie' : '',
      messageId: 'missing',
      fix: insertIntoSection('evaluatie', Boolean(evaluation), 'successen_delen', PLACEHOLDER, title, true),
    });
  },
};
