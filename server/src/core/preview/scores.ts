/** The borging score: the plan's number and one per category WP1–WP8, with the findings behind each. */
import { SCORED_CATEGORIES, type Finding, type Severity } from '../types';
import { findingBadges, type RenderContext } from './context';
import { html, joinHtml, num, type SafeHtml } from './html';
import { CATEGORY_NAMES, SEVERITY_PLURALS } from './i18n';

/** good / fair / poor, so colour and words agree everywhere the score is shown. */
export function scoreLevel(score: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (score === null) return 'none';
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

/** "1 fout, 2 waarschuwingen" for a set of findings. */
export function severityCounts(ctx: RenderContext, findings: readonly Finding[]): string {
  const order: Severity[] = ['error', 'warning', 'info'];
  return order
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => SEVERITY_PLURALS[ctx.lang][severity](count))
    .join(', ');
}

/** A ring that fills up to the score. */
export function scoreRing(ctx: RenderContext, score: number | null, size = 132): SafeHtml {
  const r = 54;
  const c = 2 * Math.PI * r;
  const label = score === null ? `${ctx.t.glanceScore}: ${ctx.t.glanceScoreNull}` : ctx.t.scoreOf(score);
  const filled = score === null ? 0 : (c * score) / 100;
  return html`<svg class="ring ring-${scoreLevel(score)}" role="img" aria-label="${label}" viewBox="0 0 132 132" width="${size}" height="${size}"><title>${label}</title><circle class="ring-track" cx="66" cy="66" r="${r}"/>${filled > 0 ? html`<circle class="ring-fill" cx="66" cy="66" r="${r}" stroke-dasharray="${num(filled)} ${num(c)}" transform="rotate(-90 66 66)"/>` : ''}<text class="ring-number" x="66" y="74" text-anchor="middle">${score === null ? '—' : score}</text><text class="ring-max" x="66" y="94" text-anchor="middle">/ 100</text></svg>`;
}

function bar(score: number | null): SafeHtml {
  const width = score === null ? 0 : (score / 100) * 160;
  return html`<svg class="meter meter-${scoreLevel(score)}" viewBox="0 0 160 10" width="160" height="10" aria-hidden="true" focusable="false"><rect class="meter-track" width="160" height="10" rx="5"/><rect class="meter-fill" width="${num(width)}" height="10" rx="5"/></svg>`;
}

export function renderScore(ctx: RenderContext): SafeHtml {
  const { t, lang, result } = ctx;
  const score = result.score;
  const rows = SCORED_CATEGORIES.map((category) => {
    const findings = result.findings.filter((f) => f.category === category);
    const value = score.categories[category];
    return html`<tr class="${findings.length > 0 ? 'has-findings' : ''}"><th scope="row"><span class="cat-code">${category}</span> ${CATEGORY_NAMES[lang][category]}</th><td class="score-cell">${bar(value)}<strong class="score-num score-${scoreLevel(value)}">${value === null ? '—' : value}</strong></td><td>${findings.length > 0 ? html`<span class="counts">${severityCounts(ctx, findings)}</span> ${findingBadges(ctx, findings)}` : html`<span class="muted">—</span>`}</td></tr>`;
  });
  return html`<section id="wp-score" class="section" aria-labelledby="wp-score-h"><h2 id="wp-score-h">${t.sectionScore}</h2>
<div class="score-grid"><div class="score-overall">${scoreRing(ctx, score.overall)}<p class="muted small">${score.overall === null ? t.scoreUnavailable : t.scoreExplain}</p></div>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.scoreTableCaption}"><table class="data score-table"><caption class="vh">${t.scoreTableCaption}</caption><thead><tr><th scope="col">${t.category}</th><th scope="col">${t.score}</th><th scope="col">${t.findingsBehind}</th></tr></thead><tbody>${joinHtml(rows)}</tbody></table></div></div>
</section>`;
}
