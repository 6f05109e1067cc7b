/**
 * The timeline: the plan period as an axis of years, each intervention as a bar with the
 * paying years of its sources beneath it, continuation decisions, evaluation moments and the
 * baseline. Money that stops before its intervention ends is drawn as a red hatched segment
 * and said in words. Inline SVG with geometry in attributes and colour from CSS classes, so it
 * needs no style attribute (the webview's CSP forbids them) and follows the theme.
 */
import { addDays, daysInMonth, entries, isLeapYear, parseDate, type CalendarDate } from '../model';
import { findingBadges, findingsAt, type RenderContext } from './context';
import type { InterventionFact, MoneyKind, SourceFact } from './derive';
import { formatDate, formatYears } from './format';
import { html, joinHtml, num, truncate, type SafeHtml } from './html';
import { enumLabel } from './i18n';
import { REVIEW_LABELS } from './review-i18n';
import { renderReviewEndDates } from './review-timeline';
import { oldSource } from './review-view';
import { planText, planTextPlain } from './placeholders';

const WIDTH = 1000;
const LABEL_X = 10;
const X0 = 300;
const X1 = 984;
const AXIS_H = 30;
/** At most this many years are drawn; further dates are clipped to the edge. */
const MAX_YEARS = 60;

interface Axis {
  from: number;
  to: number;
  x: (date: CalendarDate) => number;
  xYear: (year: number) => number;
}

function dayOfYear(date: CalendarDate): number {
  let day = date.day;
  for (let month = 1; month < date.month; month++) day += daysInMonth(date.year, month);
  return day;
}

function makeAxis(from: number, to: number): Axis {
  const perYear = (X1 - X0) / (to - from + 1);
  const clamp = (x: number) => Math.min(X1, Math.max(X0, x));
  const xYear = (year: number) => clamp(X0 + (year - from) * perYear);
  const x = (date: CalendarDate) => clamp(X0 + (date.year - from + (dayOfYear(date) - 1) / (isLeapYear(date.year) ? 366 : 365)) * perYear);
  return { from, to, x, xYear };
}

/** The years to draw: the plan period, widened to what the plan dates, within limits. */
function axisYears(ctx: RenderContext): { from: number; to: number } | undefined {
  const { facts } = ctx;
  const plan = facts.plan;
  const years: number[] = [];
  const addDate = (value: unknown) => {
    const date = parseDate(value);
    if (date) years.push(date.year);
  };
  for (const fact of facts.interventions) {
    if (fact.period) years.push(fact.period.start.year, fact.period.end.year);
    for (const source of fact.sources) years.push(...source.payingYears);
    if (fact.decision) years.push(fact.decision.year);
  }
  addDate(plan.evaluatie?.nulmeting?.datum);
  for (const [, moment] of entries(plan.evaluatie?.momenten)) addDate(moment.datum);
  const period = facts.period;
  if (!period && years.length === 0) return undefined;
  let from = period ? period.start.year : Math.min(...years);
  let to = period ? period.end.year : Math.max(...years);
  for (const year of years) {
    // Around a plan period the axis widens by a few years at most, so a stray date does not squash it.
    if (year < from && (!period || year >= period.start.year - 3)) from = year;
    if (year > to && (!period || year <= period.end.year + 3)) to = year;
  }
  if (to - from + 1 > MAX_YEARS) to = from + MAX_YEARS - 1;
  return { from, to };
}

function yearLabels(axis: Axis, height: number): SafeHtml {
  const count = axis.to - axis.from + 1;
  const perYear = (X1 - X0) / count;
  const step = perYear >= 34 ? 1 : perYear >= 17 ? 2 : perYear >= 7 ? 5 : 10;
  const parts: SafeHtml[] = [];
  for (let year = axis.from; year <= axis.to; year++) {
    const x = axis.xYear(year);
    const major = year % 5 === 0;
    parts.push(html`<line class="${major ? 'tl-grid tl-grid-major' : 'tl-grid'}" x1="${num(x)}" y1="${AXIS_H - 6}" x2="${num(x)}" y2="${num(height)}"/>`);
    if (year % step === 0 || step === 1) {
      parts.push(html`<text class="tl-year" x="${num(x + perYear / 2)}" y="${AXIS_H - 12}" text-anchor="middle">${year}</text>`);
    }
  }
  parts.push(html`<line class="tl-grid tl-grid-major" x1="${X1}" y1="${AXIS_H - 6}" x2="${X1}" y2="${num(height)}"/>`);
  return joinHtml(parts);
}

