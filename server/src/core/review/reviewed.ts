/**
 * The change list as reviewers see it: each change with its line and whether a comment in the
 * plan accepts it. Pure, so the CLI and the language server ("compare with the last commit")
 * give the same list.
 */
import type { LintResult } from '../lint';
import { joinPointer, rangeForPointer, splitPointer } from '../parse';
import { diffPlans, type Change } from './diff';

/** A change of the plan as the reports show it: with its line in its side's text, and whether it was accepted. */
export interface ReviewedChange extends Change {
  /** 1-based line and column of the changed node in the new text (`side: after`) or the old text (`before`). */
  line: number;
  column: number;
  /**
   * Where the change shows in the new text: its own line for `side: after`; for something
   * removed, the nearest part of the plan that still exists (SARIF and GitHub annotate the new
   * text only, so a removed partner shows on the `partners` line, not nowhere).
   */
  newLine: number;
  newColumn: number;
  accepted: boolean;
}

const ACCEPT = /#\s*wijkplan-accept\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g;

/**
 * The semantic change list of two linted versions of a plan (review.md). A change is accepted by
 * `# wijkplan-accept KIND -- reden` in the new text on the line before the changed node or on its
 * line; for something removed, next to the nearest part of the plan that still exists.
 */
export function reviewChanges(before: LintResult, after: LintResult): ReviewedChange[] {
  const changes = diffPlans(before.plan, after.plan);
  const accepts = acceptComments(after.parsed.text);
  return changes.map((change) => {
    const parsed = change.side === 'before' ? before.parsed : after.parsed;
    const range = rangeForPointer(parsed, change.pointer);
    const anchor = change.side === 'after' ? range : rangeForPointer(after.parsed, nearestExisting(after, change.pointer));
    const anchorLine = anchor.start.line;
    const kinds = [...(accepts.get(anchorLine) ?? []), ...(accepts.get(anchorLine - 1) ?? [])];
    return {
      ...change,
      line: range.start.line + 1,
      column: range.start.character + 1,
      newLine: anchor.start.line + 1,
      newColumn: anchor.start.character + 1,
      accepted: kinds.includes(change.kind),
    };
  });
}

/** The accepted kinds per 0-based line of the text. */
function acceptComments(text: string): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const match of line.matchAll(ACCEPT)) {
      const kinds = match[1].split(',').map((kind) => kind.trim());
      byLine.set(index, [...(byLine.get(index) ?? []), ...kinds]);
    }
  });
  return byLine;
}

function nearestExisting(result: LintResult, pointer: string): string {
  const tokens = splitPointer(pointer);
  while (tokens.length > 0) {
    tokens.pop();
    const candidate = tokens.reduce((parent, token) => joinPointer(parent, token), '');
    if (candidate === '' || result.parsed.nodes.has(candidate)) return candidate;
  }
  return '';
}

/** True when the list holds a weaker change that nobody accepted (`--fail-on-weaker`). */
export function hasUnacceptedWeaker(changes: readonly ReviewedChange[]): boolean {
  return changes.some((change) => change.effect === 'weaker' && !change.accepted);
}
