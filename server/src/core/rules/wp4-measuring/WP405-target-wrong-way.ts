import { directedIndicators } from '../../analysis/indicators';
import { entries } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP405: RuleDefinition = {
  code: 'WP405',
  name: 'target-wrong-way',
  category: 'WP4',
  watches: ['/doelen/*/indicatoren/*/richting', '/doelen/*/indicatoren/*/streefwaarden'],
  severity: 'warning',
  summary: {
    nl: 'Een streefwaarde gaat de andere kant op dan de gewenste richting.',
    en: 'A target moves away from the desired direction.',
  },
  messages: {
    shouldRise: {
      nl: 'De streefwaarde voor {jaar} van indicator "{indicator}" ({waarde}) ligt onder de nulmeting ({nulmeting}), maar de richting is omhoog: controleer de streefwaarde of de richting, want zo streeft het plan naar achteruitgang.',
      en: 'The target for {jaar} of indicator "{indicator}" ({waarde}) is below the baseline ({nulmeting}), but the direction is up: check the target or the direction, or the plan would aim for decline.',
    },
    shouldFall: {
      nl: 'De streefwaarde voor {jaar} van indicator "{indicator}" ({waarde}) ligt boven de nulmeting ({nulmeting}), maar de richting is omlaag: controleer de streefwaarde of de richting, want zo streeft het plan naar achteruitgang.',
      en: 'The target for {jaar} of indicator "{indicator}" ({waarde}) is above the baseline ({nulmeting}), but the direction is down: check the target or the direction, or the plan would aim for decline.',
    },
    shouldRiseNoYear: {
      nl: 'Een streefwaarde van indicator "{indicator}" ({waarde}) ligt onder de nulmeting ({nulmeting}), maar de richting is omhoog: controleer de streefwaarde of de richting, want zo streeft het plan naar achteruitgang.',
      en: 'A target of indicator "{indicator}" ({waarde}) is below the baseline ({nulmeting}), but the direction is up: check the target or the direction, or the plan would aim for decline.',
    },
    shouldFallNoYear: {
      nl: 'Een streefwaarde van indicator "{indicator}" ({waarde}) ligt boven de nulmeting ({nulmeting}), maar de richting is omlaag: controleer de streefwaarde of de richting, want zo streeft het plan naar achteruitgang.',
      en: 'A target of indicator "{indicator}" ({waarde}) is above the baseline ({nulmeting}), but the direction is down: check the target or the direction, or the plan would aim for decline.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een streefwaarde die de verkeerde kant op wijst, is meestal een tikfout of een verwisselde richting; zo stuurt het plan op een verslechtering en kloppen de tussenmetingen niet.',
    en: 'A target that points the wrong way is usually a typo or a swapped direction; the plan then steers towards decline and the interim measurements cannot be read.',
  },
  check(ctx) {
    for (const { pointer, name, indicator, baseline, direction } of directedIndicators(ctx.plan)) {
      for (const [k, target] of entries(indicator.streefwaarden)) {
        if (typeof target.waarde !== 'number') continue;
        // A target equal to the baseline does not move at all, so it is not "the other way".
        const wrong = direction === 'omhoog' ? target.waarde < baseline : target.waarde > baseline;
        if (!wrong) continue;
        ctx.report({
          pointer: `${pointer}/streefwaarden/${k}`,
          // Without a year (WP002 reports that) the message names no year rather than a "?".
          messageId: `${direction === 'omhoog' ? 'shouldRise' : 'shouldFall'}${typeof target.jaar === 'number' ? '' : 'NoYear'}`,
          data: typeof target.jaar === 'number' ? { indicator: name, waarde: target.waarde, jaar: target.jaar, nulmeting: baseline } : { indicator: name, waarde: target.waarde, nulmeting: baseline },
        });
      }
    }
  },
};
