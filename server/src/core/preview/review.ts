/**
 * The review page (`wijkplan diff OLD NEW --format html`, review.md): the preview of the new
 * version with the changes marked where they show, the old values beside the new, and the
 * change list first. Pure: two linted plans and their change list in, one HTML document out.
 * The guarantees are the standalone preview's: every plan string is escaped, the CSP allows no
 * script and no request, and an effect is said in words, never by colour alone.
 */
import type { LintResult } from '../lint';
import { CHANGE_KINDS, type Effect } from '../review';
import type { Lang } from '../types';
import { derive } from './derive';
import { html, type SafeHtml } from './html';
import { LABELS } from './i18n';
import { standaloneDocument } from './page';
import { renderPreviewBody } from './render';
import { REVIEW_LABELS } from './review-i18n';
import { REVIEW_CSS } from './review-style';
import { changeId, effectLabel, type ReviewChange, type ReviewView } from './review-view';
import { previewCss } from './style';

export type { ReviewChange };

/** What the review page is made from. */
export interface ReviewInput {
  /** The previous version, linted (its plan is the cleaned plan the diff compared). */
  before: LintResult;
  /** The new version, linted: the page is its preview. */
  after: LintResult;
  /** The change list of the two (`diffPlans`, or the CLI's reviewed list with lines and acceptances). */
  changes: readonly ReviewChange[];
  /** How the two files are named on the page (e.g. the paths the user gave). */
  beforeFileName: string;
  fileName: string;
  lang: Lang;
}

const EFFECTS: readonly Effect[] = ['weaker', 'stronger', 'neutral'];

function scoreText(score: number | null, lang: Lang): string {
  return score === null ? (lang === 'nl' ? 'geen score' : 'no score') : String(score);
}

function changeItem(change: ReviewChange, index: number, input: ReviewInput, lang: Lang): SafeHtml {
  const r = REVIEW_LABELS[lang];
  const meaning = CHANGE_KINDS[change.kind]?.[lang];
  const file = change.side === 'before' ? input.beforeFileName : input.fileName;
  const place = change.line !== undefined ? html` <span class="loc">${r.lineIn(change.line, file)}</span>` : '';
  return html`<li id="${changeId(index)}" class="change change-${change.effect}"><span class="f-head">${effectLabel(lang, change.effect, change.accepted === true)} <code class="code">${change.kind}</code>${meaning ? html` <span class="rule-name">${meaning}</span>` : ''}${place}</span><span class="message">${change.message[lang]}</span></li>`;
}

/** The change list: a summary, then weaker, stronger and neutral changes, each in document order. */
function changesSection(input: ReviewInput, changes: readonly ReviewChange[], lang: Lang): SafeHtml {
  const r = REVIEW_LABELS[lang];
  const count = (effect: Effect) => changes.filter((change) => change.effect === effect).length;
  const accepted = changes.filter((change) => change.effect === 'weaker' && change.accepted === true).length;
  const groups = EFFECTS.filter((effect) => count(effect) > 0).map((effect) => {
    const items = changes.map((change, index) => (change.effect === effect ? changeItem(change, index, input, lang) : ''));
    return html`<h3 id="wp-changes-${effect}">${r.group(effect, count(effect))}</h3><ol class="changes">${items}</ol>`;
  });
  const before = input.before.score.overall;
  const after = input.after.score.overall;
  const delta = before !== null && after !== null && before !== after ? ` (${after > before ? '+' : '−'}${Math.abs(after - before)})` : '';
  return html`<section id="wp-changes" class="section changes-section" aria-labelledby="wp-changes-h"><h2 id="wp-changes-h">${r.sectionChanges}</h2>
<p>${r.compared(input.beforeFileName, input.fileName)}</p>
<p><strong>${r.scoreLine}:</strong> ${scoreText(before, lang)} → ${scoreText(after, lang)}${delta}</p>
<p class="intro">${r.changesIntro}</p>
${changes.length === 0 ? html`<p class="empty">${r.noChanges}</p>` : html`<p class="chg-summary">${r.summary(count('weaker'), accepted, count('stronger'), count('neutral'))}</p>${groups}`}
</section>`;
}

/** Weaker first, then stronger, then neutral; the order within each effect is the caller's (the diff's document order). */
function ordered(changes: readonly ReviewChange[]): ReviewChange[] {
  return EFFECTS.flatMap((effect) => changes.filter((change) => change.effect === effect));
}

/** The review body: the new version's preview with the change list and the old values in it. */
export function renderReviewBody(input: ReviewInput): string {
  const lang: Lang = input.lang === 'en' ? 'en' : 'nl';
  const changes = ordered(input.changes);
  const review: ReviewView = { before: derive(input.before.plan), changes, section: changesSection(input, changes, lang) };
  return renderPreviewBody({ result: input.after, fileName: input.fileName, lang }, { links: false, review });
}

/** One self-contained HTML document, with the standalone preview's CSP: no script, no request. */
export function renderReviewPage(input: ReviewInput): string {
  const lang: Lang = input.lang === 'en' ? 'en' : 'nl';
  const r = REVIEW_LABELS[lang];
  const title = input.after.plan?.titel ?? input.fileName;
  return standaloneDocument({
    lang,
    title: `${r.documentTitle}: ${title} — ${LABELS[lang].documentTitle}`,
    css: previewCss('standalone') + REVIEW_CSS,
    bodyClass: 'standalone review',
    body: renderReviewBody(input),
  });
}
