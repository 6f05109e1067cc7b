import type { RuleDefinition } from '../../rule';

export const WP001: RuleDefinition = {
  code: 'WP001',
  name: 'yaml-syntax',
  category: 'WP0',
  severity: 'error',
  suppressible: false,
  configurable: false,
  engine: true,
  summary: { nl: 'Het bestand is geen geldige YAML.', en: 'The file is not valid YAML.' },
  messages: {
    syntax: {
      nl: 'Geen geldige YAML op regel {line}, kolom {column}: {detail}. De rest van het plan is niet gecontroleerd.',
      en: 'Not valid YAML at line {line}, column {column}: {detail}. The rest of the plan was not checked.',
    },
    documents: {
      nl: 'Het bestand bevat meer dan één YAML-document (regel {line}); een wijkplan is één document.',
      en: 'The file holds more than one YAML document (line {line}); a plan is one document.',
    },
    binary: {
      nl: 'Het bestand is geen tekst (een NUL- of stuurteken op regel {line}); sla het plan op als UTF-8.',
      en: 'The file is not text (a NUL or control character at line {line}); save the plan as UTF-8.',
    },
    encoding: {
      nl: 'Het bestand is geen geldige UTF-8-tekst; sla het plan op als UTF-8.',
      en: 'The file is not valid UTF-8 text; save the plan as UTF-8.',
    },
    size: {
      nl: 'Het bestand is groter dan de grens van {limit}, dus het plan is niet gecontroleerd; splits het plan op.',
      en: 'The file is larger than the limit of {limit}, so the plan was not checked; split the plan.',
    },
    depth: {
      nl: 'Het plan is dieper genest dan de grens van {limit} niveaus, dus het is niet gecontroleerd; maak de structuur platter.',
      en: 'The plan is nested deeper than the limit of {limit} levels, so it was not checked; flatten the structure.',
    },
    aliases: {
      nl: 'Aliassen (*) breiden het plan uit tot meer dan {limit} knopen, de grens, dus het plan is niet gecontroleerd; schrijf de waarden uit of gebruik minder aliassen.',
      en: 'Aliases (*) expand the plan to more than {limit} nodes, the limit, so the plan was not checked; write the values out or use fewer aliases.',
    },
    nodes: {
      nl: 'Het plan heeft meer dan {limit} onderdelen (lijstitems en sleutels); dat is de grens, dus het is niet gecontroleerd. Splits het plan op.',
      en: 'The plan has more than {limit} entries (list items and keys); that is the limit, so it was not checked. Split the plan.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Alleen een leesbaar plan kan op borging worden gecontroleerd; een syntaxfout maakt elke andere uitspraak onbetrouwbaar.',
    en: 'Only a readable plan can be checked for borging; a syntax error makes every other finding unreliable.',
  },
  check() {},
};
