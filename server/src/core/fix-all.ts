import { applyEdits } from './fixes';
import { lint, type LintOptions } from './lint';
import type { Finding, TextEdit } from './types';

export interface FixAllOptions extends LintOptions {
  /** Lint-and-fix rounds at most; a fix that only becomes possible after another waits a round. */
  maxPasses?: number;
}

export interface FixAllResult {
  /** The text with every safe fix applied that could be. */
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** Passes that applied at least one fix. */
  passes: number;
  /**
   * True when a pass was undone because its result no longer parsed (WP001): a fix is then
   * wrong, and the text is left as it was before that pass.
   */
  reverted: boolean;
}

/**
 * Applies every safe fix, in passes: each pass lints, takes the safe fixes whose edits touch
 * no edit already taken, applies them, and lints again, until nothing is left to fix or
 * `maxPasses` (10) is reached. Pure; the language server and the CLI share it.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const maxPasses = options.maxPasses ?? 10;
  // Edits count offsets in the text without its byte order mark, as parsing does.
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let current = text.slice(bom.length);
  let before = current;
  let applied = 0;
  let lastPass = 0;
  let passes = 0;
  for (;;) {
    const { parsed, findings } = lint(current, options);
    if (passes > 0 && parsed.syntaxProblems.length > 0) {
      return { text: bom + before, applied: applied - lastPass, passes: passes - 1, reverted: true };
    }
    if (passes >= maxPasses) break;
    const chosen = chooseSafeFixes(findings);
    if (chosen.length === 0) break;
    before = current;
    current = applyEdits(current, chosen.flatMap((finding) => finding.fix!.edits));
    lastPass = chosen.length;
    applied += lastPass;
    passes++;
  }
  return { text: bom + current, applied, passes, reverted: false };
}

/**
 * The safe fixes one pass can apply together: in document order, each fix whose edits touch
 * none of the edits taken before it. Two insertions at the same offset count as touching, so
 * their order never matters; the fix left out is offered again in the next pass.
 */
export function chooseSafeFixes(findings: readonly Finding[]): Finding[] {
  const candidates = findings
    .filter((finding) => finding.fix?.safe && finding.fix.edits.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  const chosen: Finding[] = [];
  for (const finding of candidates) {
    const edits = finding.fix!.edits;
    if (edits.some((edit) => taken.some((other) => touches(edit, other)))) continue;
    taken.push(...edits);
    chosen.push(finding);
  }
  return chosen;
}

function firstStart(finding: Finding): number {
  return Math.min(...finding.fix!.edits.map((edit) => edit.start));
}

/** Closed ranges that meet: overlapping, adjacent, or two insertions at one offset. */
function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
