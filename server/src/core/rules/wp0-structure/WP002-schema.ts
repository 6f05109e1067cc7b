import type { RuleDefinition } from '../../rule';

export const WP002: RuleDefinition = {
  code: 'WP002',
  name: 'schema',
  category: 'WP0',
  severity: 'error',
  engine: true,
  summary: { nl: 'Een waarde past niet bij het wijkplanformaat.', en: 'A value breaks the wijkplan format.' },
  messages: {
    schema: { nl: '{detail}', en: '{detail}' },
    empty: {
      nl: 'Het bestand is leeg: een wijkplan is vereist (begin met "wijkplan: 1").',
      en: 'The file is empty: a plan is required (start with "wijkplan: 1").',
    },
    tag: {
      nl: 'De YAML-tag {tag} hoort niet bij het formaat: haal die weg, want Wijkplan negeert de tag.',
      en: 'The YAML tag {tag} is not part of the format: remove it, because Wijkplan ignores the tag.',
    },
  },
  sources: [],
  rationale: {
    nl: 'De regels kunnen een plan alleen beoordelen als de structuur klopt; een tikfout in een sleutel verbergt anders wat er wel staat.',
    en: 'The rules can only judge a plan whose structure is right; a typo in a key would otherwise hide what the plan does say.',
  },
  check() {},
};
