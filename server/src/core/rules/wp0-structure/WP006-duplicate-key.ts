import type { RuleDefinition } from '../../rule';

export const WP006: RuleDefinition = {
  code: 'WP006',
  name: 'duplicate-key',
  category: 'WP0',
  severity: 'error',
  engine: true,
  summary: { nl: 'Een sleutel staat twee keer in hetzelfde object.', en: 'A key appears twice in one mapping.' },
  messages: {
    duplicate: {
      nl: 'Sleutel "{key}" staat hier voor de tweede keer: haal een van de twee weg, want alleen deze laatste waarde telt.',
      en: 'Key "{key}" appears here for the second time: remove one of the two, because only this last value counts.',
    },
    first: { nl: 'Hier staat "{key}" voor het eerst', en: 'Here "{key}" appears first' },
  },
  sources: [],
  rationale: {
    nl: 'Bij een dubbele sleutel verdwijnt de eerste waarde stilzwijgend; wat de schrijver bedoelde gaat dan verloren.',
    en: 'With a duplicate key the first value silently disappears, and what the writer meant is lost.',
  },
  check() {},
};
