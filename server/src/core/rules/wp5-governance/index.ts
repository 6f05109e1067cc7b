import type { RuleDefinition } from '../../rule';
import { WP501 } from './WP501-not-adopted';
import { WP502 } from './WP502-alderman-hobby';
import { WP503 } from './WP503-single-portfolio';
import { WP504 } from './WP504-no-programme-manager';
import { WP505 } from './WP505-no-steering-board';

export const GOVERNANCE_RULES: RuleDefinition[] = [WP501, WP502, WP503, WP504, WP505];
