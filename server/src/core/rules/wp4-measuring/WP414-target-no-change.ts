import { directedIndicators } from '../../analysis/indicators';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP414: RuleDefinition = {
  code: 'WP414',
  name: 'target-no-change',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/richting', '/doelen/*/indicatoren/*/streefwaarden'],
  severity: 'warning',
  summary: {
    nl: 'De laatste streefwaarde van een indicator is gelijk aan de nulmeting.',
    en: 'An indicator\'s last target equals its baseline.',
  },
  messages: {
    noChange: {
      nl: 'De laatste streefwaarde ({jaar}) van indicator "{indicator}" is {waarde}, gelijk aan de nulmeting: het plan mikt zo op geen enkele verandering; zeg welke waarde u wilt bereiken.',
      en: 'The last target ({jaar}) of indicator "{indicator}" is {waarde}, equal to the baseline: the plan then aims for no change at all; say which value you want to reach.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Sturen op resultaat kan alleen als vastligt wat er moet veranderen. Een eindstreefwaarde die gelijk is aan de nulmeting zegt dat alles mag blijven zoals het is; meestal is het een sjabloonwaarde die niemand heeft ingevuld.',
    en: 'Steering on results only works when it is set what must change. A final target equal to the baseline says everything may stay as it is; usually it is a template value nobody filled in.',
  },
  check(ctx) {
    for (const { pointer, name, indicator, baseline } of directedIndicators(ctx.plan)) {
      // The last target: the highest `jaar`, and the later item when two share it.
      let last: { k: number; jaar: number; waarde: unknown } | undefined;
      for (const [k, target] of entries(indicator.streefwaarden)) {
        if (typeof target.jaar !== 'number') continue;
        if (!last || target.jaar >= last.jaar) last = { k, jaar: target.jaar, waarde: target.waarde };
      }
      // No targets is WP404's; a move in either direction is fine here (the wrong way is WP405).
      if (!last || last.waarde !== baseline) continue;
      ctx.report({
        pointer: `${pointer}/streefwaarden/${last.k}`,
        messageId: 'noChange',
        data: { indicator: name, jaar: last.jaar, waarde: baseline },
      });
    }
  },
};
