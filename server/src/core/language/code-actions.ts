import type { LintResult } from '../lint';
import type { Finding, Lang, Range, TextEdit } from '../types';
import { pick, rangesIntersect } from './text';

/** The kind of "fix all safe problems", as registered by the server. */
export const FIX_ALL_ACTION_KIND = 'source.fixAll.wijkplan';

export interface ActionEdit {
  range: Range;
  newText: string;
}

export interface PlanCodeAction {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_ACTION_KIND;
  edits: ActionEdit[];
  isPreferred?: boolean;
  /** The findings the action is about. */
  findings: Finding[];
}

/** Codes that a comment cannot silence (suppress.ts reports them as WP007 instead). */
const UNSUPPRESSIBLE = new Set(['WP000', 'WP001', 'WP007']);

/** The findings whose range touches a range (the cursor or selection). */
export function findingsInRange(result: LintResult, range: Range): Finding[] {
  return result.findings.filter((finding) => rangesIntersect(finding.range, range));
}

function toActionEdits(result: LintResult, edits: readonly TextEdit[]): ActionEdit[] {
  return edits.map((edit) => ({ range: result.parsed.lines.rangeOf(edit.start, edit.end), newText: edit.newText }));
}

/** Quick fixes for findings: the rule's own fix (preferred), then a suppression with a reason. */
export function quickFixes(result: LintResult, findings: readonly Finding[], lang: Lang): PlanCodeAction[] {
  const actions: PlanCodeAction[] = [];
  const suppressed = new Set<string>();
  for (const finding of findings) {
    if (finding.fix && finding.fix.edits.length > 0) {
      actions.push({
        title: finding.fix.title[lang],
        kind: 'quickfix',
        edits: toActionEdits(result, finding.fix.edits),
        isPreferred: true,
        findings: [finding],
      });
    }
  }
  for (const finding of findings) {
    const key = `${finding.code}:${finding.range.start.line}`;
    if (UNSUPPRESSIBLE.has(finding.code) || suppressed.has(key)) continue;
    suppressed.add(key);
    const edit = suppressionEdit(result, finding);
    if (!edit) continue;
    actions.push({
      title: pick(lang, `Onderdruk ${finding.code} op deze regel (met reden)`, `Suppress ${finding.code} on this line (with reason)`),
      kind: 'quickfix',
      edits: [edit],
      findings: [finding],
    });
  }
  return actions;
}

const DIRECTIVE_LINE = /^[ \t]*#\s*wijkplan-disable-next-line(?=\s|$)/;

/**
 * `# wijkplan-disable-next-line CODE -- reden` on its own line above the finding's line, at
 * that line's indentation. When the line above already is such a comment, the code joins it.
 */
export function suppressionEdit(result: LintResult, finding: Finding): ActionEdit | undefined {
  const { lines, text } = result.parsed;
  const line = finding.range.start.line;
  if (line >= lines.lineCount) return undefined;
  const lineText = lines.lineText(line);
  const indent = /^[ \t]*/.exec(lineText)![0];
  if (line > 0) {
    const aboveText = lines.lineText(line - 1);
    if (DIRECTIVE_LINE.test(aboveText)) {
      const word = 'wijkplan-disable-next-line';
      const after = aboveText.indexOf(word) + word.length;
      const codes = aboveText.slice(after).split('--')[0];
      if (codes.split(/[\s,]+/).includes(finding.code)) return undefined;
      const at = { line: line - 1, character: after + codes.trimEnd().length };
      return { range: { start: at, end: at }, newText: codes.trim() === '' ? ` ${finding.code}` : `, ${finding.code}` };
    }
  }
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}# wijkplan-disable-next-line ${finding.code} -- reden${eol}` };
}

/**
 * Every safe fix in one action, leaving out any fix whose edits overlap one already taken
 * (insertions at the same point do not overlap: they apply in order). One pass: a fix that
 * only becomes possible after another is applied is offered the next time.
 */
export function fixAll(result: LintResult, lang: Lang): PlanCodeAction | undefined {
  const taken: TextEdit[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const candidates = result.findings
    .filter((finding) => finding.fix?.safe && finding.fix.edits.length > 0)
    .sort((a, b) => a.fix!.edits[0].start - b.fix!.edits[0].start);
  for (const finding of candidates) {
    const edits = finding.fix!.edits;
    const signature = edits.map((edit) => `${edit.start}:${edit.end}:${edit.newText}`).join('|');
    if (seen.has(signature)) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    seen.add(signature);
    taken.push(...edits);
    findings.push(finding);
  }
  if (taken.length === 0) return undefined;
  return {
    title: pick(lang, 'Herstel alle veilige wijkplan-problemen', 'Fix all safe wijkplan problems'),
    kind: FIX_ALL_ACTION_KIND,
    edits: toActionEdits(result, taken),
    findings,
  };
}

/** The key an insertion adds (`\n  inbedding: …` -> `inbedding`), if it adds one. */
function insertedKey(edit: TextEdit): string | undefined {
  return /^[\s,]*([\w-]+):/.exec(edit.newText)?.[1];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) {
    // Two insertions at one point apply in order, unless both add the same key (say two
    // fixes that each add `bestuur:`): that would be a duplicate key.
    return a.start === b.start && insertedKey(a) !== undefined && insertedKey(a) === insertedKey(b);
  }
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
