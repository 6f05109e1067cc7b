/**
 * The money: amounts per year stacked by kind of source against the interventions' budget,
 * the years the budget is not covered, where the money stops, and the structural share.
 * Followed by the sources and earn-back effects as written.
 */
import { entries } from '../model';
import { findingBadges, findingsAt, findingsUnder, type RenderContext } from './context';
import { MONEY_KINDS, type MoneyKind, type SourceFact, type YearMoney } from './derive';
import { formatMoney, formatMoneyShort, formatPercent, formatYears } from './format';
import { html, joinHtml, num, type SafeHtml } from './html';
import { enumLabel } from './i18n';
import { REVIEW_LABELS } from './review-i18n';
import { changeMarks, oldFundingByYear, oldSource } from './review-view';
import { planText } from './placeholders';

const WIDTH = 1000;
const HEIGHT = 330;
const X0 = 86;
const X1 = 984;
const TOP = 34;
const BOTTOM = HEIGHT - 34;
const MAX_YEARS = 60;

/** Bottom to top: the steady money first, the money that may vanish on top. */
const STACK_ORDER: readonly MoneyKind[] = ['structureel', 'resultaatfinanciering', 'incidenteel', 'onbekend'];

function kindOf(soort: unknown): MoneyKind {
  return soort === 'structureel' || soort === 'incidenteel' || soort === 'resultaatfinanciering' ? soort : 'onbekend';
}

function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= rough) return factor * power;
  return 10 * power;
}

function chartYears(ctx: RenderContext): YearMoney[] {
  const { money, period } = ctx.facts;
  const known = new Map(money.years.map((entry) => [entry.year, entry]));
  const present = money.years.filter((entry) => entry.funding > 0 || entry.budget > 0).map((entry) => entry.year);
  // On the review page the previous version's years count too, so money that disappeared still shows.
  if (ctx.review) present.push(...[...oldFundingByYear(ctx.review)].filter(([, funding]) => funding > 0).map(([year]) => year));
  if (present.length === 0) return [];
  let from = period ? period.start.year : Math.min(...present);
  let to = period ? period.end.year : Math.max(...present);
  for (const year of present) {
    if (year < from && (!period || year >= period.start.year - 3)) from = year;
    if (year > to && (!period || year <= period.end.year + 3)) to = year;
  }
  if (to - from + 1 > MAX_YEARS) to = from + MAX_YEARS - 1;
  const out: YearMoney[] = [];
  for (let year = from; year <= to; year++) {
    out.push(known.get(year) ?? { year, bySoort: { structureel: 0, incidenteel: 0, resultaatfinanciering: 0, onbekend: 0 }, funding: 0, budget: 0 });
  }
  return out;
}

