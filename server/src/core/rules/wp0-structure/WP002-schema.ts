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
      nl: 'De tag {tag} is geen onderdeel van het formaat; hij wordt genegeerd en nooit uitgevoerd.',
      en: 'The tag {tag} is not part of the format; it is ignored and never executed.',
    },
  },
  sources: [],
  rationale: {
    nl: 'De regels kunnen een plan alleen beoordelen als de structuur klopt; een tikfout in een sleutel verbergt anders wat er wel staat.',
    en: 'The rules can only judge a plan whose structure is right; a typo in a key would otherwise hide what the plan does say.',
  },
  check() {},
};
