import type { RuleDefinition } from '../../rule';

export const RESIDENTS_RULES: RuleDefinition[] = [];
