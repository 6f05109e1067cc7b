import type { RuleDefinition } from '../../rule';

export const FUNDING_RULES: RuleDefinition[] = [];
