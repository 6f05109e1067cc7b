/**
 * The preview of a plan as an HTML fragment: header, the plan at a glance, the borging score,
 * timeline, money, partners × roles, indicators, the plan's sections and every finding. Pure:
 * no DOM, no IO, no clock. Every plan string goes through the escaping `html` builder; no
 * plan text is put into a style, a URL, an event attribute or a script, and no element gets
 * an id from the plan. The same fragment serves the standalone page and the VS Code webview.
 */
import type { LintResult } from '../lint';
import { entries, parseDate } from '../model';
import type { Finding, Lang } from '../types';
import { createContext, findingBadges, findingList, findingsAt, type RenderContext } from './context';
import { derive } from './derive';
import { renderEvaluation, renderGovernance, renderInterventions, renderResidents } from './details';
import { renderFindings } from './findings';
import { formatDate, formatNumber, formatPercent, formatYears } from './format';
import { html, joinHtml, type SafeHtml } from './html';
import { renderIndicators } from './indicators';
import { enumLabel, LABELS, SEVERITY_PLURALS } from './i18n';
import { PREVIEW_ROOT_ID } from './messages';
import { renderMoney } from './money';
import { renderPartners } from './partners';
import { renderScore, scoreRing } from './scores';
import type { ReviewView } from './review-view';
import { REVIEW_LABELS } from './review-i18n';
import { renderTimeline } from './timeline';
import { planText, placeholderSummary } from './placeholders';

/** What the preview is made from: the lint result of the plan text and its file name. */
export interface PreviewInput {
  result: LintResult;
  fileName: string;
  lang: Lang;
}

export { PREVIEW_ROOT_ID };

export interface BodyOptions {
  /**
   * True (the default) for the webview: places of findings are `<a href="#" data-line data-pointer>`
   * that the webview script turns into "reveal this line". False for the standalone page,
   * which shows "regel N" as plain text.
   */
  links?: boolean;
  /** The review page (`wijkplan diff --format html`): the previous version and the change list. */
  review?: ReviewView;
}

