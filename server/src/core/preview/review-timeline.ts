/**
 * The end dates of the previous version beside the current ones, for the review page: the
 * plan's end, each partner's commitment and each source's last paying year, as a dumbbell
 * chart (open circle: before, filled circle: now) and the same in a table, so nothing rests on
 * the chart or on colour alone. Pure; only drawn when the context carries a review.
 */
import { compareDates, parseDate, type CalendarDate } from '../model';
import type { RenderContext } from './context';
import { formatDate } from './format';
import { html, num, truncate, type SafeHtml } from './html';
import { REVIEW_LABELS } from './review-i18n';
import { changeMarks, oldPartner, oldSource, removedPartners } from './review-view';

type Direction = 'earlier' | 'later' | 'same' | 'new' | 'removed' | 'none';

interface EndRow {
  label: string;
  before: CalendarDate | undefined;
  after: CalendarDate | undefined;
  beforeText: string;
  afterText: string;
  direction: Direction;
  marks: SafeHtml;
}

const WIDTH = 1000;
const LABEL_X = 10;
const X0 = 330;
const X1 = 970;
const AXIS_H = 28;
const ROW_H = 24;
const MAX_ROWS = 80;
/** Beside an end date, only the changes of that date: an amount change is marked in the money section. */
const COMMITMENT_KINDS = ['commitment-shortened', 'commitment-extended', 'commitment-removed', 'commitment-added'];
const SOURCE_END_KINDS = ['source-ends-earlier', 'source-ends-later'];

function direction(before: CalendarDate | undefined, after: CalendarDate | undefined): Direction {
  if (before && after) {
    const order = compareDates(after, before);
    return order < 0 ? 'earlier' : order > 0 ? 'later' : 'same';
  }
  if (after) return 'new';
  if (before) return 'removed';
  return 'none';
}

function lastDayOf(year: number | undefined): CalendarDate | undefined {
  return year === undefined ? undefined : { year, month: 12, day: 31 };
}

function endRows(ctx: RenderContext): EndRow[] {
  const view = ctx.review!;
  const r = REVIEW_LABELS[ctx.lang];
  const dateText = (date: CalendarDate | undefined) => (date ? formatDate(date, ctx.lang) : '—');
  const rows: EndRow[] = [];
  const push = (label: string, before: CalendarDate | undefined, after: CalendarDate | undefined, marks: SafeHtml, text = dateText) => {
    const dir = direction(before, after);
    if (dir !== 'none') rows.push({ label, before, after, beforeText: text(before), afterText: text(after), direction: dir, marks });
  };

  push(r.rowPlanEnd, view.before.period?.end, ctx.facts.period?.end, changeMarks(ctx, '/looptijd/eind', { exact: true }));
  for (const fact of ctx.facts.partners) {
    const old = oldPartner(view, fact);
    const name = fact.partner.naam ?? fact.partner.id ?? '';
    push(r.rowCommitment(name), parseDate(old?.partner.commitment?.tot), parseDate(fact.partner.commitment?.tot), changeMarks(ctx, fact.pointer, { kinds: COMMITMENT_KINDS }));
  }
  for (const old of removedPartners(view, ctx.facts)) {
    push(r.rowCommitment(old.partner.naam ?? old.partner.id ?? ''), parseDate(old.partner.commitment?.tot), undefined, changeMarks(ctx, old.pointer, { side: 'before' }));
  }
  const yearText = (date: CalendarDate | undefined) => (date ? r.paysThrough(date.year) : '—');
  for (const source of ctx.facts.sources) {
    const old = oldSource(view, source);
    push(r.rowSource(source.bron.naam ?? source.bron.id ?? ''), lastDayOf(old?.lastPaying), lastDayOf(source.lastPaying), changeMarks(ctx, source.pointer, { kinds: SOURCE_END_KINDS }), yearText);
  }
  for (const old of view.before.sources) {
    const id = old.bron.id;
    const still = ctx.facts.sources.some((now) => (typeof id === 'string' ? now.bron.id === id : now.index === old.index && typeof now.bron.id !== 'string'));
    if (!still) push(r.rowSource(old.bron.naam ?? old.bron.id ?? ''), lastDayOf(old.lastPaying), undefined, changeMarks(ctx, old.pointer, { side: 'before' }), yearText);
  }
  return rows.slice(0, MAX_ROWS);
}

function directionWord(ctx: RenderContext, dir: Direction): string {
  const r = REVIEW_LABELS[ctx.lang];
  return { earlier: r.earlier, later: r.later, same: r.same, new: r.newHere, removed: r.removedHere, none: '' }[dir];
}

