import type { RuleDefinition } from '../../rule';

/** Reported by the engine when a rule throws; it keeps the server alive and the failure visible. */
export const WP000: RuleDefinition = {
  code: 'WP000',
  name: 'internal-error',
  category: 'WP0',
  severity: 'error',
  suppressible: false,
  configurable: false,
  engine: true,
  summary: { nl: 'Een regel faalde met een interne fout.', en: 'A rule failed with an internal error.' },
  messages: {
    crashed: {
      nl: 'Interne fout in regel {rule}: {error}. Meld dit op https://github.com/wijkplan/wijkplan/issues; de andere regels zijn wel uitgevoerd.',
      en: 'Internal error in rule {rule}: {error}. Please report it at https://github.com/wijkplan/wijkplan/issues; the other rules did run.',
    },
  },
  sources: [],
  rationale: {
    nl: 'Een fout in één regel mag de controle van de rest van het plan niet stilleggen, maar moet wel zichtbaar zijn.',
    en: 'A failure in one rule must not stop the rest of the plan from being checked, but it must be visible.',
  },
  check() {},
};
