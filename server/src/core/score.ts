import type { Finding, Score, ScoredCategory, Severity } from './types';
import { SCORED_CATEGORIES } from './types';

/**
 * The borging score. Each finding of WP1–WP7 costs points by severity (error 6, warning 3,
 * info 1). A category's score is floor(100 × 10 / (10 + cost)) and the plan's is
 * floor(100 × 40 / (40 + total cost)). So the score is 100 exactly when no WP1xx–WP7xx
 * finding remains, only falls as cost rises (fixing a finding never lowers it), never
 * reaches 0, and an error weighs more than a warning, a warning more than an info.
 * A WP0xx error means the plan could not be read as written: the score is then null.
 */
export const SEVERITY_COST: Record<Severity, number> = { error: 6, warning: 3, info: 1 };
export const CATEGORY_SCALE = 10;
export const OVERALL_SCALE = 40;

export function computeScore(findings: readonly Finding[]): Score {
  const unavailable = findings.some((f) => f.category === 'WP0' && f.severity === 'error');
  const cost: Record<ScoredCategory, number> = { WP1: 0, WP2: 0, WP3: 0, WP4: 0, WP5: 0, WP6: 0, WP7: 0, WP8: 0 };
  for (const finding of findings) {
    if (finding.category !== 'WP0') cost[finding.category] += SEVERITY_COST[finding.severity];
  }
  const categories = {} as Record<ScoredCategory, number | null>;
  let total = 0;
  for (const category of SCORED_CATEGORIES) {
    total += cost[category];
    categories[category] = unavailable ? null : scale(cost[category], CATEGORY_SCALE);
  }
  return { overall: unavailable ? null : scale(total, OVERALL_SCALE), categories };
}

function scale(cost: number, k: number): number {
  return cost === 0 ? 100 : Math.floor((100 * k) / (k + cost));
}