function moneyChart(ctx: RenderContext, years: YearMoney[]): SafeHtml {
  const { t, lang, facts } = ctx;
  const old = ctx.review ? oldFundingByYear(ctx.review) : undefined;
  const max = Math.max(1, ...years.map((entry) => Math.max(entry.funding, entry.budget, old?.get(entry.year) ?? 0)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (value: number) => BOTTOM - (value / top) * (BOTTOM - TOP);
  const band = (X1 - X0) / years.length;
  const barW = Math.max(2, Math.min(44, band * (old ? 0.4 : 0.64)));
  const parts: SafeHtml[] = [];

  for (let value = 0; value <= top + step / 2; value += step) {
    parts.push(
      html`<line class="${value === 0 ? 'mn-axis' : 'mn-grid'}" x1="${X0}" y1="${num(y(value))}" x2="${X1}" y2="${num(y(value))}"/>`,
      html`<text class="mn-tick" x="${X0 - 8}" y="${num(y(value) + 4)}" text-anchor="end">${formatMoneyShort(value, lang)}</text>`,
    );
  }

  // When the plan runs on after the last money, the rest of the plan period is shaded.
  const last = facts.money.lastFundedYear;
  const period = facts.period;
  const firstYear = years[0].year;
  const xOfYear = (year: number) => X0 + (year - firstYear) * band;
  if (last !== undefined && period && last < period.end.year) {
    const xs = Math.max(X0, xOfYear(last + 1));
    const xe = Math.min(X1, xOfYear(period.end.year + 1));
    if (xe > xs) {
      parts.push(
        html`<rect class="mn-nomoney" x="${num(xs)}" y="${TOP}" width="${num(xe - xs)}" height="${num(BOTTOM - TOP)}" fill="url(#wp-hatch-soft)"/>`,
        html`<line class="mn-stop" x1="${num(xs)}" y1="${TOP - 14}" x2="${num(xs)}" y2="${BOTTOM}"/>`,
        html`<text class="mn-stop-text" x="${num(xs + 5)}" y="${TOP - 4}">${t.noMoneyAfter(last)}</text>`,
      );
    }
  }

  const labelStep = band >= 30 ? 1 : band >= 15 ? 2 : 5;
  years.forEach((entry, i) => {
    // With a previous version, its total stands as an outlined bar left of the current one.
    const x = old ? X0 + i * band + band / 2 + 1 : X0 + i * band + (band - barW) / 2;
    const was = old?.get(entry.year) ?? 0;
    if (old && was > 0) {
      parts.push(
        html`<rect class="mn-old" x="${num(x - 2 - barW)}" y="${num(y(was))}" width="${num(barW)}" height="${num(y(0) - y(was))}"><title>${entry.year}, ${REVIEW_LABELS[lang].was(formatMoney(was, lang))}</title></rect>`,
      );
    }
    let base = 0;
    for (const kind of STACK_ORDER) {
      const amount = entry.bySoort[kind];
      if (amount <= 0) continue;
      parts.push(
        html`<rect class="mn-bar src-${kind}" x="${num(x)}" y="${num(y(base + amount))}" width="${num(barW)}" height="${num(y(base) - y(base + amount))}"><title>${entry.year}, ${enumLabel(kind, lang)}: ${formatMoney(amount, lang)}</title></rect>`,
      );
      base += amount;
    }
    const short = facts.money.shortYears.includes(entry.year);
    if (short) {
      parts.push(
        html`<rect class="mn-short" x="${num(x)}" y="${num(y(entry.budget))}" width="${num(barW)}" height="${num(y(entry.funding) - y(entry.budget))}" fill="url(#wp-hatch-gap)"><title>${entry.year}: ${t.shortfall} ${formatMoney(entry.budget - entry.funding, lang)}</title></rect>`,
        html`<text class="mn-short-mark" x="${num(x + barW / 2)}" y="${num(y(entry.budget) - 5)}" text-anchor="middle">!</text>`,
      );
    }
    if ((entry.year - firstYear) % labelStep === 0) {
      parts.push(html`<text class="${short ? 'mn-year mn-year-short' : 'mn-year'}" x="${num(X0 + i * band + band / 2)}" y="${BOTTOM + 18}" text-anchor="middle">${entry.year}</text>`);
    }
  });

  if (years.some((entry) => entry.budget > 0)) {
    let d = '';
    years.forEach((entry, i) => {
      const xa = X0 + i * band;
      const yy = num(y(entry.budget));
      d += `${i === 0 ? 'M' : 'L'}${num(xa)} ${yy} L${num(xa + band)} ${yy} `;
    });
    parts.push(html`<path class="mn-budget" d="${d.trim()}"/>`);
  }

  const from = years[0].year;
  const to = years.at(-1)!.year;
  let aria = t.moneyAria(from, to);
  if (facts.money.shortYears.length > 0) aria += t.moneyAriaShort(facts.money.shortYears.join(', '));
  if (last !== undefined) aria += t.moneyAriaStops(last);
  if (old) aria += REVIEW_LABELS[lang].moneyAriaOld;
  return html`<svg class="chart-svg" role="img" aria-label="${aria}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" preserveAspectRatio="xMinYMin meet"><title>${aria}</title>${parts}</svg>`;
}

function legend(ctx: RenderContext, kinds: MoneyKind[], hasBudget: boolean, hasShort: boolean, hasOld = false): SafeHtml {
  const { t, lang } = ctx;
  const swatch = (inner: SafeHtml) => html`<svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">${inner}</svg>`;
  const items: SafeHtml[] = kinds.map((kind) => html`<li>${swatch(html`<rect class="mn-bar src-${kind}" x="1" y="1" width="20" height="12"/>`)}${enumLabel(kind, lang)}</li>`);
  if (hasBudget) items.push(html`<li>${swatch(html`<path class="mn-budget" d="M1 7 H21"/>`)}${t.budget}</li>`);
  if (hasShort) items.push(html`<li>${swatch(html`<rect class="mn-short" x="1" y="1" width="20" height="12" fill="url(#wp-hatch-gap)"/>`)}${t.shortfall}</li>`);
  if (hasOld) items.push(html`<li>${swatch(html`<rect class="mn-old" x="1" y="1" width="20" height="12"/>`)}${REVIEW_LABELS[lang].oldTotalLegend}</li>`);
  return html`<ul class="legend" aria-label="${t.legend}">${items}</ul>`;
}

function shareBlock(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const money = facts.money;
  const share = money.structuralShare;
  const shareText = share === undefined ? t.shareUnknown : formatPercent(share, lang);
  const level = share === undefined ? 'none' : share >= 0.5 ? 'good' : 'poor';
  let x = 0;
  const segments: SafeHtml[] = [];
  for (const kind of STACK_ORDER) {
    if (money.total <= 0 || money.totals[kind] <= 0) continue;
    const w = (money.totals[kind] / money.total) * 300;
    segments.push(html`<rect class="mn-bar src-${kind}" x="${num(x)}" y="0" width="${num(w)}" height="16"/>`);
    x += w;
  }
  const bar =
    money.total > 0
      ? html`<svg class="share-bar" role="img" aria-label="${t.shareAria(shareText)}" viewBox="0 0 300 16" width="300" height="16" preserveAspectRatio="none"><title>${t.shareAria(shareText)}</title>${segments}</svg>`
      : '';
  const rows = MONEY_KINDS.filter((kind) => money.totals[kind] > 0).map(
    (kind) =>
      html`<tr><th scope="row"><svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect class="mn-bar src-${kind}" width="14" height="14"/></svg>${enumLabel(kind, lang)}</th><td class="num">${formatMoney(money.totals[kind], lang)}</td><td class="num">${formatPercent(money.totals[kind] / money.total, lang)}</td><td class="num">${money.lastPayingByKind[kind] ?? '—'}</td></tr>`,
  );
  return html`<div class="share">
<div class="share-figure share-${level}"><span class="share-number">${shareText}</span><span class="share-label">${t.structuralShare}</span>${wasShare(ctx)}${findingBadges(ctx, findingsAt(ctx, '/financiering/bronnen'))}${changeMarks(ctx, '/financiering/bronnen', { exact: true })}</div>
<div class="share-detail">${bar}${rows.length > 0 ? html`<table class="data compact"><thead><tr><th scope="col">${t.colKind}</th><th scope="col" class="num">${t.colTotal}</th><th scope="col" class="num">%</th><th scope="col" class="num">${t.moneyUntilByKind}</th></tr></thead><tbody>${rows}</tbody></table>` : ''}</div>
</div>`;
}

/** The share in the previous version, when it differs (review page only). */
function wasShare(ctx: RenderContext): SafeHtml {
  const before = ctx.review?.before.money.structuralShare;
  const now = ctx.facts.money.structuralShare;
  if (!ctx.review || before === undefined || (now !== undefined && Math.round(before * 100) === Math.round(now * 100))) return html``;
  return html`<span class="was">${REVIEW_LABELS[ctx.lang].was(formatPercent(before, ctx.lang))}</span>`;
}

function moneyTable(ctx: RenderContext, years: YearMoney[], kinds: MoneyKind[]): SafeHtml {
  const { t, lang, facts } = ctx;
  const old = ctx.review ? oldFundingByYear(ctx.review) : undefined;
  const r = REVIEW_LABELS[lang];
  const rows = years.map((entry) => {
    const short = facts.money.shortYears.includes(entry.year);
    const balance = entry.funding - entry.budget;
    const was = old?.get(entry.year) ?? 0;
    const diff = entry.funding - was;
    const oldCells = old
      ? html`<td class="num">${formatMoney(was, lang)}</td><td class="num">${diff === 0 ? r.same : html`<strong class="${diff < 0 ? 'warn-text' : ''}">${diff > 0 ? '+' : '−'}${formatMoney(Math.abs(diff), lang)}</strong>`}</td>`
      : '';
    return html`<tr class="${short ? 'row-short' : ''}"><th scope="row">${entry.year}</th>${kinds.map((kind) => html`<td class="num">${formatMoney(entry.bySoort[kind], lang)}</td>`)}<td class="num">${formatMoney(entry.funding, lang)}</td>${oldCells}<td class="num">${formatMoney(entry.budget, lang)}</td><td class="num">${short ? html`<strong class="warn-text">${formatMoney(balance, lang)} (${t.shortLabel})</strong>` : formatMoney(balance, lang)}</td></tr>`;
  });
  const oldHeads = old ? html`<th scope="col" class="num">${r.colOldTotal}</th><th scope="col" class="num">${r.colDifference}</th>` : '';
  // On the review page the table is open: the old totals beside the new are what a reviewer reads.
  return html`<details class="alt"${old ? html` open` : ''}><summary>${t.moneyTable}</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${t.moneyTable}"><table class="data"><caption>${t.sectionMoney}</caption><thead><tr><th scope="col">${t.colYear}</th>${kinds.map((kind) => html`<th scope="col" class="num">${enumLabel(kind, lang)}</th>`)}<th scope="col" class="num">${t.colTotal}</th>${oldHeads}<th scope="col" class="num">${t.colBudget}</th><th scope="col" class="num">${t.colBalance}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function amountsText(ctx: RenderContext, source: SourceFact): string {
  const parts: string[] = [];
  for (const [, item] of entries(source.bron.bedragen)) {
    if (typeof item.bedrag !== 'number') continue;
    if (typeof item.jaar === 'number') parts.push(`${item.jaar}: ${formatMoney(item.bedrag, ctx.lang)}`);
    else if (typeof item.van === 'number' && typeof item.tot_en_met === 'number') {
      parts.push(`${formatYears(item.van, item.tot_en_met)}: ${formatMoney(item.bedrag, ctx.lang)} ${ctx.t.perYear}`);
    }
  }
  return parts.join('; ') || '—';
}

/** The amounts the previous version wrote for this source, when they differ (review page only). */
function wasAmounts(ctx: RenderContext, source: SourceFact): SafeHtml {
  const old = ctx.review ? oldSource(ctx.review, source) : undefined;
  if (!old) return html``;
  const before = amountsText(ctx, old);
  return before === amountsText(ctx, source) ? html`` : html`<span class="was">${REVIEW_LABELS[ctx.lang].was(before)}</span>`;
}

function wasTotal(ctx: RenderContext, source: SourceFact, total: number): SafeHtml {
  const old = ctx.review ? oldSource(ctx.review, source) : undefined;
  if (!old) return html``;
  const before = [...old.perYear.values()].reduce((sum, amount) => sum + amount, 0);
  return before === total ? html`` : html`<span class="was">${REVIEW_LABELS[ctx.lang].was(formatMoney(before, ctx.lang))}</span>`;
}

function sourcesTable(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  if (facts.sources.length === 0) return html``;
  const rows = facts.sources.map((source) => {
    const bron = source.bron;
    const total = [...source.perYear.values()].reduce((sum, amount) => sum + amount, 0);
    const goals = entries(bron.doelen).map(([, id]) => facts.doelTitle(id) ?? id);
    return html`<tr><th scope="row">${planText(ctx, bron.naam ?? '')} ${bron.id ? html`<code class="id">${bron.id}</code>` : ''} ${findingBadges(ctx, findingsUnder(ctx, source.pointer))}${changeMarks(ctx, source.pointer)}</th><td>${planText(ctx, facts.partnerName(bron.partner) ?? bron.partner ?? '—')}</td><td><span class="kind kind-${kindOf(bron.soort)}">${bron.soort ? enumLabel(bron.soort, lang) : t.unknown}</span></td><td>${amountsText(ctx, source)}${wasAmounts(ctx, source)}</td><td class="num">${formatMoney(total, lang)}${wasTotal(ctx, source, total)}</td><td>${goals.length > 0 ? joinHtml(goals.map((goal) => planText(ctx, goal)), ', ') : '—'}</td></tr>`;
  });
  return html`<h3>${t.sourcesTitle}</h3><div class="table-wrap" tabindex="0" role="region" aria-label="${t.sourcesTitle}"><table class="data"><thead><tr><th scope="col">${t.colSource}</th><th scope="col">${t.colPartner}</th><th scope="col">${t.colKind}</th><th scope="col">${t.colAmounts}</th><th scope="col" class="num">${t.colTotal}</th><th scope="col">${t.colGoals}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function earnBack(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const items = entries(facts.plan.financiering?.inverdieneffecten);
  if (!facts.plan.financiering) return html``;
  const rows = items.map(
    ([, item]) =>
      html`<tr><td>${planText(ctx, item.beschrijving ?? '')}</td><td>${planText(ctx, facts.partnerName(item.partner) ?? item.partner ?? '—')}</td><td class="num">${typeof item.bedrag_per_jaar === 'number' ? formatMoney(item.bedrag_per_jaar, lang) : '—'}</td><td>${item.begrotingspost ? planText(ctx, item.begrotingspost) : '—'}</td></tr>`,
  );
  return html`<h3>${t.earnBackTitle}</h3>${
    rows.length > 0
      ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.earnBackTitle}"><table class="data"><thead><tr><th scope="col">${t.colDescription}</th><th scope="col">${t.colPartner}</th><th scope="col" class="num">${t.perYear}</th><th scope="col">${t.colBudgetLine}</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : html`<p class="empty">${t.noEarnBack}</p>`
  }`;
}

/** The money section. */
export function renderMoney(ctx: RenderContext): SafeHtml {
  const { t, facts } = ctx;
  const years = chartYears(ctx);
  const kinds = MONEY_KINDS.filter((kind) => facts.money.totals[kind] > 0);
  const holder = facts.plan.financiering?.budgethouder;
  const badges = findingBadges(ctx, findingsAt(ctx, '/financiering'));
  const chart =
    years.length > 0
      ? html`<figure class="chart" tabindex="0" role="region" aria-label="${t.sectionMoney}">${moneyChart(ctx, years)}</figure>${legend(ctx, kinds, years.some((entry) => entry.budget > 0), facts.money.shortYears.length > 0, ctx.review !== undefined)}${moneyTable(ctx, years, kinds.length > 0 ? kinds : ['structureel'])}`
      : html`<p class="empty">${t.moneyEmpty}</p>`;
  return html`<section id="wp-money" class="section" aria-labelledby="wp-money-h"><h2 id="wp-money-h">${t.sectionMoney}</h2>
<p class="intro">${t.moneyIntro} ${badges}</p>
${facts.money.total > 0 ? shareBlock(ctx) : ''}
${chart}
${holder ? html`<p><strong>${t.budgetHolder}:</strong> ${planText(ctx, facts.partnerName(holder) ?? holder)}</p>` : ''}
${sourcesTable(ctx)}
${earnBack(ctx)}
</section>`;
}
