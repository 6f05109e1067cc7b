import { entries, idIndex, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP410: RuleDefinition = {
  code: 'WP410',
  name: 'not-interpreted-together',
  category: 'WP4',
  watches: ['/evaluatie/momenten/*/met'],
  severity: 'info',
  summary: {
    nl: 'Een evaluatiemoment heeft geen partners die meekijken (met).',
    en: 'An evaluation moment has no partners interpreting it together (met).',
  },
  messages: {
    missing: {
      nl: 'Bij het evaluatiemoment van {moment} staat niet met welke partners u de cijfers bespreekt (met): noem ze, want samen besproken cijfers leiden eerder tot bijsturing.',
      en: 'The evaluation moment of {moment} does not say with which partners you discuss the figures (met): name them, because figures discussed together lead to change sooner.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Cijfers zeggen pas iets als de betrokken partners ze samen bespreken en verklaren; een evaluatie die één partij alleen leest, verandert zelden iets aan de aanpak.',
    en: 'Figures only mean something when the partners involved discuss and explain them together; an evaluation read by one party alone rarely changes the approach.',
  },
  fixable: true,
  check(ctx) {
    const partners = [...idIndex(ctx.plan).partner.keys()];
    for (const [i, moment] of entries(ctx.plan.evaluatie?.momenten)) {
      if (!isMissing(moment.met)) continue;
      const pointer = `/evaluatie/momenten/${i}`;
      const partner = partners.find((id) => id !== moment.door);
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { moment: moment.datum ?? String(i + 1) },
        fix: partner
          ? {
              kind: 'insertKey',
              pointer,
              key: 'met',
              value: `[${partner}]`,
              title: { nl: `Laat ${partner} meekijken`, en: `Interpret it together with ${partner}` },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
