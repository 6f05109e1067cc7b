/** Every finding, grouped by category, each with its message and a link back to its line. */
import type { Category } from '../types';
import { findingList, type RenderContext } from './context';
import { html, type SafeHtml } from './html';
import { CATEGORY_NAMES } from './i18n';
import { severityCounts } from './scores';

const CATEGORIES: readonly Category[] = ['WP0', 'WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8'];

export function renderFindings(ctx: RenderContext): SafeHtml {
  const { t, lang, result } = ctx;
  const heading = html`<h2 id="wp-findings-h">${t.sectionFindings} <span class="muted">(${result.findings.length})</span></h2>`;
  if (result.findings.length === 0) {
    return html`<section id="wp-findings" class="section" aria-labelledby="wp-findings-h">${heading}<p class="ok-text">✓ ${t.findingsNone}</p></section>`;
  }
  const groups = CATEGORIES.map((category) => {
    const findings = result.findings.filter((f) => f.category === category);
    if (findings.length === 0) return html``;
    return html`<div class="finding-group"><h3><span class="cat-code">${category}</span> ${CATEGORY_NAMES[lang][category]} <span class="muted">— ${severityCounts(ctx, findings)}</span></h3>${findingList(ctx, findings)}</div>`;
  });
  return html`<section id="wp-findings" class="section" aria-labelledby="wp-findings-h">${heading}${groups}</section>`;
}
