import { fixAllEdits } from '../fix-all';
import type { LintOptions, LintResult } from '../lint';
import type { Finding, Lang, Range, TextEdit } from '../types';
import { UNSUPPRESSIBLE } from '../rules/index';
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
 * Every safe fix in one action: the core's multi-pass fix-all (a fix that only becomes possible
 * after another, or two fixes that add the same section, are handled by linting again between
 * passes), expressed as insertions into the current text, so no existing byte is rewritten.
 */
export function fixAll(result: LintResult, lang: Lang, options: LintOptions = {}): PlanCodeAction | undefined {
  const edits = fixAllEdits(result.parsed.text, options);
  if (edits.length === 0) return undefined;
  return {
    title: pick(lang, 'Herstel alle veilige wijkplan-problemen', 'Fix all safe wijkplan problems'),
    kind: FIX_ALL_ACTION_KIND,
    edits: toActionEdits(result, edits),
    findings: result.findings.filter((finding) => finding.fix?.safe),
  };
}

