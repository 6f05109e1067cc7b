import { positionRef } from '../vocabulary';
import { entries, type Indicator, type Plan } from '../model';

/** An indicator that says which way it should move and where it starts: what WP405 and WP414 judge targets against. */
export interface DirectedIndicator {
  /** JSON Pointer of the indicator. */
  pointer: string;
  /** The indicator's id, or its 1-based position among its goal's indicators. */
  name: string;
  indicator: Indicator;
  baseline: number;
  direction: 'omhoog' | 'omlaag';
}

/** Every indicator with a `richting` and a numeric baseline, in plan order. */
export function directedIndicators(plan: Plan): DirectedIndicator[] {
  const found: DirectedIndicator[] = [];
  for (const [i, goal] of entries(plan.doelen)) {
    for (const [j, indicator] of entries(goal.indicatoren)) {
      const baseline = indicator.nulmeting?.waarde;
      const direction = indicator.richting;
      if (typeof baseline !== 'number' || (direction !== 'omhoog' && direction !== 'omlaag')) continue;
      found.push({ pointer: `/doelen/${i}/indicatoren/${j}`, name: indicator.id ?? positionRef(j), indicator, baseline, direction });
    }
  }
  return found;
}
