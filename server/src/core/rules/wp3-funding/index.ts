import type { RuleDefinition } from '../../rule';
import { WP301 } from './WP301-no-funding';
import { WP302 } from './WP302-low-structural-share';
import { WP303 } from './WP303-no-budget-holder';
import { WP304 } from './WP304-source-without-goal';
import { WP305 } from './WP305-budget-not-covered';
import { WP306 } from './WP306-single-funder';
import { WP307 } from './WP307-no-earn-back';
import { WP308 } from './WP308-conditions-not-agreed';
import { WP309 } from './WP309-unfunded-intervention';

export const FUNDING_RULES: RuleDefinition[] = [WP301, WP302, WP303, WP304, WP305, WP306, WP307, WP308, WP309];
