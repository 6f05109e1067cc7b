import type { RuleDefinition } from '../../rule';

export const WP007: RuleDefinition = {
  code: 'WP007',
  name: 'unused-suppression',
  category: 'WP0',
  severity: 'warning',
  suppressible: false,
  engine: true,
  summary: { nl: 'Een wijkplan-disable-commentaar onderdrukt niets.', en: 'A wijkplan-disable comment silences nothing.' },
  messages: {
    unused: {
      nl: '{code} wordt hier onderdrukt, maar er is geen bevinding {code}: haal het commentaar weg.',
      en: '{code} is suppressed here, but there is no {code} finding to silence; remove the comment.',
    },
    unknown: {
      nl: '{code} is geen bekende regelcode, dus deze onderdrukking doet niets: verbeter de code of haal die uit het commentaar.',
      en: '{code} is not a known rule, so this suppression does nothing: correct the code or remove it from the comment.',
    },
    bulkUnused: {
      nl: '{file} onderdrukt in dit plan {count} × {code}, maar nu is het aantal {found}: verlaag het met wijkplan check --prune-suppressions.',
      en: '{file} suppresses {count} × {code} in this plan, but the number is now {found}: lower it with wijkplan check --prune-suppressions.',
    },
    notSuppressible: {
      nl: '{code} kan niet worden onderdrukt, want zo\'n bevinding moet altijd zichtbaar blijven: haal de code uit het commentaar.',
      en: '{code} cannot be suppressed, because such a finding must always stay visible; remove the code from the comment.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Verouderde onderdrukkingen stapelen zich op en verbergen later echte bevindingen; daarom wordt een onderdrukking die niets doet gemeld.',
    en: 'Stale suppressions pile up and later hide real findings; so a suppression that does nothing is reported.',
  },
  check() {},
};
