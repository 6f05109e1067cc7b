import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { joinPointer, type ParsedText } from './parse';
import type { FixSpec } from './rule';
import type { TextEdit } from './types';

/**
 * Turns a fix into minimal text edits: one insertion after the last entry of a block mapping,
 * at that mapping's indentation, in the document's own line endings. Nothing else is touched,
 * so comments and unrelated bytes stay as they were. Returns undefined when the mapping is
 * written in a form the fix cannot extend safely (a flow mapping with a block value, or no
 * mapping at all).
 */
export function toTextEdits(parsed: ParsedText, fix: FixSpec): TextEdit[] | undefined {
  const { text, lines } = parsed;
  const target = parsed.nodes.get(fix.pointer);
  if (!target || target.aliased || target.kind !== 'map' || !target.keys || target.keys.length === 0) return undefined;
  if (target.keys.includes(fix.key)) return undefined;
  const eol = lineBreakOf(text);
  const valueLines = fix.value.split('\n');
  const multiLine = valueLines.length > 1 || /^[\w-]+:(\s|$)/.test(fix.value) || fix.value.startsWith('- ');

  if (target.flow) {
    const value = multiLine ? toFlow(fix.value) : fix.value;
    if (value === undefined) return undefined;
    const close = text.lastIndexOf('}', target.end);
    if (close < target.start) return undefined;
    let at = close;
    while (at > target.start && /\s/.test(text[at - 1])) at--;
    return [{ start: at, end: at, newText: `, ${fix.key}: ${value}` }];
  }

  const firstKey = parsed.nodes.get(joinPointer(fix.pointer, target.keys[0]));
  if (firstKey?.keyStart === undefined) return undefined;
  const indent = ' '.repeat(lines.positionAt(firstKey.keyStart).character);
  const childIndent = `${indent}  `;
  const body = multiLine
    ? `${fix.key}:${eol}${valueLines.map((line) => (line === '' ? '' : `${childIndent}${line}`)).join(eol)}`
    : `${fix.key}: ${fix.value}`;

  // The mapping's last value ends at target.end; insert on the line after it. When that value
  // is empty (`key:` and maybe a comment), yaml's range runs on into the indentation of the
  // next line, which is no part of the mapping: leave it out.
  let end = target.end;
  while (end > target.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const lastLine = lines.positionAt(Math.max(target.start, end - 1)).line;
  const endsWithBreak = end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r');
  if (endsWithBreak) {
    const at = lines.lineStarts[lines.positionAt(end).line] ?? text.length;
    return [{ start: at, end: at, newText: `${indent}${body}${eol}` }];
  }
  const at = lines.lineContentEnd(lastLine);
  return [{ start: at, end: at, newText: `${eol}${indent}${body}` }];
}

/**
 * The line break a text uses; a file whose lines end in a lone \r (old Mac) keeps them: a \n
 * would mix two kinds. Remembered for the last text: every fix of a lint asks (thousands on a
 * findings-heavy plan), and each answer is a scan of the whole text.
 */
function lineBreakOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastBreak = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  }
  return lastBreak;
}

let lastText = '';
let lastBreak = '\n';

/** A block skeleton rewritten as one flow value, for a mapping written as `{ … }`. */
function toFlow(block: string): string | undefined {
  try {
    const data: unknown = parseYaml(block);
    if (data === null || typeof data !== 'object') return undefined;
    return stringifyYaml(data, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  } catch {
    return undefined;
  }
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