function kindClass(soort: unknown): MoneyKind {
  return soort === 'structureel' || soort === 'incidenteel' || soort === 'resultaatfinanciering' ? soort : 'onbekend';
}

/** Runs of consecutive years with money, as [first, last] pairs. */
function runs(years: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const year of years) {
    const last = out.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else out.push([year, year]);
  }
  return out;
}

function sourceLane(ctx: RenderContext, axis: Axis, source: SourceFact, y: number): SafeHtml {
  const name = planTextPlain(ctx, source.bron.naam ?? source.bron.id ?? '');
  const kind = kindClass(source.bron.soort);
  // On the review page, the previous version's paying years are an outline behind the current ones.
  const old = ctx.review ? oldSource(ctx.review, source) : undefined;
  const ghosts =
    old && old.payingYears.join() !== source.payingYears.join()
      ? runs(old.payingYears.filter((year) => year <= axis.to && year >= axis.from)).map(
          ([first, last]) =>
            html`<rect class="tl-src-old" x="${num(axis.xYear(first))}" y="${y + 2}" width="${num(Math.max(2, axis.xYear(last + 1) - axis.xYear(first)))}" height="10" rx="2"><title>${REVIEW_LABELS[ctx.lang].sourceWas(name, formatYears(first, last))}</title></rect>`,
        )
      : [];
  const segments = runs(source.payingYears.filter((year) => year <= axis.to && year >= axis.from)).map(
    ([first, last]) =>
      html`<rect class="tl-src src-${kind}" x="${num(axis.xYear(first))}" y="${y + 3}" width="${num(Math.max(2, axis.xYear(last + 1) - axis.xYear(first)))}" height="8" rx="2"><title>${name}: ${formatYears(first, last)} (${enumLabel(kind, ctx.lang)})</title></rect>`,
  );
  return html`<text class="tl-label-src" x="${LABEL_X + 16}" y="${y + 11}">${truncate(name, 42)}</text>${ghosts}${segments}`;
}

interface RowResult {
  markup: SafeHtml;
  height: number;
}

