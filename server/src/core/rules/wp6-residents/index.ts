import type { RuleDefinition } from '../../rule';
import { WP601 } from './WP601-residents-not-involved';
import { WP602 } from './WP602-residents-not-setting-agenda';
import { WP603 } from './WP603-no-initiative-support';

export const RESIDENTS_RULES: RuleDefinition[] = [WP601, WP602, WP603];
