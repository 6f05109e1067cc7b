import type { RuleDefinition } from '../../rule';
import { WP701 } from './WP701-goal-without-intervention';
import { WP702 } from './WP702-intervention-without-goal';
import { WP703 } from './WP703-one-sided-domains';

export const COHERENCE_RULES: RuleDefinition[] = [WP701, WP702, WP703];
