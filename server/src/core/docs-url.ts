import { homepage } from '../../../package.json';

/** The base every documentation link starts from: the package's homepage, ending in "/". */
export const DOCS_BASE = homepage.endsWith('/') ? homepage : `${homepage}/`;

/** The documentation page of a rule, e.g. `…/docs/rules/WP101.md`. The one place that builds it. */
export function ruleDocUrl(code: string): string {
  return `${DOCS_BASE}docs/rules/${code}.md`;
}
