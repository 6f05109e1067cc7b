import type { RuleDefinition } from '../../rule';

export const COHERENCE_RULES: RuleDefinition[] = [];
