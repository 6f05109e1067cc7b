/**
 * A tiny HTML builder that escapes by default. Every value put into an `html` template is
 * escaped unless it is itself the result of `html` (or a constant marked `trusted`), so plan
 * text can only ever become text, never markup. Templates always quote their attributes with
 * `"`, so an escaped value cannot leave an attribute either.
 */

/** A piece of markup built by this module: the only thing that is inserted unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that matter in HTML text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return escapeHtml(Number.isFinite(value) ? String(value) : '');
  return escapeHtml(String(value));
}

/** The template tag: literal parts are markup, interpolated values are escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks a constant of this code (never plan text) as markup, e.g. the style sheet. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins pieces with a separator that is itself escaped text unless it is markup. */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map(render).filter((part) => part !== '').join(sep));
}

/** Shortens text to at most `max` characters (code points), ending in an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** A number fit for an SVG attribute: finite and with at most two decimals. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}
