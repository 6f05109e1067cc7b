import type { RuleDefinition } from '../rule';
import { STRUCTURE_RULES } from './wp0-structure/index';
import { CONTINUITY_RULES } from './wp1-continuity/index';
import { OWNERSHIP_RULES } from './wp2-ownership/index';
import { FUNDING_RULES } from './wp3-funding/index';
import { MEASURING_RULES } from './wp4-measuring/index';
import { GOVERNANCE_RULES } from './wp5-governance/index';
import { RESIDENTS_RULES } from './wp6-residents/index';
import { COHERENCE_RULES } from './wp7-coherence/index';
import { SUBSTANCE_RULES } from './wp8-substance/index';

/**
 * Every rule, in the order of rules.md. Codes are never reused: a retired code stays here
 * as a comment with the reason it was retired.
 */
export const RULES: readonly RuleDefinition[] = [
  ...STRUCTURE_RULES,
  ...CONTINUITY_RULES,
  ...OWNERSHIP_RULES,
  ...FUNDING_RULES,
  ...MEASURING_RULES,
  ...GOVERNANCE_RULES,
  ...RESIDENTS_RULES,
  ...COHERENCE_RULES,
  ...SUBSTANCE_RULES,
];

export const RULES_BY_CODE: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.code, rule]));

/** Codes a comment cannot silence, read from the rules' `suppressible: false`. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.suppressible === false).map((rule) => rule.code));

/** Codes whose severity configuration cannot change, read from the rules' `configurable: false`. */
export const UNCONFIGURABLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.configurable === false).map((rule) => rule.code));
