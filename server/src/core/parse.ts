import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';
import { parseBlockTree } from './block-parse';
import { escapePointerToken, joinPointer, parentPointer, splitPointer, unescapePointerToken } from './pointer';
import { contentEndExcludingComment, LineIndex } from './text';
import type { Range } from './types';

/** Input limits: past them a file is WP001 instead of a slow or unbounded answer. */
export const LIMITS = {
  /** Characters of plan text (about 5 MB of ASCII). */
  maxChars: 5 * 1024 * 1024,
  /**
   * Nesting of mappings and lists; a real plan needs about 7. A scan of the text enforces it
   * before the yaml parser recurses (which runs out of stack at some hundreds of levels).
   */
  maxDepth: 64,
  /** Nodes visited through aliases; a real plan has none. */
  maxAliasNodes: 10_000,
  /**
   * Entries (list items, keys, flow items) in the text, counted by the same scan before the
   * yaml parser builds them; a 50,000-line plan has about 100,000. Dense YAML within the size
   * limit (5 MB of `-`) would otherwise take gigabytes and many seconds.
   */
  maxNodes: 500_000,
};

/** How every plan text is parsed (whole, or in pieces by the incremental linter). */
export const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true } as const;

/** Where a node of the plan sits in the text. */
export interface SourceNode {
  pointer: string;
  kind: 'map' | 'seq' | 'scalar';
  flow: boolean;
  /** Offsets of the value itself. */
  start: number;
  end: number;
  /** The key's offsets when the node is the value of a mapping key. */
  keyStart?: number;
  keyEnd?: number;
  /** True for an item of a list. */
  inSeq: boolean;
  /** For mappings: the keys in source order (later duplicates included once). */
  keys?: string[];
  /** For mappings: offsets of the first key as written (a later duplicate does not move it). */
  firstKey?: [number, number];
  /** For block scalars (`|`, `>`): their text is no place for comments. */
  blockScalar?: boolean;
  /** Reached through an alias: its text stands elsewhere, so fixes must not edit it. */
  aliased?: boolean;
}

export interface SyntaxProblem {
  message: string;
  offset: number;
}

export interface DuplicateKey {
  /** Pointer of the duplicated key's value. */
  pointer: string;
  keyStart: number;
  keyEnd: number;
  key: string;
}

export interface UnresolvedTag {
  pointer: string;
  tag: string;
}

export interface Comment {
  start: number;
  end: number;
  /** Text after `#`. */
  text: string;
  line: number;
}

export interface ParsedText {
  /** The text every offset refers to: the input without a leading BOM. */
  text: string;
  lines: LineIndex;
  /** The plan as plain data; for a duplicate key the later value is used. */
  value: unknown;
  /** Every node by pointer, in document order (a Map, or the incremental linter's assembly of pieces). */
  nodes: ReadonlyMap<string, SourceNode>;
  /** Offsets of the block scalars (`|`, `>`), in document order: their text is no place for comments. */
  blockScalars: Array<[number, number]>;
  /** Problems that make the file WP001; when present nothing else is checked. */
  syntaxProblems: SyntaxProblem[];
  duplicateKeys: DuplicateKey[];
  unresolvedTags: UnresolvedTag[];
  /** True when the text holds no content at all (empty or only comments). */
  empty: boolean;
  /**
   * With syntax problems: offsets of the document's first key, when the parser still saw one,
   * so that WP001 (pointer `""`) sits where rules.md puts `""`.
   */
  syntaxFirstKey?: [number, number];
}

export { escapePointerToken, joinPointer, parentPointer, splitPointer, unescapePointerToken };

/** The value at a JSON Pointer in plain data (a list index is a token like any key), or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

class LimitExceeded extends Error {}

/**
 * Parses plan text, keeping source ranges. Never throws. Plain block YAML takes the fast path
 * (block-parse.ts); everything else, and every text with a problem, is parsed with `yaml`.
 * `fastPath: false` forces the `yaml` route (the differential test compares the two).
 */
