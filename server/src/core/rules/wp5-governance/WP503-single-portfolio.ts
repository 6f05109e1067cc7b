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
      nl: 'Het plan heeft maar één portefeuillehouder: verdeel het over meer wethouders, want een aanpak van één wethouder kan gezien worden als diens hobby en hangt af van die termijn.',
      en: 'The plan has only one portfolio holder: spread it over more aldermen, because an approach of one alderman can be seen as a personal hobby and depends on their term.',
    },
  },
  sources: ['000', '003'],
  rationale: {
    nl: 'Een wijkaanpak raakt wonen, zorg, werk en veiligheid; als meer wethouders hem in hun portefeuille dragen, staat hij steviger in het college en overleeft hij het vertrek van één bestuurder.',
    en: 'A neighbourhood approach touches housing, care, work and safety; when several aldermen hold it in their portfolios it stands firmer in the executive and survives the departure of one of them.',
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
