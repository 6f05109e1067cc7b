import type { RuleDefinition } from '../../rule';
import { WP101 } from './WP101-missing-continuation';

export const CONTINUITY_RULES: RuleDefinition[] = [WP101];
