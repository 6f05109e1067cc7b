import type { RuleDefinition } from '../../rule';
import { WP000 } from './WP000-internal-error';
import { WP001 } from './WP001-yaml-syntax';
import { WP002 } from './WP002-schema';
import { WP006 } from './WP006-duplicate-key';
import { WP007 } from './WP007-unused-suppression';

export const STRUCTURE_RULES: RuleDefinition[] = [WP000, WP001, WP002, WP006, WP007];
