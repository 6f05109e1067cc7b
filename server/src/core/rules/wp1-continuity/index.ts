import type { RuleDefinition } from '../../rule';
import { WP101 } from './WP101-missing-continuation';
import { WP102 } from './WP102-short-horizon';
import { WP103 } from './WP103-continuation-undecided';
import { WP104 } from './WP104-funding-ends-early';
import { WP105 } from './WP105-separate-programme';
import { WP106 } from './WP106-no-maintenance';
import { WP107 } from './WP107-handover-without-recipient';
import { WP108 } from './WP108-decision-too-late';
import { WP109 } from './WP109-embedding-without-structural-money';

export const CONTINUITY_RULES: RuleDefinition[] = [WP101, WP102, WP103, WP104, WP105, WP106, WP107, WP108, WP109];
