import type { RuleDefinition } from '../rule';
import { RULES } from '../rules/index';

/**
 * Which rules look at which key, so a hover on a key can say why it matters for borging.
 * Built from each rule's own `watches` (one declaration, in the rule's file), keyed by
 * wildcard pointer (`/interventies/*\/voortzetting`), rules in catalogue order.
 */
export function rulesByKey(rules: readonly RuleDefinition[] = RULES): ReadonlyMap<string, readonly RuleDefinition[]> {
  const index = new Map<string, RuleDefinition[]>();
  for (const rule of rules) {
    for (const pointer of rule.watches ?? []) {
      const list = index.get(pointer);
      if (list) list.push(rule);
      else index.set(pointer, [rule]);
    }
  }
  return index;
}

/** The index for the registered rules, built once. */
export const RULES_BY_KEY: ReadonlyMap<string, readonly RuleDefinition[]> = rulesByKey();
