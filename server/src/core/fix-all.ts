import { applyEdits } from './fixes';
import { lint, type LintOptions } from './lint';
import type { Finding, TextEdit } from './types';

export interface FixAllOptions extends LintOptions {
  /** Lint-and-fix rounds at most; a fix that only becomes possible after another waits a round. */
  maxPasses?: number;
  /** Told each pass's edits, in offsets of the text before that pass (fixAllEdits tracks them). */
  onPass?: (edits: readonly TextEdit[]) => void;
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
    const edits = chosen.flatMap((finding) => finding.fix!.edits);
    options.onPass?.(edits);
    current = applyEdits(current, edits);
    lastPass = chosen.length;
    applied += lastPass;
    passes++;
  }
  return { text: bom + current, applied, passes, reverted: false };
}

/**
 * Fix-all as edits on `text`: the insertions of every pass, carried back to offsets in the
 * original text, so no existing byte is rewritten. Empty when there is nothing safe to fix,
 * a pass had to be undone, or a fix did more than insert.
 */
export function fixAllEdits(text: string, options: FixAllOptions = {}): TextEdit[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tracker = new InsertionTracker(text.length - bom);
  const fixed = fixAll(text, { ...options, onPass: (edits) => tracker.apply(edits) });
  if (fixed.applied === 0 || fixed.reverted || !tracker.valid) return [];
  return tracker.edits();
}

/**
 * The original text as pieces, with inserted pieces between them: an insertion at an offset
 * of the current text splits the piece it falls in; at the end, the inserted pieces before each
 * original offset are that offset's insertion.
 */
class InsertionTracker {
  private pieces: Array<{ length: number; inserted?: string; origin: number }>;
  valid = true;

  constructor(length: number) {
    this.pieces = [{ length, origin: 0 }];
  }

  /** Applies one pass's edits (offsets in the text as it was before that pass). */
  apply(edits: readonly TextEdit[]): void {
    if (edits.some((edit) => edit.start !== edit.end)) {
      this.valid = false;
      return;
    }
    // From the back, so earlier offsets stay right.
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) this.insert(edit.start, edit.newText);
  }

  private insert(offset: number, newText: string): void {
    let position = 0;
    for (let index = 0; index < this.pieces.length; index++) {
      const piece = this.pieces[index];
      const end = position + (piece.inserted?.length ?? piece.length);
      if (offset <= end) {
        const within = offset - position;
        if (piece.inserted !== undefined) {
          piece.inserted = piece.inserted.slice(0, within) + newText + piece.inserted.slice(within);
        } else {
          const head = { length: within, origin: piece.origin };
          const added = { length: 0, inserted: newText, origin: piece.origin + within };
          const tail = { length: piece.length - within, origin: piece.origin + within };
          this.pieces.splice(index, 1, head, added, tail);
        }
        return;
      }
      position = end;
    }
    this.valid = false;
  }

  edits(): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const piece of this.pieces) {
      if (piece.inserted === undefined || piece.inserted === '') continue;
      const last = edits[edits.length - 1];
      if (last && last.start === piece.origin) last.newText += piece.inserted;
      else edits.push({ start: piece.origin, end: piece.origin, newText: piece.inserted });
    }
    return edits;
  }
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
