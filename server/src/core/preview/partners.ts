/**
 * Partners × roles: who owns, leads, pays, holds the budget, steers, manages and evaluates,
 * until when each is committed, and whether that covers what it carries (WP204's measure).
 */
import { findingBadges, findingList, findingsUnder, type RenderContext } from './context';
import { ROLES, type PartnerFact, type Role } from './derive';
import { formatDate } from './format';
import { html, type SafeHtml } from './html';
import { enumLabel, ROLE_NAMES } from './i18n';
import { REVIEW_LABELS } from './review-i18n';
import { changeMarks, oldPartner, removedPartners } from './review-view';
import { planText, planTextPlain } from './placeholders';

interface Chip {
  short: string;
  full: string;
}

/** Items as short chips (ids) so the matrix stays scannable; the full name is read out and hovered. */
function listCell(ctx: RenderContext, items: Chip[]): SafeHtml {
  if (items.length === 0) return html`<td class="role"><span class="vh">${ctx.t.none}</span></td>`;
  return html`<td class="role on"><ul class="chips">${items.map((item) =>
    item.short === item.full
      ? html`<li>${planText(ctx, item.full)}</li>`
      : html`<li title="${planTextPlain(ctx, item.full)}"><span aria-hidden="true">${item.short}</span><span class="vh">${planTextPlain(ctx, item.full)}</span></li>`,
  )}</ul></td>`;
}

function chip(id: string | undefined, name: string | undefined): Chip {
  const full = name ?? id ?? '';
  return { short: id ?? full, full };
}

function checkCell(ctx: RenderContext, on: boolean): SafeHtml {
  if (!on) return html`<td class="role"><span class="vh">${ctx.t.none}</span></td>`;
  return html`<td class="role on"><span class="check" aria-hidden="true">✓</span><span class="vh">${ctx.t.yes}</span></td>`;
}

function roleCell(ctx: RenderContext, fact: PartnerFact, role: Role): SafeHtml {
  const { t } = ctx;
  switch (role) {
    case 'eigenaar':
      return listCell(ctx, fact.owns.map((item) => chip(item.interventie.id, item.interventie.naam)));
    case 'trekker':
      return listCell(ctx, fact.leads.map((item) => chip(item.interventie.id, item.interventie.naam)));
    case 'financier':
      return listCell(ctx, fact.pays.map((source) => chip(source.bron.id, source.bron.naam)));
    case 'budgethouder':
      return checkCell(ctx, fact.budgetHolder);
    case 'stuurgroep':
      return checkCell(ctx, fact.steering);
    case 'programmamanager':
      return checkCell(ctx, fact.programmeManager);
    case 'evaluator': {
      const items: string[] = [];
      if (fact.evaluation.baseline) items.push(t.baselineShort);
      if (fact.evaluation.by > 0) items.push(t.evalBy(fact.evaluation.by));
      if (fact.evaluation.with > 0) items.push(t.evalWith(fact.evaluation.with));
      return listCell(ctx, items.map((text) => ({ short: text, full: text })));
    }
  }
}

/** The previous version's commitment beside the current one, when it differs (review page only). */
function wasCommitment(ctx: RenderContext, fact: PartnerFact): SafeHtml {
  if (!ctx.review) return html``;
  const r = REVIEW_LABELS[ctx.lang];
  const old = oldPartner(ctx.review, fact);
  if (!old) return html`<span class="was">${r.was(r.newHere)}</span>`;
  const before = old.partner.commitment ? (old.partner.commitment.tot ? formatDate(old.partner.commitment.tot, ctx.lang, true) : '—') : r.noCommitment;
  const now = fact.partner.commitment ? (fact.partner.commitment.tot ? formatDate(fact.partner.commitment.tot, ctx.lang, true) : '—') : r.noCommitment;
  return before === now ? html`` : html`<span class="was">${r.was(before)}</span>`;
}

function commitmentCell(ctx: RenderContext, fact: PartnerFact): SafeHtml {
  const { t, lang } = ctx;
  const was = wasCommitment(ctx, fact);
  const carries = html`${fact.carriesUntilYear !== undefined ? t.carriesUntil(fact.carriesUntilYear) : ''}${was}`;
  if (fact.commitmentStatus === 'short') {
    return html`<td class="commit commit-short"><strong>${formatDate(fact.commitmentUntil, lang, true)}</strong> <span class="flag">⚠ ${t.commitmentShort}</span> <span class="p-meta">${carries}</span></td>`;
  }
  if (fact.commitmentStatus === 'missing') {
    return html`<td class="commit commit-missing"><span class="flag">⚠ ${t.commitmentMissing}</span> <span class="p-meta">${carries}</span></td>`;
  }
  if (fact.commitmentUntil) {
    return html`<td class="commit"><strong>${formatDate(fact.commitmentUntil, lang, true)}</strong> <span class="p-meta">${carries}</span></td>`;
  }
  return html`<td class="commit"><span class="muted">—</span>${was}</td>`;
}

