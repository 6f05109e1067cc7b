import { entries, isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP503: RuleDefinition = {
  code: 'WP503',
  name: 'single-portfolio',
  category: 'WP5',
  watches: ['/bestuur', '/bestuur/portefeuillehouders'],
  severity: 'info',
  summary: {
    nl: 'Minder dan twee portefeuillehouders dragen het plan.',
    en: 'Fewer than two portfolio holders carry the plan.',
  },
  messages: {
    none: {
      nl: 'Het plan noemt geen portefeuillehouders: noem de wethouders die het plan in hun portefeuille hebben, want anders heeft het geen bestuurlijke eigenaar.',
      en: 'The plan names no portfolio holders (portefeuillehouders): name the aldermen who hold the plan in their portfolios, or it has no owner in the executive board.',
    },
    one: {
      nl: 'Het plan heeft maar één portefeuillehouder: verdeel het over meer wethouders, want dan kan de aanpak gezien worden als de hobby van één wethouder.',
      en: 'The plan has only one portfolio holder: spread it over more aldermen, because then the approach can be seen as one alderman\'s hobby.',
    },
  },
  sources: ['000', '003'],
  rationale: {
    nl: 'Wijkengids 2 vraagt de aanpak te verankeren bij raad en college, zodat die niet gezien wordt als hobby van één wethouder. Meer portefeuillehouders is daar een eerste stap in.',
    en: 'Wijkengids 2 asks to anchor the approach with the council and the executive board, so that it is not seen as one alderman\'s hobby. More portfolio holders are a first step towards that.',
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    // Distinct values, as rules.md says: the same text twice counts once; texts that differ
    // in any way (capitals, spacing) are different values.
    const holders = new Set(entries(governance?.portefeuillehouders).map(([, name]) => name));
    if (holders.size >= 2) return;
    const value = `[${yamlText(skeleton('/bestuur/portefeuillehouders/*', 'eerste'), true)}, ${yamlText(skeleton('/bestuur/portefeuillehouders/*', 'tweede'), true)}]`;
    const title = { nl: 'Voeg portefeuillehouders toe', en: 'Add portfolio holders' };
    ctx.report({
      pointer: governance ? '/bestuur' : '',
      messageId: holders.size === 0 ? 'none' : 'one',
      // Only a missing list can be filled in; adding to an existing list is not a key insertion.
      fix: !governance
        ? { kind: 'insertKey', pointer: '', key: 'bestuur', value: `portefeuillehouders: ${value}`, title, safe: true }
        : isMissing(governance.portefeuillehouders)
          ? { kind: 'insertKey', pointer: '/bestuur', key: 'portefeuillehouders', value, title, safe: true }
          : undefined,
    });
  },
};
