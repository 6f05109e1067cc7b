import type { ParsedText, SourceNode } from '../parse';

/** A node's end with trailing blanks and line breaks left out, so it ends on its last line of content. */
export function contentEnd(parsed: ParsedText, node: Pick<SourceNode, 'start' | 'end'>): number {
  let end = Math.min(node.end, parsed.text.length);
  while (end > node.start && /\s/.test(parsed.text[end - 1])) end--;
  return end;
}