export function parseText(input: string, { fastPath = true }: { fastPath?: boolean } = {}): ParsedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const nodes = new Map<string, SourceNode>();
  const result: ParsedText & { nodes: Map<string, SourceNode> } = {
    text,
    lines,
    value: undefined,
    nodes,
    blockScalars: [],
    syntaxProblems: [],
    duplicateKeys: [],
    unresolvedTags: [],
    empty: false,
  };

  const binaryAt = findBinary(text);
  if (binaryAt >= 0) {
    result.syntaxProblems.push({ message: 'binary', offset: binaryAt });
    return result;
  }
  if (text.length > LIMITS.maxChars) {
    result.syntaxProblems.push({ message: 'size', offset: 0 });
    return result;
  }
  // The fast path refuses anything deeper or larger than the limits below allow, so the
  // limit scan is only needed on the `yaml` route.
  const fast = fastPath ? parseBlockTree(text) : undefined;
  if (fast?.exactEnds) {
    result.value = fast.value;
    result.nodes = fast.nodes;
    result.duplicateKeys = fast.duplicateKeys;
    result.blockScalars = blockScalarsOf(fast.nodes.values());
    return result;
  }
  const deep = findDeepNesting(text, lines, LIMITS.maxDepth, LIMITS.maxNodes);
  if (deep) {
    result.syntaxProblems.push({ message: deep.kind, offset: deep.at });
    result.syntaxFirstKey = deep.firstKey;
    return result;
  }

  // The yaml package only breaks lines at \n and \r\n; a lone \r becomes \n so that
  // offsets stay the same and lines agree with LineIndex.
  const yamlText = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, YAML_OPTIONS);
  } catch (error) {
    result.syntaxProblems.push({ message: error instanceof RangeError ? 'depth' : String(error), offset: 0 });
    return result;
  }
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') continue;
    // yaml reports running out of stack on deep nesting as a resource error: that is our depth limit.
    const message =
      error.code === 'RESOURCE_EXHAUSTION' ? 'depth' : /multiple documents/i.test(error.message) ? 'documents' : error.message.split('\n')[0];
    result.syntaxProblems.push({ message, offset: error.pos[0] });
  }
  if (result.syntaxProblems.length > 0) {
    result.syntaxFirstKey = firstKeyOf(doc);
    return result;
  }

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) {
    result.empty = true;
    result.value = null;
    return result;
  }

  const builder = new TreeBuilder(doc, result);
  try {
    result.value = builder.build(doc.contents as YamlNode, '', 0, undefined, false);
    result.blockScalars = blockScalarsOf(result.nodes.values());
  } catch (error) {
    result.value = undefined;
    result.nodes.clear();
    result.duplicateKeys = [];
    result.unresolvedTags = [];
    result.syntaxFirstKey = firstKeyOf(doc);
    if (error instanceof LimitExceeded) {
      result.syntaxProblems.push({ message: error.message, offset: 0 });
    } else if (error instanceof RangeError) {
      result.syntaxProblems.push({ message: 'depth', offset: 0 });
    } else {
      result.syntaxProblems.push({ message: String(error), offset: 0 });
    }
  }
  return result;
}

/** The offsets of the block scalars among `nodes`, in their order. */
export function blockScalarsOf(nodes: Iterable<SourceNode>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const node of nodes) if (node.blockScalar) ranges.push([node.start, node.end]);
  return ranges;
}

/** Offsets of the first key of a document whose root is a mapping, when it has one. */
function firstKeyOf(doc: Document.Parsed): [number, number] | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const first = root.items[0];
  const range = isPair(first) ? (first.key as YamlNode | null)?.range : undefined;
  return range && range[1] > range[0] ? [range[0], range[1]] : undefined;
}

/**
 * Where the text first nests collections more than `limit` levels deep, with the document's
 * first key as the parser would have found it (the range of WP001); undefined when it does not,
 * or cannot tell. A cheap scan before the yaml parser, which recurses per level and runs out of
 * stack on deep input (`[[[[…`, or `- - - …`). It counts open flow brackets, and block
 * collections by the indentation of lines that start a list item or hold a key, skipping
 * quotes, comments and block scalars. It never counts more levels than the parsed tree has,
 * so it only reports what the tree builder's own depth check would; what it misses, that
 * check and yaml's resource error still catch.
 */
