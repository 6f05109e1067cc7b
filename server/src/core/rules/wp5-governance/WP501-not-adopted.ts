import { formatDate, isMissing, planPeriod } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import { insertIntoSection, type RuleDefinition } from '../../rule';

export const WP501: RuleDefinition = {
  code: 'WP501',
  name: 'not-adopted',
  category: 'WP5',
  watches: ['/bestuur', '/bestuur/vastgesteld'],
  severity: 'warning',
  summary: {
    nl: 'Het plan is niet formeel vastgesteld.',
    en: 'The plan has not been formally adopted.',
  },
  messages: {
    missing: {
      nl: 'Het plan is niet formeel vastgesteld (vastgesteld): laat raad of college het vaststellen en vul in wie, wanneer en met welk kenmerk, want zonder besluit overleeft het plan een nieuwe coalitie moeilijk.',
      en: 'The plan has not been formally adopted (vastgesteld): have the council or executive board adopt it and fill in who, when and the reference, or it rarely survives a new coalition.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een formeel besluit van raad of college maakt de aanpak van het hele bestuur en niet van één wethouder; dat anker houdt het plan overeind als mensen of coalities wisselen.',
    en: 'A formal decision by the council or executive makes the approach belong to the whole administration rather than one alderman; that anchor keeps the plan standing when people or coalitions change.',
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    if (!isMissing(governance?.vastgesteld)) return;
    // The skeleton names the council and the plan's start date; both are choices to check.
    const period = planPeriod(ctx.plan);
    const value = period
      ? `{ door: gemeenteraad, datum: ${formatDate(period.start)}, kenmerk: ${yamlText(skeleton('/bestuur/vastgesteld/kenmerk'), true)} }`
      : undefined;
    const title = { nl: 'Voeg de vaststelling toe', en: 'Add the adoption' };
    ctx.report({
      pointer: governance ? '/bestuur' : '',
      messageId: 'missing',
      fix: value
        ? insertIntoSection('bestuur', Boolean(governance), 'vastgesteld', value, title, false)
        : undefined,
    });
  },
};
