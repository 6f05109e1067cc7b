import type { RuleDefinition } from '../../rule';
import { WP201 } from './WP201-single-owner';
import { WP202 } from './WP202-no-deputy';
import { WP203 } from './WP203-narrow-coalition';
import { WP204 } from './WP204-short-commitment';
import { WP205 } from './WP205-no-commitment';
import { WP206 } from './WP206-no-value-case';
import { WP207 } from './WP207-idle-partner';

export const OWNERSHIP_RULES: RuleDefinition[] = [WP201, WP202, WP203, WP204, WP205, WP206, WP207];