export function findDeepNesting(
  text: string,
  lines: LineIndex,
  limit: number,
  maxNodes: number,
): { at: number; firstKey?: [number, number]; kind: 'depth' | 'nodes' } | undefined {
  let nodes = 0;
  const tooMany = () => ++nodes > maxNodes;
  // Open block collections by the column of their first entry; `seq` for lists.
  const stack: Array<{ column: number; seq: boolean }> = [];
  let flow = 0;
  let quote = '';
  // Lines indented more than this belong to a block scalar (undefined: none is open).
  let blockScalarAbove: number | undefined;
  // The innermost collection of `n` nested ones is at depth n - 1; the tree builder refuses
  // a node deeper than `limit`, so n - 1 > limit means it would.
  const tooDeep = () => stack.length + flow - 1 > limit;
  const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
  const isIndicator = (i: number, end: number) =>
    (text[i] === '-' || text[i] === '?') && (i + 1 === end || isBlank(text[i + 1]));
  let firstKey: [number, number] | undefined;
  let firstLine = true;
  const tooDeepAt = (at: number) => ({ at, firstKey, kind: 'depth' as const });
  const tooManyAt = (at: number) => ({ at, firstKey, kind: 'nodes' as const });

  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const end = lines.lineContentEnd(line);
    let i = start;
    while (i < end && text[i] === ' ') i++;
    if (i === end) continue;
    const column = i - start;
    if (blockScalarAbove !== undefined) {
      if (column > blockScalarAbove) continue;
      blockScalarAbove = undefined;
    }
    let valueStart = !quote;
    if (!quote && flow === 0) {
      if (text[i] === '#') continue;
      if (text.startsWith('---', i) && (i + 3 === end || isBlank(text[i + 3]))) i += 3;
      else if (text[i] === '%') continue;
      else {
        const itemLine = isIndicator(i, end);
        while (stack.length > 0) {
          const top = stack[stack.length - 1];
          // A list may stand at the same column as the key it belongs to.
          if (top.column > column || (top.column === column && (top.seq || !itemLine))) stack.pop();
          else break;
        }
        while (i < end && isIndicator(i, end)) {
          stack.push({ column: i - start, seq: text[i] === '-' });
          if (tooDeep()) return tooDeepAt(i);
          if (tooMany()) return tooManyAt(i);
          i++;
          while (i < end && isBlank(text[i])) i++;
        }
        const colon = i < end ? keyIndicator(text, i, end) : -1;
        if (colon >= 0) {
          if (firstLine && stack.length === 0) {
            let keyEnd = colon;
            while (keyEnd > i && isBlank(text[keyEnd - 1])) keyEnd--;
            if (keyEnd > i) firstKey = [i, keyEnd];
          }
          stack.push({ column: i - start, seq: false });
          if (tooDeep()) return tooDeepAt(i);
          if (tooMany()) return tooManyAt(i);
        }
        firstLine = false;
      }
    }
    for (; i < end; i++) {
      const ch = text[i];
      if (quote) {
        if (quote === '"' && ch === '\\') i++;
        else if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = '';
        }
        continue;
      }
      const prev = i === start ? ' ' : text[i - 1];
      if (isBlank(ch)) continue;
      if (ch === '#' && isBlank(prev)) break;
      if (flow > 0) {
        if (ch === '[' || ch === '{') {
          flow++;
          if (tooDeep()) return tooDeepAt(i);
          if (tooMany()) return tooManyAt(i);
        } else if (ch === ']' || ch === '}') flow--;
        else if (ch === ',' && tooMany()) return tooManyAt(i);
        else if ((ch === '"' || ch === "'") && (isBlank(prev) || '[{,:'.includes(prev))) quote = ch;
        continue;
      }
      if (valueStart) {
        if (ch === '[' || ch === '{') {
          flow = 1;
          if (tooDeep()) return tooDeepAt(i);
          if (tooMany()) return tooManyAt(i);
          continue;
        }
        if (ch === '"' || ch === "'") {
          quote = ch;
          valueStart = false;
          continue;
        }
        if (ch === '|' || ch === '>') {
          blockScalarAbove = stack.length > 0 ? stack[stack.length - 1].column : -1;
          break;
        }
        if (ch === '&' || ch === '!') {
          while (i + 1 < end && !isBlank(text[i + 1])) i++;
          continue;
        }
        valueStart = false;
      }
      if (ch === ':' && (i + 1 === end || isBlank(text[i + 1]))) valueStart = true;
    }
  }
  return undefined;
}

