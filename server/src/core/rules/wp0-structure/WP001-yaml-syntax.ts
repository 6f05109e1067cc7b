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
      nl: 'Geen geldige YAML op regel {line}, kolom {column}: {detail}. Herstel dit; de rest van het plan is nog niet gecontroleerd.',
      en: 'Not valid YAML at line {line}, column {column}: {detail}. Fix this; the rest of the plan was not checked yet.',
    },
    documents: {
      nl: 'Het bestand bevat meer dan één YAML-document (regel {line}): haal de regel met --- weg, want een wijkplan is één document.',
      en: 'The file holds more than one YAML document (line {line}): remove the --- line, because a plan is one document.',
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
      nl: 'Het bestand is groter dan de grens van {limit}, dus het plan is niet gecontroleerd: maak het plan korter.',
      en: 'The file is larger than the limit of {limit}, so the plan was not checked: make the plan shorter.',
    },
    depth: {
      nl: 'Het plan is dieper genest dan de grens van {limit} niveaus, dus het is niet gecontroleerd; maak de structuur platter.',
      en: 'The plan is nested deeper than the limit of {limit} levels, so it was not checked; flatten the structure.',
    },
    aliases: {
      nl: 'Het plan is te groot om te controleren: door aliassen (*) heeft het meer dan {limit} onderdelen. Schrijf de waarden uit of gebruik minder aliassen.',
      en: 'The plan is too large to check: through aliases (*) it has more than {limit} entries. Write the values out or use fewer aliases.',
    },
    nodes: {
      nl: 'Het plan is te groot om te controleren: het heeft meer dan {limit} onderdelen (lijstitems en sleutels). Maak het plan korter.',
      en: 'The plan is too large to check: it has more than {limit} entries (list items and keys). Make the plan shorter.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Alleen een leesbaar plan kan op borging worden gecontroleerd; een syntaxfout maakt elke andere uitspraak onbetrouwbaar.',
    en: 'Only a readable plan can be checked for borging; a syntax error makes every other finding unreliable.',
  },
  check() {},
};
