import { entries, idIndex, isMissing } from '../../model';
import { insertIntoSection, type RuleDefinition } from '../../rule';

export const WP505: RuleDefinition = {
  code: 'WP505',
  name: 'no-steering-board',
  category: 'WP5',
  watches: ['/bestuur', '/bestuur/stuurgroep'],
  severity: 'info',
  summary: {
    nl: 'Het plan heeft geen stuurgroep van minstens twee partners.',
    en: 'The plan has no steering group of at least two partners.',
  },
  messages: {
    missing: {
      nl: 'Het plan heeft geen stuurgroep: noem de partners die samen sturen, want anders beslist één organisatie alleen over een aanpak van velen.',
      en: 'The plan has no steering group (stuurgroep): name the partners who steer together, or one organisation decides alone on an approach shared by many.',
    },
    few: {
      nl: 'De stuurgroep telt maar één partner: voeg andere partners toe, want één partij is geen gezamenlijk bestuur en de anderen voelen zich dan geen mede-eigenaar.',
      en: 'The steering group (stuurgroep) has only one partner: add other partners, because one party does not make a shared board and the others will not feel co-owners.',
    },
  },
  sources: ['004'],
  rationale: {
    nl: 'Partners die samen besturen, blijven samen verantwoordelijk; een stuurgroep van meerdere partijen houdt hun inzet vast en verdeelt de zeggenschap over de partijen die het plan dragen.',
    en: 'Partners who govern together stay responsible together; a steering group of several parties keeps their commitment and shares control among those who carry the plan.',
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    // Distinct refs count; a ref that names no partner still counts (WP004 reports it).
    const members = new Set(entries(governance?.stuurgroep).map(([, id]) => id));
    if (members.size >= 2) return;
    const partners = [...idIndex(ctx.plan).partner.keys()];
    const value = partners.length >= 2 ? `[${partners[0]}, ${partners[1]}]` : undefined;
    const title = { nl: 'Voeg een stuurgroep toe', en: 'Add a steering group' };
    const missing = isMissing(governance?.stuurgroep);
    ctx.report({
      pointer: governance ? '/bestuur' : '',
      messageId: missing ? 'missing' : 'few',
      // Only a missing list can be filled in; adding to an existing list is not a key insertion.
      fix:
        value && missing
          ? insertIntoSection('bestuur', Boolean(governance), 'stuurgroep', value, title, false)
          : undefined,
    });
  },
};
