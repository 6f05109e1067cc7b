import type { RuleDefinition } from '../../rule';

export const OWNERSHIP_RULES: RuleDefinition[] = [];
