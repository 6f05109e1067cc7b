/** What every section of the preview needs: language, derived facts, findings and links to lines. */
import type { LintResult } from '../lint';
import type { Finding, Lang, Severity } from '../types';
import type { PreviewFacts } from './derive';
import { html, joinHtml, type SafeHtml } from './html';
import { LABELS, SEVERITY_NAMES, type Labels } from './i18n';
import type { ReviewView } from './review-view';

export interface RenderContext {
  lang: Lang;
  t: Labels;
  result: LintResult;
  facts: PreviewFacts;
  /** True in the webview: locations are links that reveal the line; false in the standalone page. */
  links: boolean;
  /** Findings by their pointer and by every pointer above it, so sections look them up in one step. */
  byPointer: Map<string, Finding[]>;
  under: Map<string, Finding[]>;
  /** Set on the review page only: the previous version and the change list, to mark changes where they show. */
  review?: ReviewView;
  /** The texts of the plan's placeholders (format.md 1.1), which the preview marks. */
  placeholders: ReadonlySet<string>;
}

/** Findings at `pointer` or anywhere below it. */
export function findingsUnder(ctx: RenderContext, pointer: string): Finding[] {
  return ctx.under.get(pointer) ?? [];
}

/** Findings exactly at `pointer`. */
export function findingsAt(ctx: RenderContext, pointer: string): Finding[] {
  return ctx.byPointer.get(pointer) ?? [];
}

function push(map: Map<string, Finding[]>, key: string, finding: Finding): void {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/**
 * The place of a finding: "regel N". In the webview a link whose `data-line` (0-based, as in
 * the finding's range) and `data-pointer` the webview script posts back to reveal the line.
 */
export function location(ctx: RenderContext, finding: Finding): SafeHtml {
  const line = finding.range.start.line;
  const text = ctx.t.line(line + 1);
  if (!ctx.links) return html`<span class="loc">${text}</span>`;
  return html`<a href="#" class="loc" data-line="${line}" data-pointer="${finding.pointer}" title="${ctx.t.goToLine(line + 1)}">${text}</a>`;
}

/** A severity label that does not rely on colour: a shape and the word. */
export function severityBadge(ctx: RenderContext, severity: Severity): SafeHtml {
  const shape = severity === 'error' ? '✖' : severity === 'warning' ? '▲' : 'ℹ';
  return html`<span class="sev sev-${severity}"><span aria-hidden="true">${shape}</span> ${SEVERITY_NAMES[ctx.lang][severity]}</span>`;
}

/** Small code badges for findings, each a link to its line in the webview. */
export function findingBadges(ctx: RenderContext, findings: readonly Finding[]): SafeHtml {
  if (findings.length === 0) return html``;
  const badges = findings.map((finding) => {
    const label = html`<span class="vh">${SEVERITY_NAMES[ctx.lang][finding.severity]} </span>${finding.code}`;
    if (!ctx.links) return html`<span class="badge badge-${finding.severity}">${label}</span>`;
    const line = finding.range.start.line;
    return html`<a href="#" class="badge badge-${finding.severity}" data-line="${line}" data-pointer="${finding.pointer}" title="${finding.message[ctx.lang]}">${label}</a>`;
  });
  return html`<span class="badges">${joinHtml(badges, ' ')}</span>`;
}

/** Findings as a list with their messages and places. */
export function findingList(ctx: RenderContext, findings: readonly Finding[], className = 'findings'): SafeHtml {
  if (findings.length === 0) return html``;
  return html`<ul class="${className}">${findings.map(
    (finding) =>
      html`<li class="finding finding-${finding.severity}"><span class="f-head">${severityBadge(ctx, finding.severity)} <code class="code">${finding.code}</code> <span class="rule-name">${finding.name}</span> ${location(ctx, finding)}</span><span class="message">${finding.message[ctx.lang]}</span></li>`,
  )}</ul>`;
}

export function createContext(result: LintResult, facts: PreviewFacts, lang: Lang, links: boolean): RenderContext {
  const byPointer = new Map<string, Finding[]>();
  const under = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    push(byPointer, finding.pointer, finding);
    // "/a/b/c" is under "/a/b/c", "/a/b", "/a" and "".
    let pointer = finding.pointer;
    for (;;) {
      push(under, pointer, finding);
      if (pointer === '') break;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
  }
  const placeholders = new Set(result.placeholders.map((place) => place.text));
  return { lang, t: LABELS[lang], result, facts, links, byPointer, under, placeholders };
}
