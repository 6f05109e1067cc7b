/**
 * What the preview sections need to mark a change where it shows: the previous version's
 * derived facts and the change list. Absent in a plain preview, so every helper here returns
 * nothing then and the preview stays as it was. Pure.
 */
import type { Change, Effect } from '../review';
import type { Lang } from '../types';
import type { RenderContext } from './context';
import type { PartnerFact, PreviewFacts, SourceFact } from './derive';
import { html, joinHtml, type SafeHtml } from './html';
import { REVIEW_LABELS } from './review-i18n';

/** A change as the review page shows it; `line` (1-based, in its side's text) when the caller knows it. */
export type ReviewChange = Change & { line?: number; accepted?: boolean };

export interface ReviewView {
  /** The previous version of the plan, derived the way the preview derives the current one. */
  before: PreviewFacts;
  /** The change list, sorted as the diff sorts it (weaker, stronger, neutral). */
  changes: readonly ReviewChange[];
  /** The change list section, drawn before "the plan at a glance". */
  section: SafeHtml;
}

/** The id of a change's entry in the change list; made from its position, never from plan text. */
export function changeId(index: number): string {
  return `wp-change-${index + 1}`;
}

/** Changes on the current version's side at `pointer` or below it, with their place in the list. */
export function changesUnder(view: ReviewView | undefined, pointer: string, side: 'after' | 'before' = 'after'): Array<{ change: ReviewChange; index: number }> {
  if (!view) return [];
  const out: Array<{ change: ReviewChange; index: number }> = [];
  view.changes.forEach((change, index) => {
    if (change.side !== side) return;
    if (change.pointer === pointer || change.pointer.startsWith(`${pointer}/`)) out.push({ change, index });
  });
  return out;
}

const SHAPES: Record<Effect, string> = { weaker: '▼', stronger: '▲', neutral: '●' };

/** The effect in words, with a shape for a quick look; colour is never the only sign. */
export function effectLabel(lang: Lang, effect: Effect, accepted = false): SafeHtml {
  const r = REVIEW_LABELS[lang];
  return html`<span class="eff eff-${effect}"><span aria-hidden="true">${SHAPES[effect]}</span> ${r.effect[effect]}${accepted ? html`, ${r.accepted}` : ''}</span>`;
}

export interface MarkOptions {
  /** Which version the pointer is in: `before` for something removed. */
  side?: 'after' | 'before';
  /** Only changes exactly at the pointer, not below it. */
  exact?: boolean;
  /** Only these kinds (e.g. the end-date kinds beside an end date). */
  kinds?: readonly string[];
  /** Also the changes elsewhere that name this partner id: a place in the steering group, an ownership. */
  partner?: string;
}

/** Kinds whose `before` or `after` is a partner id, though their pointer is not under the partner. */
const PARTNER_SET_KINDS = ['steering-member-removed', 'steering-member-added', 'owner-removed', 'owner-added'];

/** Small links to the change list for the changes at or below `pointer`; empty without a review. */
export function changeMarks(ctx: RenderContext, pointer: string, options: MarkOptions = {}): SafeHtml {
  const found = changesUnder(ctx.review, pointer, options.side ?? 'after').filter(
    ({ change }) => (!options.exact || change.pointer === pointer) && (!options.kinds || options.kinds.includes(change.kind)),
  );
  if (ctx.review && options.partner !== undefined) {
    ctx.review.changes.forEach((change, index) => {
      if (PARTNER_SET_KINDS.includes(change.kind) && (change.before === options.partner || change.after === options.partner)) found.push({ change, index });
    });
    found.sort((a, b) => a.index - b.index);
  }
  if (found.length === 0) return html``;
  const r = REVIEW_LABELS[ctx.lang];
  const marks = found.map(
    ({ change, index }) =>
      html`<a class="chg chg-${change.effect}" href="#${changeId(index)}"><span aria-hidden="true">${SHAPES[change.effect]}</span> ${r.effect[change.effect].toLowerCase()}${change.accepted ? html`, ${r.accepted}` : ''}<span class="vh">: ${change.message[ctx.lang]}</span></a>`,
  );
  return html`<span class="chg-marks">${joinHtml(marks, ' ')}</span>`;
}

/** Funding per year in the previous version (every year with an amount). */
export function oldFundingByYear(view: ReviewView): Map<number, number> {
  return new Map(view.before.money.years.map((entry) => [entry.year, entry.funding]));
}

/** The previous version of a partner: by id, or by position when neither has one (as the diff matches). */
export function oldPartner(view: ReviewView, fact: PartnerFact): PartnerFact | undefined {
  const id = fact.partner.id;
  if (typeof id === 'string') return view.before.partners.find((old) => old.partner.id === id);
  const same = view.before.partners.find((old) => old.index === fact.index);
  return same && typeof same.partner.id !== 'string' ? same : undefined;
}

/** The previous version of a source, matched like `oldPartner`. */
export function oldSource(view: ReviewView, fact: SourceFact): SourceFact | undefined {
  const id = fact.bron.id;
  if (typeof id === 'string') return view.before.sources.find((old) => old.bron.id === id);
  const same = view.before.sources.find((old) => old.index === fact.index);
  return same && typeof same.bron.id !== 'string' ? same : undefined;
}

/** Partners of the previous version that the current one no longer has. */
export function removedPartners(view: ReviewView, now: PreviewFacts): PartnerFact[] {
  return view.before.partners.filter((old) => {
    const id = old.partner.id;
    if (typeof id === 'string') return !now.partners.some((fact) => fact.partner.id === id);
    return !now.partners.some((fact) => fact.index === old.index && typeof fact.partner.id !== 'string');
  });
}