function interventionRow(ctx: RenderContext, axis: Axis, fact: InterventionFact, y: number): RowResult {
  const { t } = ctx;
  const iv = fact.interventie;
  const name = planTextPlain(ctx, iv.naam ?? iv.id ?? '');
  const parts: SafeHtml[] = [];
  const rowH = 38;
  let sub = '';
  let subClass = 'tl-label-sub';
  if (fact.period) sub = formatYears(fact.period.start.year, fact.period.end.year);
  if (iv.voortzetting?.strategie) sub += `${sub ? ' · ' : ''}${enumLabel(iv.voortzetting.strategie, ctx.lang)}`;
  let warning = '';
  if (fact.status === 'early' && fact.lastPaying !== undefined) warning = t.moneyStopsAfter(fact.lastPaying);
  else if (fact.status === 'never') warning = t.moneyNever;
  else if (fact.status === 'unresolved') warning = t.moneyUnresolved;
  else if (fact.status === 'none' && fact.budgetPerYear.size > 0) warning = t.moneyNone;
  if (warning) {
    sub = `⚠ ${warning}`;
    subClass = 'tl-label-warn';
  } else if (fact.status === 'none') {
    sub += `${sub ? ' · ' : ''}${t.moneyNone}`;
  }
  parts.push(html`<text class="tl-label" x="${LABEL_X}" y="${y + 15}">${truncate(name, 40)}</text>`);
  parts.push(html`<text class="${subClass}" x="${LABEL_X}" y="${y + 31}">${truncate(sub, 48)}</text>`);

  if (fact.period) {
    const xs = axis.x(fact.period.start);
    const xe = axis.x(addDays(fact.period.end, 1));
    const barY = y + 6;
    const barH = 18;
    const title = `${name}: ${formatDate(fact.period.start, ctx.lang)} – ${formatDate(fact.period.end, ctx.lang)}`;
    parts.push(html`<rect class="tl-bar" x="${num(xs)}" y="${barY}" width="${num(Math.max(2, xe - xs))}" height="${barH}" rx="3"><title>${title}</title></rect>`);
    // The part of the bar that no money reaches: after the last paying year, or all of it.
    let gapFrom: number | undefined;
    if (fact.status === 'early' && fact.lastPaying !== undefined) gapFrom = Math.max(xs, axis.xYear(fact.lastPaying + 1));
    else if (warning) gapFrom = xs;
    if (gapFrom !== undefined && xe > gapFrom) {
      parts.push(
        html`<rect class="tl-gap" x="${num(gapFrom)}" y="${barY}" width="${num(xe - gapFrom)}" height="${barH}" fill="url(#wp-hatch-gap)"><title>${name}: ${warning}</title></rect>`,
        html`<line class="tl-stop" x1="${num(gapFrom)}" y1="${barY - 4}" x2="${num(gapFrom)}" y2="${barY + barH + 4}"/>`,
      );
      if (X1 - xe >= 140) parts.push(html`<text class="tl-warn" x="${num(xe + 6)}" y="${barY + 13}">${warning}</text>`);
      else if (gapFrom - xs >= 150) parts.push(html`<text class="tl-warn tl-warn-inbar" x="${num(gapFrom - 6)}" y="${barY + 13}" text-anchor="end">${warning} ▸</text>`);
    }
    if (fact.decision) {
      const xd = axis.x(fact.decision);
      const title = t.decisionTitle(formatDate(fact.decision, ctx.lang));
      parts.push(
        html`<g class="tl-decision"><line x1="${num(xd)}" y1="${barY - 4}" x2="${num(xd)}" y2="${barY + barH + 2}"/><path d="M${num(xd)} ${barY - 9} l5 5 l-5 5 l-5 -5 z"/><title>${title}</title></g>`,
      );
    }
  }
  let height = rowH;
  for (const source of fact.sources) {
    parts.push(sourceLane(ctx, axis, source, y + height));
    height += 15;
  }
  for (const ref of fact.unresolved) {
    parts.push(html`<text class="tl-label-warn" x="${LABEL_X + 16}" y="${y + height + 11}">${truncate(`${ref}: ${t.moneyUnresolved}`, 48)}</text>`);
    height += 15;
  }
  return { markup: joinHtml(parts), height: height + 8 };
}

