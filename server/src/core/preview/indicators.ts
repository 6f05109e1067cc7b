/** Goals and their indicators: baseline, targets, direction, unit, data source, outcome or output. */
import { entries, parseDate, type Indicator } from '../model';
import { findingBadges, findingsAt, findingsUnder, type RenderContext } from './context';
import { formatDate, formatNumber } from './format';
import { html, num, type SafeHtml } from './html';
import { enumLabel } from './i18n';
import { planText } from './placeholders';

/** The unit after a number; left out while it is still to write (its column shows it marked). */
function unitOf(ctx: RenderContext, indicator: Indicator): string {
  return indicator.eenheid && !ctx.placeholders.has(indicator.eenheid) ? ` ${indicator.eenheid}` : '';
}

const W = 150;
const H = 40;

interface Point {
  year: number;
  value: number;
}

/** True when a target moves against `richting` from the baseline (WP405's measure). */
function movesWrongWay(indicator: Indicator, target: Point): boolean {
  const base = indicator.nulmeting?.waarde;
  if (typeof base !== 'number' || !indicator.richting) return false;
  return indicator.richting === 'omhoog' ? target.value < base : target.value > base;
}

function targetsOf(indicator: Indicator): Point[] {
  return entries(indicator.streefwaarden)
    .map(([, target]) => ({ year: target.jaar, value: target.waarde }))
    .filter((p): p is Point => typeof p.year === 'number' && typeof p.value === 'number' && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
}

/** A small chart from baseline to targets; the row it sits in is its text alternative. */
function sparkline(ctx: RenderContext, indicator: Indicator, targets: Point[]): SafeHtml {
  const baseDate = parseDate(indicator.nulmeting?.datum);
  const baseValue = indicator.nulmeting?.waarde;
  const points: Point[] = [];
  if (baseDate && typeof baseValue === 'number' && Number.isFinite(baseValue)) points.push({ year: baseDate.year + (baseDate.month - 1) / 12, value: baseValue });
  const hasBase = points.length === 1;
  points.push(...targets);
  if (points.length < 2) return html`<span class="muted">—</span>`;
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const minX = Math.min(...years);
  const maxX = Math.max(...years);
  const minY = Math.min(...values);
  const maxY = Math.max(...values);
  const x = (year: number) => 8 + (maxX === minX ? (W - 16) / 2 : ((year - minX) / (maxX - minX)) * (W - 16));
  const y = (value: number) => 8 + (maxY === minY ? (H - 16) / 2 : (1 - (value - minY) / (maxY - minY)) * (H - 16));
  const wrong = targets.some((target) => movesWrongWay(indicator, target));
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(x(p.year))} ${num(y(p.value))}`).join(' ');
  const unit = unitOf(ctx, indicator);
  const text = points
    .map((p, i) => `${formatNumber(p.value, ctx.lang)}${unit} (${Math.floor(p.year)})${i === 0 && hasBase ? ` ${ctx.t.colBaseline.toLowerCase()}` : ''}`)
    .join(' → ');
  const label = ctx.t.trendAria(text) + (wrong ? ` — ${ctx.t.wrongWay}` : '');
  return html`<svg class="spark ${wrong ? 'spark-wrong' : 'spark-ok'}" role="img" aria-label="${label}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title>${label}</title><path class="spark-line" d="${d}"/>${points.map(
    (p, i) => html`<circle class="${i === 0 && hasBase ? 'spark-base' : 'spark-target'}" cx="${num(x(p.year))}" cy="${num(y(p.value))}" r="${i === 0 && hasBase ? 4 : 3.5}"/>`,
  )}</svg>`;
}

function indicatorRow(ctx: RenderContext, indicator: Indicator, pointer: string): SafeHtml {
  const { t, lang } = ctx;
  const targets = targetsOf(indicator);
  const base = indicator.nulmeting;
  const unit = unitOf(ctx, indicator);
  const baseline =
    base && typeof base.waarde === 'number'
      ? html`<strong>${formatNumber(base.waarde, lang)}${unit}</strong>${base.datum ? html`<span class="p-meta">${formatDate(base.datum, lang, true)}</span>` : ''}${base.bron ? html`<span class="p-meta">${planText(ctx, base.bron)}</span>` : ''}`
      : html`<span class="warn-text">${t.noBaseline}</span>`;
  const targetText =
    targets.length > 0
      ? html`<ul class="targets">${targets.map((target) => html`<li class="${movesWrongWay(indicator, target) ? 'warn-text' : ''}">${target.year}: <strong>${formatNumber(target.value, lang)}</strong>${unit}</li>`)}</ul>`
      : html`<span class="warn-text">${t.noTargets}</span>`;
  return html`<tr><th scope="row">${planText(ctx, indicator.naam ?? '')} ${indicator.id ? html`<code class="id">${indicator.id}</code>` : ''}${findingBadges(ctx, findingsUnder(ctx, pointer))}</th><td>${indicator.soort ? html`<span class="kind kind-${indicator.soort === 'outcome' ? 'outcome' : 'output'}">${enumLabel(indicator.soort, lang)}</span>` : '—'}</td><td>${baseline}</td><td>${targetText}</td><td>${indicator.richting ? enumLabel(indicator.richting, lang) : '—'}</td><td>${indicator.eenheid ? planText(ctx, indicator.eenheid) : '—'}</td><td>${indicator.bron ? planText(ctx, indicator.bron) : '—'}</td><td>${sparkline(ctx, indicator, targets)}</td></tr>`;
}

/** The goals and indicators section. */
export function renderIndicators(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const goals = entries(facts.plan.doelen);
  const heading = html`<h2 id="wp-indicators-h">${t.sectionIndicators}</h2>`;
  if (goals.length === 0) return html`<section id="wp-indicators" class="section" aria-labelledby="wp-indicators-h">${heading}<p class="empty">${t.indicatorsEmpty}</p></section>`;
  const blocks = goals.map(([index, doel]) => {
    const pointer = `/doelen/${index}`;
    const indicators = entries(doel.indicatoren);
    const own = findingsAt(ctx, pointer);
    const table =
      indicators.length > 0
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.colIndicator}"><table class="data indicators"><thead><tr><th scope="col">${t.colIndicator}</th><th scope="col">${t.colKind}</th><th scope="col">${t.colBaseline}</th><th scope="col">${t.colTargets}</th><th scope="col">${t.colDirection}</th><th scope="col">${t.colUnit}</th><th scope="col">${t.colDataSource}</th><th scope="col">${t.colTrend}</th></tr></thead><tbody>${indicators.map(([i, indicator]) => indicatorRow(ctx, indicator, `${pointer}/indicatoren/${i}`))}</tbody></table></div>`
        : html`<p class="empty">${t.noIndicators}</p>`;
    return html`<div class="goal"><h3>${planText(ctx, doel.titel ?? doel.id ?? '')} ${doel.id ? html`<code class="id">${doel.id}</code>` : ''} ${doel.domein ? html`<span class="kind">${t.domein}: ${enumLabel(doel.domein, lang)}</span>` : ''} ${findingBadges(ctx, own)}</h3>${table}</div>`;
  });
  return html`<section id="wp-indicators" class="section" aria-labelledby="wp-indicators-h">${heading}${findingBadges(ctx, findingsAt(ctx, '/doelen'))}${blocks}</section>`;
}
