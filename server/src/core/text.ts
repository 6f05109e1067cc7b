import type { Position, Range } from './types';

/**
 * Maps offsets to line/character positions. `\n`, `\r\n` and a lone `\r` each end a line,
 * as rules.md asks; characters are UTF-16 code units, as in JavaScript strings and LSP.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  /**
   * `lineStarts`, when given, are the line starts someone already scanned (the incremental
   * linter, for a text it checked has no lone CR); they are taken as they are.
   */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    // Two passes, counting first: an array grown by push holds up to twice its size in
    // garbage, which for a text of only line breaks is hundreds of MB.
    let count = 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) count++;
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        count++;
      }
    }
    const starts: number[] = new Array<number>(count);
    starts[0] = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        starts[line++] = i + 1;
      } else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just past the last character of the line, before its line break. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineContentEnd(line));
  }
}

/**
 * The offset where a line's content ends when a YAML comment is left out, with trailing
 * blanks trimmed. Quotes are followed so that `"a # b"` is not taken for a comment.
 */
export function contentEndExcludingComment(text: string, from: number, lineEnd: number): number {
  let quote: string | null = null;
  let end = lineEnd;
  for (let i = from; i < lineEnd; i++) {
    const ch = text[i];
    if (quote) {
      if (quote === "'" && ch === "'" && text[i + 1] === "'") i++;
      else if (quote === '"' && ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      const prev = i === from ? ' ' : text[i - 1];
      if (/[\s:,[{\-?]/.test(prev) || i === from) quote = ch;
    } else if (ch === '#' && (i === from || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      end = i;
      break;
    }
  }
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