function chart(ctx: RenderContext, rows: EndRow[]): SafeHtml {
  const r = REVIEW_LABELS[ctx.lang];
  const years = rows.flatMap((row) => [row.before?.year, row.after?.year]).filter((year): year is number => year !== undefined);
  const from = Math.min(...years);
  const to = Math.max(from + 1, Math.max(...years));
  const perYear = (X1 - X0) / (to - from + 1);
  const x = (date: CalendarDate) => X0 + (date.year - from + (date.month - 1) / 12 + (date.day - 1) / 365) * perYear;
  const height = AXIS_H + rows.length * ROW_H + 8;
  const step = perYear >= 34 ? 1 : perYear >= 17 ? 2 : 5;
  const parts: SafeHtml[] = [];
  for (let year = from; year <= to; year++) {
    const xx = X0 + (year - from) * perYear;
    parts.push(html`<line class="tl-grid" x1="${num(xx)}" y1="${AXIS_H - 6}" x2="${num(xx)}" y2="${num(height)}"/>`);
    if (year % step === 0) parts.push(html`<text class="tl-year" x="${num(xx + perYear / 2)}" y="${AXIS_H - 10}" text-anchor="middle">${year}</text>`);
  }
  rows.forEach((row, i) => {
    const cy = AXIS_H + i * ROW_H + ROW_H / 2;
    const word = directionWord(ctx, row.direction);
    parts.push(html`<text class="tl-label-sub rv-row-label" x="${LABEL_X}" y="${num(cy + 4)}">${truncate(row.label, 44)}</text>`);
    const title = `${row.label}: ${r.previousVersion.toLowerCase()} ${row.beforeText}, ${r.thisVersion.toLowerCase()} ${row.afterText} (${word})`;
    const shapes: SafeHtml[] = [];
    if (row.before && row.after && row.direction !== 'same') {
      shapes.push(html`<line class="rv-span rv-span-${row.direction}" x1="${num(x(row.before))}" y1="${num(cy)}" x2="${num(x(row.after))}" y2="${num(cy)}"/>`);
    }
    if (row.before) shapes.push(html`<circle class="rv-old" cx="${num(x(row.before))}" cy="${num(cy)}" r="6"/>`);
    if (row.after) shapes.push(html`<circle class="rv-new" cx="${num(x(row.after))}" cy="${num(cy)}" r="${row.before && row.direction === 'same' ? 3.5 : 5}"/>`);
    parts.push(html`<g>${shapes}<title>${title}</title></g>`);
  });
  const changed = rows.filter((row) => row.direction !== 'same').length;
  const aria = r.endDatesAria(rows.length, changed);
  return html`<svg class="chart-svg" role="img" aria-label="${aria}" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" preserveAspectRatio="xMinYMin meet"><title>${aria}</title>${parts}</svg>`;
}

function table(ctx: RenderContext, rows: EndRow[]): SafeHtml {
  const r = REVIEW_LABELS[ctx.lang];
  const body = rows.map((row) => {
    const word = directionWord(ctx, row.direction);
    const weaker = row.direction === 'earlier' || row.direction === 'removed';
    return html`<tr class="${row.direction === 'same' ? '' : `rv-changed rv-${row.direction}`}"><th scope="row">${row.label}</th><td>${row.beforeText}</td><td>${row.afterText}</td><td>${row.direction === 'same' ? word : html`<strong class="${weaker ? 'warn-text' : ''}">${word}</strong>`} ${row.marks}</td></tr>`;
  });
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${r.endDatesTitle}"><table class="data"><caption class="vh">${r.endDatesTitle}</caption><thead><tr><th scope="col">${r.colPart}</th><th scope="col">${r.previousVersion}</th><th scope="col">${r.thisVersion}</th><th scope="col">${r.changeCol}</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The end-date comparison inside the timeline section; empty outside the review page. */
export function renderReviewEndDates(ctx: RenderContext): SafeHtml {
  if (!ctx.review) return html``;
  const r = REVIEW_LABELS[ctx.lang];
  const rows = endRows(ctx);
  if (rows.length === 0) return html``;
  const legend = html`<ul class="legend" aria-label="${ctx.t.legend}"><li><svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false"><circle class="rv-old" cx="11" cy="7" r="5"/></svg>${r.previousVersion}</li><li><svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false"><circle class="rv-new" cx="11" cy="7" r="5"/></svg>${r.thisVersion}</li></ul>`;
  return html`<h3 id="wp-end-dates-h">${r.endDatesTitle}</h3>
<p class="intro">${r.endDatesIntro}</p>
<figure class="chart" tabindex="0" role="region" aria-label="${r.endDatesTitle}">${chart(ctx, rows)}</figure>
${legend}
${table(ctx, rows)}`;
}