function milestoneRows(ctx: RenderContext, axis: Axis, y: number): RowResult {
  const { t, facts } = ctx;
  const parts: SafeHtml[] = [];
  let height = 0;
  const period = facts.period;
  if (period) {
    const xs = axis.x(period.start);
    const xe = axis.x(addDays(period.end, 1));
    parts.push(
      html`<text class="tl-label" x="${LABEL_X}" y="${y + 17}">${t.rowPlan}</text>`,
      html`<rect class="tl-plan" x="${num(xs)}" y="${y + 4}" width="${num(Math.max(2, xe - xs))}" height="18" rx="3"><title>${t.rowPlan}: ${formatDate(period.start, ctx.lang)} – ${formatDate(period.end, ctx.lang)}</title></rect>`,
      html`<text class="tl-plan-text" x="${num(xs + 8)}" y="${y + 17}">${formatYears(period.start.year, period.end.year)} · ${t.years(period.end.year - period.start.year + 1)}</text>`,
    );
    // On the review page, where the previous version's plan ended, when that moved.
    const oldEnd = ctx.review?.before.period?.end;
    if (oldEnd && formatDate(oldEnd, ctx.lang) !== formatDate(period.end, ctx.lang)) {
      const xo = axis.x(addDays(oldEnd, 1));
      parts.push(html`<g class="tl-old-end"><line x1="${num(xo)}" y1="${y}" x2="${num(xo)}" y2="${y + 26}"/><title>${REVIEW_LABELS[ctx.lang].planEndWas(formatDate(oldEnd, ctx.lang))}</title></g>`);
    }
    height += 30;
  }
  const baseline = parseDate(facts.plan.evaluatie?.nulmeting?.datum);
  if (baseline) {
    const xb = axis.x(baseline);
    const by = planTextPlain(ctx, facts.partnerName(facts.plan.evaluatie?.nulmeting?.door) ?? facts.plan.evaluatie?.nulmeting?.door ?? '');
    const label = formatDate(baseline, ctx.lang, true);
    const yy = y + height;
    const textRight = xb + 12 + label.length * 7 < X1;
    parts.push(
      html`<text class="tl-label" x="${LABEL_X}" y="${yy + 17}">${t.rowBaseline}</text>`,
      html`<g class="tl-baseline"><line x1="${num(xb)}" y1="${yy + 2}" x2="${num(xb)}" y2="${yy + 24}"/><path d="M${num(xb)} ${yy + 3} h10 l-3 4 l3 4 h-10 z"/><title>${t.rowBaseline}: ${formatDate(baseline, ctx.lang)}${by ? ` (${by})` : ''}</title></g>`,
      html`<text class="tl-baseline-text" x="${num(textRight ? xb + 14 : xb - 4)}" y="${yy + 21}" text-anchor="${textRight ? 'start' : 'end'}">${label}</text>`,
    );
    height += 30;
  }
  const moments = entries(facts.plan.evaluatie?.momenten)
    .map(([, moment]) => ({ moment, date: parseDate(moment.datum) }))
    .filter((item): item is { moment: (typeof item)['moment']; date: CalendarDate } => item.date !== undefined);
  if (moments.length > 0) {
    const yy = y + height;
    const cy = yy + 13;
    parts.push(html`<text class="tl-label" x="${LABEL_X}" y="${yy + 17}">${t.rowEvaluations}</text>`);
    for (const { moment, date } of moments) {
      const x = axis.x(date);
      const soort = moment.soort ?? '';
      const title = `${enumLabel(soort || t.unknown, ctx.lang)}: ${formatDate(date, ctx.lang)}${moment.onderwerp ? ` — ${moment.onderwerp}` : ''}`;
      let shape: SafeHtml;
      if (soort === 'eind') shape = html`<path class="tl-eval tl-eval-eind" d="M${num(x)} ${cy - 8} l8 8 l-8 8 l-8 -8 z"/>`;
      else if (soort === 'monitor') shape = html`<rect class="tl-eval tl-eval-monitor" x="${num(x - 5)}" y="${cy - 5}" width="10" height="10"/>`;
      else shape = html`<circle class="tl-eval tl-eval-tussentijds" cx="${num(x)}" cy="${cy}" r="6"/>`;
      parts.push(html`<g>${shape}<title>${title}</title></g>`);
    }
    height += 30;
  }
  return { markup: joinHtml(parts), height };
}

