import { entries, GOVERNMENT_KINDS } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP203: RuleDefinition = {
  code: 'WP203',
  name: 'narrow-coalition',
  category: 'WP2',
  watches: ['/partners', '/partners/*/soort'],
  severity: 'warning',
  summary: {
    nl: 'De partners zijn te eenzijdig: te weinig soorten, of alleen overheid.',
    en: 'The partners are too alike: too few kinds, or only government.',
  },
  messages: {
    government: {
      nl: 'Alle partners zijn overheden: betrek ook bedrijven, zorgverzekeraars, fondsen of corporaties, zodat de aanpak niet alleen op overheidsgeld rust.',
      en: 'Every partner is a government body: also involve businesses, health insurers, funds or housing associations, so the approach does not rest on public money alone.',
    },
    oneKind: {
      nl: 'Alle partners zijn van één soort; het plan vraagt er minstens {min}: betrek andere soorten partners, want zo hangt de aanpak niet af van één soort partij.',
      en: 'Every partner is of one kind; the plan asks for at least {min}: involve other kinds of partners, so the approach does not depend on one kind of party.',
    },
    fewKinds: {
      nl: 'De partners zijn van {count} soorten; het plan vraagt er minstens {min}: betrek andere soorten partners, want zo hangt de aanpak niet af van één soort partij.',
      en: 'The partners are of {count} kinds; the plan asks for at least {min}: involve other kinds of partners, so the approach does not depend on one kind of party.',
    },
  },
  sources: ['000', '004'],
  rationale: {
    nl: 'Een aanpak die alleen gemeente en corporatie dragen, komt in gevaar als daar bezuinigd wordt. Bedrijven, zorgverzekeraars en fondsen kunnen mede-eigenaar worden als hun eigen belang zichtbaar is; een brede coalitie houdt het werk jaren overeind.',
    en: 'An approach carried only by the municipality and the housing association is at risk when they cut back. Businesses, health insurers and funds can become co-owners once their own interest is visible; a broad coalition keeps the work going for years.',
  },
  thresholds: ['minPartnerKinds'],
  check(ctx) {
    const kinds: string[] = [];
    for (const [, partner] of entries(ctx.plan.partners)) if (typeof partner.soort === 'string') kinds.push(partner.soort);
    if (kinds.length === 0) return;
    const min = ctx.thresholds.minPartnerKinds;
    const distinct = new Set(kinds);
    if (kinds.every((kind) => GOVERNMENT_KINDS.has(kind))) {
      ctx.report({ pointer: '/partners', messageId: 'government' });
    } else if (distinct.size < min) {
      const messageId = distinct.size === 1 ? 'oneKind' : 'fewKinds';
      ctx.report({ pointer: '/partners', messageId, data: messageId === 'oneKind' ? { min } : { count: distinct.size, min } });
    }
  },
};
