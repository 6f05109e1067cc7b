import type { RuleDefinition } from '../../rule';
import { WP401 } from './WP401-no-baseline';
import { WP402 } from './WP402-late-baseline';
import { WP403 } from './WP403-output-only';
import { WP404 } from './WP404-no-target';
import { WP405 } from './WP405-target-wrong-way';
import { WP406 } from './WP406-target-before-baseline';
import { WP407 } from './WP407-no-interim-evaluation';
import { WP408 } from './WP408-evaluation-gap';
import { WP409 } from './WP409-no-knowledge-partner';
import { WP410 } from './WP410-not-interpreted-together';
import { WP411 } from './WP411-no-spillover-watch';
import { WP412 } from './WP412-no-success-sharing';
import { WP413 } from './WP413-goal-without-indicator';
import { WP414 } from './WP414-target-no-change';

export const MEASURING_RULES: RuleDefinition[] = [WP401, WP402, WP403, WP404, WP405, WP406, WP407, WP408, WP409, WP410, WP411, WP412, WP413, WP414];