/** Where the `:` of a block mapping entry is on a line from `from` (outside quotes and comments), or -1. */
function keyIndicator(text: string, from: number, end: number): number {
  let i = from;
  const first = text[i];
  if (first === '[' || first === '{' || first === '|' || first === '>' || first === '#') return -1;
  if (first === '"' || first === "'") {
    for (i++; i < end; i++) {
      if (first === '"' && text[i] === '\\') i++;
      else if (text[i] === first) {
        if (first === "'" && text[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= end) return -1;
  }
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return -1;
    if (ch === ':' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) return i;
  }
  return -1;
}

/** NUL and other control characters that never occur in a text file. */
/** The offset of the first NUL or other control character that never occurs in a text file, or -1. */
export function findBinary(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/.exec(text);
  return match ? match.index : -1;
}

/** What one node of a document becomes: its plan value and the source nodes at and below it. */
export interface Subtree {
  value: unknown;
  nodes: Map<string, SourceNode>;
  duplicateKeys: DuplicateKey[];
  unresolvedTags: UnresolvedTag[];
  /** Aliases met; an alias can point outside the node, so a caller that splices subtrees must not use one that has any. */
  aliases: number;
}

/**
 * Builds `node` of `doc` exactly as parseText builds the node at `pointer` of a whole document
 * at nesting `depth`, with offsets into `doc`'s own text. Undefined when a limit is exceeded.
 * The incremental linter uses it to build the parts of a text that it parses on their own.
 */
export function buildSubtree(doc: Document.Parsed, node: YamlNode | null, pointer: string, depth: number): Subtree | undefined {
  const out: Subtree = { value: undefined, nodes: new Map(), duplicateKeys: [], unresolvedTags: [], aliases: 0 };
  const builder = new TreeBuilder(doc, out);
  try {
    out.value = builder.build(node, pointer, depth, undefined, false);
  } catch {
    return undefined;
  }
  out.aliases = builder.aliases;
  return out;
}

class TreeBuilder {
  private aliasNodes = 0;
  /** Alias nodes met, for buildSubtree. */
  aliases = 0;
  /** What each alias of the document names, found in one walk when the first alias is met. */
  private aliasTargets: Map<Alias, YamlNode> | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly result: Pick<ParsedText, 'duplicateKeys' | 'unresolvedTags'> & { nodes: Map<string, SourceNode> },
  ) {}

  build(node: unknown, pointer: string, depth: number, key: Scalar | YamlNode | undefined, inSeq: boolean, viaAlias = false): unknown {
    if (depth > LIMITS.maxDepth) throw new LimitExceeded('depth');
    if (isAlias(node)) {
      this.aliases++;
      const target = this.resolveAlias(node);
      if (!target) return null;
      const value = this.build(target, pointer, depth, key, inSeq, true);
      // The alias itself is where the value sits in the text.
      const info = this.result.nodes.get(pointer);
      if (info && node.range) {
        info.start = node.range[0];
        info.end = node.range[1];
      }
      return value;
    }
    if (viaAlias && ++this.aliasNodes > LIMITS.maxAliasNodes) throw new LimitExceeded('aliases');

    const yamlNode = node as YamlNode | null;
    const range = yamlNode?.range ?? [key?.range?.[1] ?? 0, key?.range?.[1] ?? 0, 0];
    const info: SourceNode = {
      pointer,
      kind: isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar',
      flow: Boolean((node as { flow?: boolean } | null)?.flow),
      start: range[0],
      end: range[1],
      inSeq,
    };
    if (viaAlias) info.aliased = true;
    if (key?.range) {
      info.keyStart = key.range[0];
      info.keyEnd = key.range[1];
    }
    if (yamlNode && 'tag' in yamlNode && yamlNode.tag && !isKnownTag(yamlNode.tag)) {
      this.result.unresolvedTags.push({ pointer, tag: yamlNode.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
    }
    this.result.nodes.set(pointer, info);

    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      info.keys = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const keyName = keyToString(keyNode);
        const childPointer = joinPointer(pointer, keyName);
        if (!info.firstKey && keyNode?.range) info.firstKey = [keyNode.range[0], keyNode.range[1]];
        if (seen.has(keyName)) {
          const keyRange = keyNode?.range ?? [info.start, info.start];
          this.result.duplicateKeys.push({ pointer: childPointer, keyStart: keyRange[0], keyEnd: keyRange[1], key: keyName });
        } else {
          seen.add(keyName);
          info.keys.push(keyName);
        }
        const childValue = this.build(pair.value, childPointer, depth + 1, (keyNode ?? undefined) as YamlNode | undefined, false, viaAlias);
        Object.defineProperty(out, keyName, { value: childValue, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      node.items.forEach((item, index) => {
        out.push(this.build(item, joinPointer(pointer, index), depth + 1, undefined, true, viaAlias));
      });
      return out;
    }
    if (isScalar(node)) {
      if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) info.blockScalar = true;
      const value = node.value;
      if (typeof value === 'bigint') return Number(value);
      return value;
    }
    return null;
  }

  /**
   * The node an alias names: the last node with that anchor before it in document order, as
   * yaml's `Alias.resolve` finds it. That method walks the whole document for every alias,
   * which makes many aliases in a large text quadratic; one walk for all of them is linear.
   */
  private resolveAlias(alias: Alias): YamlNode | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, YamlNode>();
      const latest = new Map<string, YamlNode>();
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node)) {
            const target = latest.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) latest.set(node.anchor, node);
        },
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }
}

