import { isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

const PLACEHOLDER = yamlText(skeleton('/bestuur/inbedding'));

export const WP105: RuleDefinition = {
  code: 'WP105',
  name: 'separate-programme',
  category: 'WP1',
  watches: ['/bestuur', '/bestuur/inbedding'],
  severity: 'warning',
  summary: {
    nl: 'Het plan zegt niet hoe de aanpak in de lijnorganisatie is ingebed.',
    en: 'The plan does not say how the approach is embedded in the line organisation.',
  },
  messages: {
    missing: {
      nl: 'Het plan zegt niet hoe de aanpak deel wordt van de gewone organisatie (inbedding): leg dat vast, anders blijft het een apart programma dat ooit "af" is.',
      en: 'The plan does not say how the approach becomes part of the regular organisation (inbedding): record it, or it stays a separate programme that is one day "finished".',
    },
    noBestuur: {
      nl: 'Het plan zegt niet hoe de aanpak deel wordt van de gewone organisatie (inbedding): leg dat vast, anders blijft het een apart programma dat ooit "af" is.',
      en: 'The plan does not say how the approach becomes part of the regular organisation (inbedding): record it, or it stays a separate programme that is one day "finished".',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Een wijkaanpak die als los programma naast de organisatie staat, wekt de indruk dat ze een keer klaar is. Blijvend resultaat vraagt dat wijkgericht werken de gewone manier van werken van de lijnorganisatie wordt.',
    en: 'A neighbourhood approach that stands beside the organisation as a separate programme suggests it will one day be done. Lasting results need neighbourhood-oriented work to become the line organisation\'s normal way of working.',
  },
  fixable: true,
  check(ctx) {
    const bestuur = ctx.plan.bestuur;
    if (!bestuur) {
      ctx.report({
        pointer: '',
        messageId: 'noBestuur',
        fix: {
          kind: 'insertKey',
          pointer: '',
          key: 'bestuur',
          value: `inbedding: ${PLACEHOLDER}`,
          title: { nl: 'Beschrijf de inbedding in de organisatie', en: 'Describe the embedding in the organisation' },
          safe: true,
        },
      });
      return;
    }
    if (!isMissing(bestuur.inbedding)) return;
    ctx.report({
      pointer: '/bestuur',
      messageId: 'missing',
      fix: {
        kind: 'insertKey',
        pointer: '/bestuur',
        key: 'inbedding',
        value: PLACEHOLDER,
        title: { nl: 'Beschrijf de inbedding in de organisatie', en: 'Describe the embedding in the organisation' },
        safe: true,
      },
    });
  },
};
