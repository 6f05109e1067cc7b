import type { RuleDefinition } from '../../rule';
import { WP000 } from './WP000-internal-error';
import { WP001 } from './WP001-yaml-syntax';
import { WP002 } from './WP002-schema';
import { WP003 } from './WP003-duplicate-id';
import { WP004 } from './WP004-unknown-ref';
import { WP005 } from './WP005-period-order';
import { WP006 } from './WP006-duplicate-key';
import { WP007 } from './WP007-unused-suppression';
import { WP008 } from './WP008-outside-period';

export const STRUCTURE_RULES: RuleDefinition[] = [WP000, WP001, WP002, WP003, WP004, WP005, WP006, WP007, WP008];
