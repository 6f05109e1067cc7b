/** The plan as written, section by section: interventions, governance, evaluation, residents. */
import { entries } from '../model';
import { findingBadges, findingsAt, findingsUnder, type RenderContext } from './context';
import type { InterventionFact } from './derive';
import { formatDate, formatMoney, formatYears } from './format';
import { html, joinHtml, SafeHtml, type HtmlValue } from './html';
import { enumLabel } from './i18n';
import { planText } from './placeholders';

/** One term and its description; left out when there is nothing to say. */
function fact(term: string, value: HtmlValue): SafeHtml {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return html``;
  if (value instanceof SafeHtml && value.value.trim() === '') return html``;
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

function names(ctx: RenderContext, ids: Array<string | undefined> | undefined, lookup: (id: string) => string | undefined): SafeHtml {
  return joinHtml(
    entries(ids).map(([, id]) => planText(ctx, lookup(id) ?? id)),
    ', ',
  );
}

function interventionCard(ctx: RenderContext, item: InterventionFact): SafeHtml {
  const { t, lang, facts } = ctx;
  const iv = item.interventie;
  const trekker = iv.trekker;
  const lead = trekker
    ? html`${planText(ctx, trekker.rol)}${trekker.organisatie ? html` — ${planText(ctx, facts.partnerName(trekker.organisatie) ?? trekker.organisatie)}` : ''}${trekker.vervanger ? html`<span class="p-meta">${t.vervanger}: ${planText(ctx, trekker.vervanger)}</span>` : ''}`
    : '';
  const budgetYears = [...item.budgetPerYear.keys()].sort((a, b) => a - b);
  const budgetTotal = [...item.budgetPerYear.values()].reduce((sum, amount) => sum + amount, 0);
  const budget = budgetYears.length > 0 ? `${formatMoney(budgetTotal, lang)} ${t.total} (${formatYears(budgetYears[0], budgetYears.at(-1)!)})` : '';
  const funding: HtmlValue[] = [];
  if (item.sources.length > 0) funding.push(joinHtml(item.sources.map((source) => planText(ctx, source.bron.naam ?? source.bron.id ?? '')), ', '));
  if (item.unresolved.length > 0) funding.push(html` <span class="warn-text">${item.unresolved.join(', ')}: ${t.moneyUnresolved}</span>`);
  if (item.status === 'early' && item.lastPaying !== undefined) funding.push(html` <strong class="warn-text">⚠ ${t.moneyStopsAfter(item.lastPaying)}</strong>`);
  if (item.status === 'never') funding.push(html` <strong class="warn-text">⚠ ${t.moneyNever}</strong>`);
  const v = iv.voortzetting;
  const continuation = v
    ? html`${v.strategie ? html`<strong>${enumLabel(v.strategie, lang)}</strong>` : ''}${v.naar ? html` ${t.naar} ${planText(ctx, facts.partnerName(v.naar) ?? v.naar)}` : ''}${v.besluitmoment ? html`<span class="p-meta">${t.besluitmoment}: ${formatDate(v.besluitmoment, lang)}</span>` : ''}${v.onderhoud ? html`<span class="p-meta">${t.onderhoud}: ${planText(ctx, v.onderhoud)}</span>` : ''}${v.toelichting ? html`<span class="p-meta">${t.toelichting}: ${planText(ctx, v.toelichting)}</span>` : ''}`
    : html`<span class="warn-text">${t.noContinuation}</span>`;
  const period = item.period
    ? `${formatDate(item.period.start, lang, true)} – ${formatDate(item.period.end, lang, true)}${item.inheritsPeriod ? ` (${t.periodInherited})` : ''}`
    : '';
  const findings = findingsUnder(ctx, item.pointer);
  const flag = findings.some((f) => f.severity === 'error') ? ' flagged flagged-error' : findings.length > 0 ? ' flagged' : '';
  return html`<article class="card${flag}"><h3>${planText(ctx, iv.naam ?? iv.id ?? '')} ${iv.id ? html`<code class="id">${iv.id}</code>` : ''} ${findingBadges(ctx, findings)}</h3>
${iv.beschrijving ? html`<p>${planText(ctx, iv.beschrijving)}</p>` : ''}
<dl class="facts">${fact(t.looptijd, period)}${fact(t.doelen, names(ctx, iv.doelen, (id) => facts.doelTitle(id)))}${fact(t.eigenaars, names(ctx, iv.eigenaars, (id) => facts.partnerName(id)))}${fact(t.trekker, lead)}${fact(t.begroting, budget)}${fact(t.financiering, funding.length > 0 ? funding : item.status === 'none' ? t.moneyNone : '')}${fact(t.voortzetting, continuation)}</dl>
</article>`;
}

export function renderInterventions(ctx: RenderContext): SafeHtml {
  const { t, facts } = ctx;
  const body =
    facts.interventions.length > 0
      ? html`<div class="cards">${facts.interventions.map((item) => interventionCard(ctx, item))}</div>`
      : html`<p class="empty">${t.interventionsEmpty}</p>`;
  return html`<section id="wp-interventions" class="section" aria-labelledby="wp-interventions-h"><h2 id="wp-interventions-h">${t.sectionInterventions}</h2>${body}</section>`;
}

export function renderGovernance(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const bestuur = facts.plan.bestuur;
  const heading = html`<h2 id="wp-governance-h">${t.sectionGovernance} ${findingBadges(ctx, findingsAt(ctx, '/bestuur'))}</h2>`;
  if (!bestuur) return html`<section id="wp-governance" class="section" aria-labelledby="wp-governance-h">${heading}<p class="empty">${t.governanceEmpty}</p></section>`;
  const adopted = bestuur.vastgesteld;
  const pm = bestuur.programmamanager;
  const afspraken = bestuur.afspraken;
  const agreed = afspraken
    ? joinHtml([
        afspraken.budget ? html`<span class="p-meta">${t.afspraakBudget}: ${planText(ctx, afspraken.budget)}</span>` : '',
        afspraken.mandaat ? html`<span class="p-meta">${t.afspraakMandaat}: ${planText(ctx, afspraken.mandaat)}</span>` : '',
        afspraken.samenwerking ? html`<span class="p-meta">${t.afspraakSamenwerking}: ${planText(ctx, afspraken.samenwerking)}</span>` : '',
      ])
    : '';
  return html`<section id="wp-governance" class="section" aria-labelledby="wp-governance-h">${heading}<dl class="facts wide">
${fact(
  t.vastgesteld,
  adopted
    ? html`${adopted.door ? html`${t.vastgesteldDoor} ${enumLabel(adopted.door, lang)}` : ''}${adopted.datum ? html` ${t.vastgesteldOp} ${formatDate(adopted.datum, lang)}` : ''}${adopted.kenmerk ? html` (${t.kenmerk} ${planText(ctx, adopted.kenmerk)})` : ''} ${findingBadges(ctx, findingsUnder(ctx, '/bestuur/vastgesteld'))}`
    : '',
)}
${fact(t.portefeuillehouders, joinHtml(entries(bestuur.portefeuillehouders).map(([, name]) => planText(ctx, name)), '; '))}
${fact(
  t.programmamanager,
  pm
    ? html`${planText(ctx, pm.rol)}${pm.organisatie ? html` — ${planText(ctx, facts.partnerName(pm.organisatie) ?? pm.organisatie)}` : ''}${pm.vervanger ? html`<span class="p-meta">${t.vervanger}: ${planText(ctx, pm.vervanger)}</span>` : ''} ${findingBadges(ctx, findingsUnder(ctx, '/bestuur/programmamanager'))}`
    : '',
)}
${fact(t.stuurgroep, names(ctx, bestuur.stuurgroep, (id) => facts.partnerName(id)))}
${fact(t.afspraken, afspraken ? html`${agreed} ${findingBadges(ctx, findingsUnder(ctx, '/bestuur/afspraken'))}` : '')}
${fact(t.inbedding, planText(ctx, bestuur.inbedding))}
</dl></section>`;
}

export function renderEvaluation(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const evaluatie = facts.plan.evaluatie;
  const heading = html`<h2 id="wp-evaluation-h">${t.sectionEvaluation} ${findingBadges(ctx, findingsAt(ctx, '/evaluatie'))}</h2>`;
  if (!evaluatie) return html`<section id="wp-evaluation" class="section" aria-labelledby="wp-evaluation-h">${heading}<p class="empty">${t.evaluationEmpty}</p></section>`;
  const baseline = evaluatie.nulmeting;
  const moments = entries(evaluatie.momenten);
  const table =
    moments.length > 0
      ? html`<h3>${t.momenten} ${findingBadges(ctx, findingsAt(ctx, '/evaluatie/momenten'))}</h3><div class="table-wrap" tabindex="0" role="region" aria-label="${t.momenten}"><table class="data"><thead><tr><th scope="col">${t.colDate}</th><th scope="col">${t.colKind}</th><th scope="col">${t.colBy}</th><th scope="col">${t.colWith}</th><th scope="col">${t.colSubject}</th></tr></thead><tbody>${moments.map(
          ([i, moment]) =>
            html`<tr><td>${moment.datum ? formatDate(moment.datum, lang, true) : '—'} ${findingBadges(ctx, findingsUnder(ctx, `/evaluatie/momenten/${i}`))}</td><td>${moment.soort ? enumLabel(moment.soort, lang) : '—'}</td><td>${moment.door ? planText(ctx, facts.partnerName(moment.door) ?? moment.door) : '—'}</td><td>${entries(moment.met).length > 0 ? names(ctx, moment.met, (id) => facts.partnerName(id)) : '—'}</td><td>${moment.onderwerp ? planText(ctx, moment.onderwerp) : '—'}</td></tr>`,
        )}</tbody></table></div>`
      : '';
  return html`<section id="wp-evaluation" class="section" aria-labelledby="wp-evaluation-h">${heading}<dl class="facts wide">
${fact(t.nulmetingPlan, baseline ? html`${baseline.datum ? formatDate(baseline.datum, lang) : ''}${baseline.door ? html` — ${planText(ctx, facts.partnerName(baseline.door) ?? baseline.door)}` : ''} ${findingBadges(ctx, findingsUnder(ctx, '/evaluatie/nulmeting'))}` : '')}
${fact(t.effectenBuitenWijk, planText(ctx, evaluatie.effecten_buiten_wijk))}
${fact(t.successenDelen, planText(ctx, evaluatie.successen_delen))}
</dl>${table}</section>`;
}

export function renderResidents(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const bewoners = facts.plan.bewoners;
  const heading = html`<h2 id="wp-residents-h">${t.sectionResidents} ${findingBadges(ctx, findingsUnder(ctx, '/bewoners'))}</h2>`;
  if (!bewoners) return html`<section id="wp-residents" class="section" aria-labelledby="wp-residents-h">${heading}<p class="empty">${t.residentsEmpty}</p></section>`;
  const involvement = entries(bewoners.betrokkenheid).map(([, value]) => value);
  return html`<section id="wp-residents" class="section" aria-labelledby="wp-residents-h">${heading}<dl class="facts wide">
${fact(t.betrokkenheid, involvement.length > 0 ? html`<ul class="chips">${involvement.map((value) => html`<li>${enumLabel(value, lang)}</li>`)}</ul>` : '')}
${fact(t.wijkinitiatieven, planText(ctx, bewoners.wijkinitiatieven))}
</dl></section>`;
}
