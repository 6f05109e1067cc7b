import { findComments, type ParsedText } from '../parse';
import { contentEnd } from './ranges';

export interface PlanFoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

/**
 * Folding ranges: every mapping and list (block or flow) and every block text that spans
 * lines, from the line of its key or list dash to its last line of content; and runs of two
 * or more comment lines.
 */
export function foldingRanges(parsed: ParsedText): PlanFoldingRange[] {
  const ranges: PlanFoldingRange[] = [];
  const seen = new Set<string>();
  const add = (startLine: number, endLine: number, kind?: 'comment') => {
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (parsed.syntaxProblems.length > 0) return byIndentation(parsed);
  for (const node of parsed.nodes.values()) {
    if (node.pointer === '') continue;
    if (node.kind === 'scalar' && !node.blockScalar) continue;
    const from = node.keyStart ?? node.start;
    const startLine = parsed.lines.positionAt(from).line;
    const endLine = parsed.lines.positionAt(contentEnd(parsed, node)).line;
    add(startLine, endLine);
  }
  let runStart = -1;
  let previous = -2;
  const comments = findComments(parsed).filter((comment) => parsed.lines.lineText(comment.line).trimStart().startsWith('#'));
  for (const comment of comments) {
    if (comment.line !== previous + 1) {
      if (runStart >= 0) add(runStart, previous, 'comment');
      runStart = comment.line;
    }
    previous = comment.line;
  }
  if (runStart >= 0) add(runStart, previous, 'comment');
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** While the text is not valid YAML, fold by indentation so folding keeps working as the user types. */
function byIndentation(parsed: ParsedText): PlanFoldingRange[] {
  const ranges: PlanFoldingRange[] = [];
  const indents: number[] = [];
  for (let line = 0; line < parsed.lines.lineCount; line++) {
    const text = parsed.lines.lineText(line);
    indents.push(text.trim() === '' || text.trimStart().startsWith('#') ? -1 : text.length - text.trimStart().length);
  }
  for (let line = 0; line < indents.length; line++) {
    if (indents[line] < 0) continue;
    let last = line;
    for (let next = line + 1; next < indents.length; next++) {
      if (indents[next] < 0) continue;
      if (indents[next] <= indents[line]) break;
      last = next;
    }
    if (last > line) ranges.push({ startLine: line, endLine: last });
  }
  return ranges;
}