/** Partners the previous version had and this one lacks, with their old commitment (review page only). */
function removedPartnerList(ctx: RenderContext): SafeHtml {
  if (!ctx.review) return html``;
  const gone = removedPartners(ctx.review, ctx.facts);
  if (gone.length === 0) return html``;
  const r = REVIEW_LABELS[ctx.lang];
  const items = gone.map((old) => {
    const commitment = old.partner.commitment?.tot ? r.commitmentUntil(formatDate(old.partner.commitment.tot, ctx.lang, true)) : r.noCommitment;
    return html`<li><span class="p-name">${old.partner.naam ?? old.partner.id ?? ''}</span> ${old.partner.id ? html`<code class="id">${old.partner.id}</code>` : ''} <span class="muted">· ${commitment}</span> ${changeMarks(ctx, old.pointer, { side: 'before', partner: old.partner.id })}</li>`;
  });
  return html`<h3>${r.removedPartners}</h3><p class="intro">${r.removedPartnersIntro}</p><ul class="removed">${items}</ul>`;
}

/** What each partner is and gains, and where its commitment is laid down: the plan's own words. */
function partnerDetails(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const rows = facts.partners.map(({ partner }) => {
    const commitment = partner.commitment;
    return html`<tr><th scope="row">${planText(ctx, partner.naam ?? partner.id ?? '')} ${partner.id ? html`<code class="id">${partner.id}</code>` : ''}</th><td>${partner.soort ? enumLabel(partner.soort, lang) : '—'}</td><td>${partner.rol ? planText(ctx, partner.rol) : '—'}</td><td>${partner.belang ? planText(ctx, partner.belang) : '—'}</td><td>${commitment?.tot ? formatDate(commitment.tot, lang, true) : '—'}${commitment?.vastgelegd_in ? html`<span class="p-meta">${t.vastgelegdIn} ${planText(ctx, commitment.vastgelegd_in)}</span>` : ''}</td></tr>`;
  });
  return html`<h3>${t.partnerDetails}</h3><div class="table-wrap" tabindex="0" role="region" aria-label="${t.partnerDetails}"><table class="data"><thead><tr><th scope="col">${t.colPartner}</th><th scope="col">${t.colKind}</th><th scope="col">${t.colRole}</th><th scope="col">${t.colStake}</th><th scope="col">${t.colCommitment}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The partners × roles section. */
export function renderPartners(ctx: RenderContext): SafeHtml {
  const { t, lang, facts } = ctx;
  const heading = html`<h2 id="wp-partners-h">${t.sectionPartners}</h2>`;
  const wp2 = ctx.result.findings.filter((finding) => finding.category === 'WP2');
  if (facts.partners.length === 0) {
    return html`<section id="wp-partners" class="section" aria-labelledby="wp-partners-h">${heading}<p class="empty">${t.partnersEmpty}</p>${findingList(ctx, wp2)}</section>`;
  }
  const rows = facts.partners.map((fact) => {
    const partner = fact.partner;
    const findings = findingsUnder(ctx, fact.pointer);
    const flagged = findings.length > 0 || fact.commitmentStatus === 'short' || fact.commitmentStatus === 'missing';
    return html`<tr class="${flagged ? 'flagged' : ''}"><th scope="row"><span class="p-name">${planText(ctx, partner.naam ?? partner.id ?? '')}</span> ${partner.id ? html`<code class="id">${partner.id}</code>` : ''} ${partner.soort ? html`<span class="p-meta">${enumLabel(partner.soort, lang)}</span>` : ''}${findingBadges(ctx, findings)}${changeMarks(ctx, fact.pointer, { partner: partner.id })}</th>${ROLES.map((role) => roleCell(ctx, fact, role))}${commitmentCell(ctx, fact)}</tr>`;
  });
  return html`<section id="wp-partners" class="section" aria-labelledby="wp-partners-h">${heading}
<p class="intro">${t.partnersIntro}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.matrixCaption}"><table class="data matrix"><caption class="vh">${t.matrixCaption}</caption><thead><tr><th scope="col">${t.colPartner}</th>${ROLES.map((role) => html`<th scope="col" class="role-h">${ROLE_NAMES[lang][role]}</th>`)}<th scope="col">${t.colCommitment}</th></tr></thead><tbody>${rows}</tbody></table></div>${removedPartnerList(ctx)}
${wp2.length > 0 ? html`<h3>${t.ownershipFindings}</h3>${findingList(ctx, wp2)}` : ''}
${partnerDetails(ctx)}
</section>`;
}