function isKnownTag(tag: string): boolean {
  return /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.test(tag);
}

function keyToString(keyNode: YamlNode | null): string {
  if (keyNode === null || keyNode === undefined) return '';
  if (isScalar(keyNode)) {
    const value = keyNode.value;
    if (value === null) return keyNode.source ?? '';
    return String(value);
  }
  return String(keyNode.toJSON());
}

/**
 * The range a finding about `pointer` underlines, as rules.md describes: the key for the
 * value of a key, the item itself for a scalar or flow item in a list, the first line of a
 * block item, and the first key of the document for `""`. A pointer to something that is
 * not in the text falls back to its nearest ancestor.
 */
export function rangeForPointer(parsed: ParsedText, pointer: string): Range {
  const { lines, text } = parsed;
  let node = parsed.nodes.get(pointer);
  let current = pointer;
  while (!node && current !== '') {
    current = parentPointer(current);
    node = parsed.nodes.get(current);
  }
  if (!node || current === '') return rootRange(parsed);
  if (node.keyStart !== undefined && node.keyEnd !== undefined) return lines.rangeOf(node.keyStart, node.keyEnd);
  if (node.inSeq && !node.flow && node.kind !== 'scalar') {
    const line = lines.positionAt(node.start).line;
    const end = contentEndExcludingComment(text, node.start, lines.lineContentEnd(line));
    return lines.rangeOf(node.start, Math.max(end, node.start));
  }
  return lines.rangeOf(node.start, node.end);
}

function rootRange(parsed: ParsedText): Range {
  const root = parsed.nodes.get('');
  if (root?.kind === 'map' && root.firstKey) return parsed.lines.rangeOf(root.firstKey[0], root.firstKey[1]);
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Every YAML comment of the text, found line by line outside block scalars. */
export function findComments(parsed: ParsedText): Comment[] {
  const { text, lines } = parsed;
  const blocked = parsed.blockScalars;
  const comments: Comment[] = [];
  // The next `#` at or after the current line, kept across lines: searching afresh from every
  // line start would scan to the end of the text for each line without one (quadratic).
  let hash = -2;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStarts[line];
    const lineEnd = lines.lineContentEnd(line);
    if (hash !== -1 && hash < lineStart) hash = text.indexOf('#', lineStart);
    if (hash < 0 || hash >= lineEnd) continue;
    const contentEnd = contentEndExcludingComment(text, lineStart, lineEnd);
    let start = contentEnd;
    while (start < lineEnd && text[start] !== '#') start++;
    if (start >= lineEnd) continue;
    if (blocked.some(([from, to]) => start >= from && start < to)) continue;
    comments.push({ start, end: lineEnd, text: text.slice(start + 1, lineEnd), line });
  }
  return comments;
}
