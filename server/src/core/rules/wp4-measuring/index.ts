import type { RuleDefinition } from '../../rule';

export const MEASURING_RULES: RuleDefinition[] = [];
