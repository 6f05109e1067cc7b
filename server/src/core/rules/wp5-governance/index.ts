import type { RuleDefinition } from '../../rule';

export const GOVERNANCE_RULES: RuleDefinition[] = [];
