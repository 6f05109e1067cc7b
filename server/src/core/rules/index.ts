import type { RuleDefinition } from '../rule';
import { REGISTERED_RULES } from './registry.generated';

/**
 * Every rule, in the order of its code (rules.md's order). The list is generated from the
 * rule folders (scripts/generate-rule-registry.js, run by every build): a rule is its file,
 * its doc page and its fixtures. Codes are never reused: a retired code is listed in
 * docs/spec-decisions.md with the reason it was retired.
 */
export const RULES: readonly RuleDefinition[] = REGISTERED_RULES;

export const RULES_BY_CODE: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.code, rule]));

/** Codes a comment cannot silence, read from the rules' `suppressible: false`. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.suppressible === false).map((rule) => rule.code));

/** Codes whose severity configuration cannot change, read from the rules' `configurable: false`. */
export const UNCONFIGURABLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.configurable === false).map((rule) => rule.code));