function legend(ctx: RenderContext): SafeHtml {
  const { t } = ctx;
  const swatch = (inner: SafeHtml) => html`<svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">${inner}</svg>`;
  const items: Array<[SafeHtml, string]> = [
    [swatch(html`<rect class="tl-plan" x="1" y="2" width="20" height="10" rx="2"/>`), t.rowPlan],
    [swatch(html`<rect class="tl-bar" x="1" y="2" width="20" height="10" rx="2"/>`), t.legendIntervention],
    [swatch(html`<rect class="tl-src src-structureel" x="1" y="3" width="20" height="8" rx="2"/>`), enumLabel('structureel', ctx.lang)],
    [swatch(html`<rect class="tl-src src-incidenteel" x="1" y="3" width="20" height="8" rx="2"/>`), enumLabel('incidenteel', ctx.lang)],
    [swatch(html`<rect class="tl-src src-resultaatfinanciering" x="1" y="3" width="20" height="8" rx="2"/>`), enumLabel('resultaatfinanciering', ctx.lang)],
    [swatch(html`<rect class="tl-gap" x="1" y="2" width="20" height="10" fill="url(#wp-hatch-gap)"/>`), t.legendGap],
    [swatch(html`<g class="tl-decision"><line x1="11" y1="4" x2="11" y2="14"/><path d="M11 0 l4 4 l-4 4 l-4 -4 z"/></g>`), t.legendDecision],
    [swatch(html`<g class="tl-baseline"><line x1="6" y1="1" x2="6" y2="14"/><path d="M6 1 h9 l-3 3.5 l3 3.5 h-9 z"/></g>`), t.legendBaseline],
    [swatch(html`<circle class="tl-eval tl-eval-tussentijds" cx="11" cy="7" r="5"/>`), enumLabel('tussentijds', ctx.lang)],
    [swatch(html`<rect class="tl-eval tl-eval-monitor" x="6.5" y="2.5" width="9" height="9"/>`), enumLabel('monitor', ctx.lang)],
    [swatch(html`<path class="tl-eval tl-eval-eind" d="M11 0 l7 7 l-7 7 l-7 -7 z"/>`), enumLabel('eind', ctx.lang)],
  ];
  return html`<ul class="legend" aria-label="${t.legend}">${items.map(([mark, text]) => html`<li>${mark}${text}</li>`)}</ul>`;
}

function sourcesText(ctx: RenderContext, fact: InterventionFact): string {
  const parts = fact.sources.map((source) => {
    const spans = runs(source.payingYears).map(([a, b]) => formatYears(a, b));
    return `${planTextPlain(ctx, source.bron.naam ?? source.bron.id ?? '')} (${enumLabel(kindClass(source.bron.soort), ctx.lang)}): ${spans.join(', ') || ctx.t.none}`;
  });
  for (const ref of fact.unresolved) parts.push(`${ref}: ${ctx.t.moneyUnresolved}`);
  return parts.join('; ') || ctx.t.moneyNone;
}