/** Patterns shared by the charts; drawn once per body so every chart can refer to them. */
function svgDefs(): SafeHtml {
  return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0"><defs><pattern id="wp-hatch-gap" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect class="hatch-bg" width="7" height="7"/><line class="hatch-line" x1="1" y1="0" x2="1" y2="7"/></pattern><pattern id="wp-hatch-soft" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(45)"><line class="hatch-soft" x1="1" y1="0" x2="1" y2="10"/></pattern></defs></svg>`;
}

function renderErrors(ctx: RenderContext, errors: Finding[]): SafeHtml {
  if (errors.length === 0) return html``;
  const { t } = ctx;
  return html`<section id="wp-errors" class="errors" aria-labelledby="wp-errors-h"><h2 id="wp-errors-h"><span aria-hidden="true">✖</span> ${t.sectionErrors}</h2><p>${ctx.result.plan ? t.errorsIntro : t.unreadable}</p>${findingList(ctx, errors)}</section>`;
}

function renderHeader(ctx: RenderContext, fileName: string): SafeHtml {
  const { t, lang, facts } = ctx;
  const plan = facts.plan;
  const wijk = plan.wijk;
  const period = facts.period;
  const adopted = plan.bestuur?.vastgesteld;
  const municipality = wijk?.gemeente
    ? html`${planText(ctx, wijk.gemeente)}${wijk.gemeentecode ? html` <code class="id">${wijk.gemeentecode}</code>` : ''}`
    : html``;
  const codes = Array.isArray(wijk?.wijkcodes) ? wijk.wijkcodes.filter((code) => typeof code === 'string') : [];
  const residents = typeof wijk?.inwoners === 'number' ? html` <span class="muted">· ${formatNumber(wijk.inwoners, lang)} ${t.inwoners}</span>` : '';
  const wijkText = wijk?.naam ? html`${planText(ctx, wijk.naam)}${residents}${codes.length > 0 ? html` <span class="muted">· ${codes.join(', ')}</span>` : ''}` : html``;
  const periodBadges = findingBadges(ctx, findingsAt(ctx, '/looptijd'));
  const looptijd = period
    ? html`${formatDate(period.start, lang)} – ${formatDate(period.end, lang)} <span class="muted">(${t.years(period.end.year - period.start.year + 1)})</span> ${periodBadges}`
    : periodBadges;
  const adoptedText = adopted
    ? html`${adopted.door ? html`${t.vastgesteldDoor} ${enumLabel(adopted.door, lang)}` : ''}${adopted.datum ? html` ${t.vastgesteldOp} ${formatDate(adopted.datum, lang)}` : ''}${adopted.kenmerk ? html` <span class="muted">(${t.kenmerk} ${planText(ctx, adopted.kenmerk)})</span>` : ''}`
    : html`<span class="warn-text">${t.notAdopted}</span>`;
  const item = (term: string, value: SafeHtml) => (value.value.trim() === '' ? '' : html`<div><dt>${term}</dt><dd>${value}</dd></div>`);
  return html`<header class="plan-header">
<p class="eyebrow">${t.documentTitle} · <span class="file">${fileName}</span></p>
<h1>${plan.titel ? planText(ctx, plan.titel) : ctx.result.plan ? t.untitled : fileName}</h1>
${placeholderSummary(ctx)}
${ctx.result.plan ? html`<dl class="header-facts">${item(t.wijk, wijkText)}${item(t.gemeente, municipality)}${item(t.looptijd, looptijd)}${item(t.vastgesteld, adoptedText)}</dl>` : ''}
${plan.visie ? html`<figure class="visie"><figcaption>${t.visie}</figcaption><blockquote><p>${planText(ctx, plan.visie)}</p></blockquote></figure>` : ''}
</header>`;
}

function renderGlance(ctx: RenderContext): SafeHtml {
  const { t, lang, facts, result } = ctx;
  const cards: SafeHtml[] = [];
  const score = result.score.overall;
  cards.push(
    html`<li class="g-card g-score"><a class="g-link" href="#wp-score"><span class="g-label">${t.glanceScore}</span><span class="g-row">${scoreRing(ctx, score, 64)}<span class="g-note">${score === null ? t.glanceScoreNull : t.glanceScoreOf}</span></span></a></li>`,
  );
  const period = facts.period;
  if (period) {
    cards.push(
      html`<li class="g-card"><span class="g-label">${t.glancePeriod}</span><span class="g-value">${formatYears(period.start.year, period.end.year)}</span><span class="g-note">${t.years(period.end.year - period.start.year + 1)}</span></li>`,
    );
  }
  const money = facts.money;
  const problems = facts.interventions.filter((fact) => fact.status === 'early' || fact.status === 'never' || fact.status === 'unresolved');
  const moneyNotes: SafeHtml[] = [];
  if (money.structuralShare !== undefined) {
    moneyNotes.push(html`<span class="g-note ${money.structuralShare >= 0.5 ? '' : 'warn-text'}">${t.glanceStructural(formatPercent(money.structuralShare, lang))}</span>`);
  }
  for (const fact of problems.slice(0, 3)) {
    const why = fact.status === 'early' && fact.lastPaying !== undefined ? t.moneyStopsAfter(fact.lastPaying) : fact.status === 'never' ? t.moneyNever : t.moneyUnresolved;
    moneyNotes.push(html`<span class="g-note warn-text">⚠ ${planText(ctx, fact.interventie.naam ?? fact.interventie.id ?? '')}: ${why}</span>`);
  }
  if (problems.length > 3) moneyNotes.push(html`<span class="g-note warn-text">⚠ ${t.glanceEarly(problems.length)}</span>`);
  const stopsEarly = money.lastFundedYear !== undefined && period !== undefined && money.lastFundedYear < period.end.year;
  if (stopsEarly) moneyNotes.unshift(html`<span class="g-note warn-text">⚠ ${t.glanceNoMoneyIn(formatYears(money.lastFundedYear! + 1, period!.end.year))}</span>`);
  if (money.shortYears.length > 0) moneyNotes.push(html`<span class="g-note warn-text">⚠ ${t.glanceShort(money.shortYears.length)}</span>`);
  cards.push(
    html`<li class="g-card ${problems.length > 0 || money.shortYears.length > 0 || stopsEarly || money.lastFundedYear === undefined ? 'g-warn' : ''}"><a class="g-link" href="#wp-money"><span class="g-label">${money.lastFundedYear !== undefined ? t.glanceMoneyUntil : t.glanceMoney}</span><span class="g-value ${stopsEarly || money.lastFundedYear === undefined ? 'warn-text' : ''}">${money.lastFundedYear ?? t.glanceNoMoney}</span>${moneyNotes}</a></li>`,
  );
  const baseline = facts.plan.evaluatie?.nulmeting;
  const baselineDate = parseDate(baseline?.datum);
  cards.push(
    html`<li class="g-card ${baselineDate ? '' : 'g-warn'}"><a class="g-link" href="#wp-timeline"><span class="g-label">${t.glanceBaseline}</span>${
      baselineDate
        ? html`<span class="g-value">${formatDate(baselineDate, lang, true)}</span>${baseline?.door ? html`<span class="g-note">${planText(ctx, facts.partnerName(baseline.door) ?? baseline.door)}</span>` : ''}`
        : html`<span class="g-value warn-text">${t.none}</span><span class="g-note warn-text">${t.glanceNoBaseline}</span>`
    }</a></li>`,
  );
  const holder = facts.plan.financiering?.budgethouder;
  const steering = entries(facts.plan.bestuur?.stuurgroep).length;
  const short = facts.partners.filter((fact) => fact.commitmentStatus === 'short').length;
  if (facts.partners.length > 0) {
    cards.push(
      html`<li class="g-card ${short > 0 ? 'g-warn' : ''}"><a class="g-link" href="#wp-partners"><span class="g-label">${t.glanceCarriers}</span><span class="g-value">${t.glancePartners(facts.partners.length)}</span>${holder ? html`<span class="g-note">${t.glanceBudgetHolder}: ${planText(ctx, facts.partnerName(holder) ?? holder)}</span>` : ''}${steering > 0 ? html`<span class="g-note">${t.glanceSteering(steering)}</span>` : ''}${short > 0 ? html`<span class="g-note warn-text">⚠ ${t.glanceShortCommitment(short)}</span>` : ''}</a></li>`,
    );
  }
  const hasErrors = result.findings.some((f) => f.severity === 'error');
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, result.findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => html`<span class="g-note ${severity === 'error' ? 'warn-text' : ''}">${SEVERITY_PLURALS[lang][severity](count)}</span>`);
  cards.push(
    html`<li class="g-card ${hasErrors ? 'g-warn' : ''}"><a class="g-link" href="#wp-findings"><span class="g-label">${t.glanceFindings}</span><span class="g-value ${hasErrors ? 'warn-text' : ''}">${result.findings.length > 0 ? result.findings.length : t.glanceNoFindings}</span>${bySeverity}</a></li>`,
  );
  return html`<section id="wp-glance" class="glance-section" aria-labelledby="wp-glance-h"><h2 id="wp-glance-h" class="vh">${t.sectionGlance}</h2><ul class="glance">${cards}</ul></section>`;
}

function renderNav(ctx: RenderContext): SafeHtml {
  const { t } = ctx;
  const links: Array<[string, string]> = [
    ...(ctx.review ? ([['wp-changes', REVIEW_LABELS[ctx.lang].sectionChanges]] as Array<[string, string]>) : []),
    ['wp-score', t.sectionScore],
    ['wp-timeline', t.sectionTimeline],
    ['wp-money', t.sectionMoney],
    ['wp-partners', t.sectionPartners],
    ['wp-indicators', t.sectionIndicators],
    ['wp-interventions', t.sectionInterventions],
    ['wp-governance', t.sectionGovernance],
    ['wp-evaluation', t.sectionEvaluation],
    ['wp-residents', t.sectionResidents],
    ['wp-findings', t.sectionFindings],
  ];
  return html`<nav class="toc" aria-label="${t.nav}"><ul>${links.map(([id, text]) => html`<li><a href="#${id}">${text}</a></li>`)}</ul></nav>`;
}

/** A section that fails to render is replaced by a notice, so the rest of the preview still shows. */
function guarded(ctx: RenderContext, section: (ctx: RenderContext) => SafeHtml): SafeHtml {
  try {
    return section(ctx);
  } catch {
    return html`<section class="section section-error"><p class="empty">${ctx.lang === 'nl' ? 'Dit deel van de preview kon niet worden getoond.' : 'This part of the preview could not be shown.'}</p></section>`;
  }
}

/** Renders the preview body (the content of `#wijkplan-preview`) as an HTML string. */
export function renderPreviewBody(input: PreviewInput, options: BodyOptions = {}): string {
  const lang: Lang = input.lang === 'en' ? 'en' : 'nl';
  const facts = derive(input.result.plan);
  const ctx = createContext(input.result, facts, lang, options.links ?? true);
  if (options.review) ctx.review = options.review;
  const errors = input.result.findings.filter((f) => f.category === 'WP0' && f.severity === 'error');
  const parts: SafeHtml[] = [svgDefs(), renderErrors(ctx, errors), guarded(ctx, (c) => renderHeader(c, input.fileName))];
  if (input.result.plan) {
    parts.push(
      renderNav(ctx),
      options.review ? options.review.section : html``,
      guarded(ctx, renderGlance),
      guarded(ctx, renderScore),
      guarded(ctx, renderTimeline),
      guarded(ctx, renderMoney),
      guarded(ctx, renderPartners),
      guarded(ctx, renderIndicators),
      guarded(ctx, renderInterventions),
      guarded(ctx, renderGovernance),
      guarded(ctx, renderEvaluation),
      guarded(ctx, renderResidents),
      guarded(ctx, renderFindings),
    );
  } else {
    parts.push(options.review ? options.review.section : html``, guarded(ctx, renderFindings));
  }
  parts.push(html`<footer class="wp-footer"><p>${LABELS[lang].footer}</p></footer>`);
  return html`<div class="wp">${joinHtml(parts, '\n')}</div>`.value;
}
