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
      nl: 'Streefwaarde {waarde} ({jaar}) van indicator "{indicator}" ligt onder de nulmeting {nulmeting}, terwijl de richting omhoog is: zo meet het plan achteruitgang als doel.',
      en: 'Target {waarde} ({jaar}) of indicator "{indicator}" is below the baseline {nulmeting} while the direction is up: the plan would measure decline as its aim.',
    },
    shouldFall: {
      nl: 'Streefwaarde {waarde} ({jaar}) van indicator "{indicator}" ligt boven de nulmeting {nulmeting}, terwijl de richting omlaag is: zo meet het plan achteruitgang als doel.',
      en: 'Target {waarde} ({jaar}) of indicator "{indicator}" is above the baseline {nulmeting} while the direction is down: the plan would measure decline as its aim.',
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
          messageId: direction === 'omhoog' ? 'shouldRise' : 'shouldFall',
          data: { indicator: name, waarde: target.waarde, jaar: target.jaar ?? '?', nulmeting: baseline },
        });
      }
    }
  },
};
