import type { RuleDefinition } from '../../rule';
import { WP801 } from './WP801-placeholder-text';
import { WP802 } from './WP802-copied-text';

export const SUBSTANCE_RULES: RuleDefinition[] = [WP801, WP802];
