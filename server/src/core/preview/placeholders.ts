/**
 * Placeholders in the preview (format.md 1.1): a text that still holds template text is shown
 * as it is, with the words "nog in te vullen" / "still to write" before it, so it stands out
 * in words and not only by colour, also to a screen reader and on paper. The header counts them.
 */
import type { RenderContext } from './context';
import { html, type SafeHtml } from './html';

/**
 * A plan text for the preview: marked when it is one of the plan's placeholders. Only the
 * texts the engine found at `tekst` places count (an id that happens to read "todo" does not).
 */
export function planText(ctx: RenderContext, value: string | undefined | null): SafeHtml {
  if (value === undefined || value === null) return html``;
  if (!ctx.placeholders.has(value)) return html`${value}`;
  return html`<span class="ph"><span class="ph-label">${ctx.t.placeholderLabel}:</span> <span class="ph-text">${value}</span></span>`;
}

/**
 * The same for places that take plain text only (a chart label, a `title`, an aria-label):
 * the words come first, so a label that is cut short still says it.
 */
export function planTextPlain(ctx: RenderContext, value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  return ctx.placeholders.has(value) ? `${ctx.t.placeholderLabel}: ${value}` : value;
}

/** How many texts are still to write, for the header; nothing when there are none. */
export function placeholderSummary(ctx: RenderContext): SafeHtml {
  const count = ctx.result.placeholders.length;
  if (count === 0) return html``;
  return html`<p class="ph-summary"><span aria-hidden="true">✎</span> <a href="#wp-findings">${ctx.t.placeholderCount(count)}</a></p>`;
}