function timelineTable(ctx: RenderContext): SafeHtml {
  const { t, facts } = ctx;
  const rows = facts.interventions.map((fact) => {
    const iv = fact.interventie;
    const period = fact.period
      ? `${formatDate(fact.period.start, ctx.lang)} – ${formatDate(fact.period.end, ctx.lang)}${fact.inheritsPeriod ? ` (${t.periodInherited})` : ''}`
      : t.unknown;
    let until: SafeHtml = html`${fact.lastPaying ?? '—'}`;
    if (fact.status === 'early' && fact.lastPaying !== undefined) until = html`<strong class="warn-text">${fact.lastPaying} — ${t.moneyStopsAfter(fact.lastPaying)}</strong>`;
    else if (fact.status === 'never' || fact.status === 'unresolved') until = html`<strong class="warn-text">${fact.status === 'never' ? t.moneyNever : t.moneyUnresolved}</strong>`;
    const continuation = iv.voortzetting?.strategie ? enumLabel(iv.voortzetting.strategie, ctx.lang) : t.noContinuation;
    return html`<tr><th scope="row">${planText(ctx, iv.naam ?? iv.id ?? '')}</th><td>${period}</td><td>${sourcesText(ctx, fact)}</td><td>${until}</td><td>${fact.decision ? formatDate(fact.decision, ctx.lang) : '—'}</td><td>${continuation}</td></tr>`;
  });
  const plan = facts.plan;
  const milestones: SafeHtml[] = [];
  const baseline = plan.evaluatie?.nulmeting;
  if (baseline?.datum) {
    milestones.push(html`<tr><td>${formatDate(baseline.datum, ctx.lang)}</td><td>${t.rowBaseline}</td><td>${planText(ctx, facts.partnerName(baseline.door) ?? baseline.door ?? '')}</td></tr>`);
  }
  for (const [, moment] of entries(plan.evaluatie?.momenten)) {
    milestones.push(
      html`<tr><td>${moment.datum ? formatDate(moment.datum, ctx.lang) : t.unknown}</td><td>${moment.soort ? enumLabel(moment.soort, ctx.lang) : t.unknown}</td><td>${planText(ctx, facts.partnerName(moment.door) ?? moment.door ?? '')}</td></tr>`,
    );
  }
  return html`<details class="alt"><summary>${t.timelineTable}</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.timelineTable}"><table class="data"><caption>${t.sectionTimeline}</caption><thead><tr><th scope="col">${t.colIntervention}</th><th scope="col">${t.colPeriod}</th><th scope="col">${t.colSources}</th><th scope="col">${t.colMoneyUntil}</th><th scope="col">${t.colDecision}</th><th scope="col">${t.colContinuation}</th></tr></thead><tbody>${rows}</tbody></table></div>
${milestones.length > 0 ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.milestonesTable}"><table class="data"><caption>${t.milestonesTable}</caption><thead><tr><th scope="col">${t.colDate}</th><th scope="col">${t.colKind}</th><th scope="col">${t.colBy}</th></tr></thead><tbody>${milestones}</tbody></table></div>` : ''}
</details>`;
}

/** The timeline section. */
export function renderTimeline(ctx: RenderContext): SafeHtml {
  const { t, facts } = ctx;
  const years = axisYears(ctx);
  const heading = html`<h2 id="wp-timeline-h">${t.sectionTimeline}</h2>`;
  if (!years) return html`<section id="wp-timeline" class="section" aria-labelledby="wp-timeline-h">${heading}<p class="empty">${t.timelineEmpty}</p></section>`;
  const axis = makeAxis(years.from, years.to);
  let y = AXIS_H + 6;
  const milestones = milestoneRows(ctx, axis, y);
  y += milestones.height;
  const rows: SafeHtml[] = [];
  if (facts.interventions.length > 0) {
    rows.push(html`<line class="tl-sep" x1="${LABEL_X}" y1="${y + 4}" x2="${X1}" y2="${y + 4}"/>`);
    y += 12;
  }
  for (const fact of facts.interventions) {
    const row = interventionRow(ctx, axis, fact, y);
    rows.push(row.markup);
    y += row.height;
  }
  const height = y + 6;
  const period = facts.period;
  const shade = period
    ? html`<rect class="tl-period" x="${num(axis.x(period.start))}" y="${AXIS_H - 6}" width="${num(Math.max(2, axis.x(addDays(period.end, 1)) - axis.x(period.start)))}" height="${num(height - AXIS_H + 6)}"/>`
    : '';
  const early = facts.interventions.filter((fact) => fact.status !== 'ok' && fact.status !== 'none');
  const aria =
    t.timelineAria(years.from, years.to, facts.interventions.length) +
    (early.length > 0 ? t.timelineAriaEarly(early.map((fact) => planTextPlain(ctx, fact.interventie.naam ?? fact.interventie.id ?? '')).join(', ')) : '') +
    t.timelineAriaTable;
  const svg = html`<svg class="chart-svg" role="img" aria-label="${aria}" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" preserveAspectRatio="xMinYMin meet"><title>${aria}</title>${shade}${yearLabels(axis, height)}${milestones.markup}${rows}</svg>`;
  const badges = findingBadges(ctx, findingsAt(ctx, '/looptijd'));
  return html`<section id="wp-timeline" class="section" aria-labelledby="wp-timeline-h">${heading}
<p class="intro">${t.timelineIntro} ${badges}</p>
<figure class="chart" tabindex="0" role="region" aria-label="${t.sectionTimeline}">${svg}</figure>
${legend(ctx)}${renderReviewEndDates(ctx)}
${timelineTable(ctx)}
</section>`;
}
