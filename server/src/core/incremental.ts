import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { lint, lintParsed, type LintOptions, type LintResult } from './lint';
import { FAST_MAX_ENTRIES, parseBlockTree, type BlockTree } from './block-parse';
import { AssembledNodes, pieceNodes, type PieceNodes } from './assembled-nodes';
import { blockScalarsOf, buildSubtree, findBinary, findDeepNesting, joinPointer, LIMITS, YAML_OPTIONS, type DuplicateKey, type ParsedText, type SourceNode, type UnresolvedTag } from './parse';
import { contentEndExcludingComment, LineIndex } from './text';

/**
 * Incremental linting of one document that changes a little at a time.
 *
 * The text is cut where YAML itself cuts it: at the keys of the top-level mapping (column 0),
 * and, inside big sections, at the keys of a nested block mapping and at the items of a block
 * list. Each piece is parsed on its own (by the fast path of block-parse.ts, else with the `yaml`
 * package) and kept by its text, so an edit
 * re-parses only the pieces whose text changed; the pieces are then joined into the same
 * `ParsedText` that `parseText` builds for the whole text (offsets moved, pointers renumbered),
 * and schema, rules, suppressions and score run over it as in `lint`.
 *
 * The result must be identical to `lint(text)`. Wherever cutting could change the meaning (an
 * alias, a directive or document marker, tabs in indentation, a lone CR, a BOM, a duplicate key
 * at a cut level, an explicit key, a piece that does not parse cleanly on its own, …) it falls
 * back to `lint(text)`: a broken piece is thus always reported exactly as a full parse reports it.
 *
 * A piece ends at the first non-blank character of the line that starts the next piece, not at
 * that line's start: `yaml` counts the next line's indentation into a node's end when a comment
 * stands between them, and the piece must see the same.
 */

/** An entry of a mapping with fewer lines than this is parsed whole; a cut costs a little too. */
const MIN_LINES_TO_SPLIT = 12;

/** Why the last call did what it did, for benchmarks and tests. */
export interface IncrementalStats {
  mode: 'incremental' | 'full';
  /** Why it fell back to a full lint. */
  reason?: string;
  /** Pieces parsed in this call, and pieces taken from earlier calls. */
  parsed: number;
  reused: number;
}

export interface IncrementalLinter {
  /** Lints the document's next version; gives exactly what `lint(text, options)` gives. */
  lint(text: string, options?: LintOptions): LintResult;
  /** What the last call did. */
  readonly stats: IncrementalStats;
}

/** A linter for one document: call it with every new version of the text. Pure; keeps only the last version's pieces. */
export function createIncrementalLinter(defaults: LintOptions = {}): IncrementalLinter {
  const cache = new PieceCache();
  const stats: IncrementalStats = { mode: 'full', parsed: 0, reused: 0 };
  return {
    stats,
    lint(text: string, options: LintOptions = defaults): LintResult {
      stats.parsed = 0;
      stats.reused = 0;
      stats.reason = undefined;
      const parsed = new Assembler(text, cache, stats).run();
      if (typeof parsed === 'string') {
        stats.mode = 'full';
        stats.reason = parsed;
        cache.sweep(false);
        return lint(text, options);
      }
      stats.mode = 'incremental';
      cache.sweep(true);
      return lintParsed(parsed, options);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Lines

const BLANK = 1;
const COMMENT = 2;
/** `-` followed by a blank or the end of the line: a block list item. */
const ITEM = 4;

/** First characters that make a line unsafe to cut at: explicit keys, anchors, tags, flow, block scalars, directives. */
const UNSAFE_FIRST = new Set(['?', ':', '&', '*', '!', '|', '>', '[', ']', '{', '}', '%', '@', '`', ',']);

interface Lines {
  start: number[];
  indent: number[];
  flags: number[];
  count: number;
  textLength: number;
}

/** Scans line starts, indentation and kind; a string names why the text cannot be cut. */
function scanLines(text: string): Lines | string {
  const start: number[] = [];
  const indent: number[] = [];
  const flags: number[] = [];
  const length = text.length;
  let at = 0;
  while (at <= length) {
    start.push(at);
    let i = at;
    while (i < length && text.charCodeAt(i) === 32) i++;
    const ch = i < length ? text.charCodeAt(i) : -1;
    indent.push(i - at);
    let flag = 0;
    if (ch === 9) return 'tab in indentation';
    if (ch === -1 || ch === 10 || ch === 13) flag = BLANK;
    else if (ch === 35) flag = COMMENT;
    else if (ch === 45 /* - */) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (next === -1 || next === 32 || next === 10 || next === 13) flag = ITEM;
      else if (next === 9) return 'tab after item';
      else if (i === at && text.startsWith('---', i)) return 'document marker';
    } else if (i === at && ch === 46 /* . */ && text.startsWith('...', i)) return 'document marker';
    flags.push(flag);
    const newline = text.indexOf('\n', i);
    if (newline < 0) break;
    at = newline + 1;
  }
  return { start, indent, flags, count: start.length, textLength: length };
}

// ---------------------------------------------------------------------------------------------
// The plan of cuts

/** One key of a block mapping parsed on its own (a one-pair mapping). */
interface EntryLeaf {
  kind: 'entry';
  from: number;
  to: number;
}

/** One key of a block mapping whose value, a block mapping or list, is cut further. */
interface EntrySplit {
  kind: 'split';
  /** The key line and the comments before the first child. */
  from: number;
  to: number;
  value: MapCut | SeqCut;
}

interface MapCut {
  kind: 'map';
  entries: Array<EntryLeaf | EntrySplit>;
}

interface SeqCut {
  kind: 'seq';
  /** Each item parsed on its own (a one-item list). */
  items: Array<{ from: number; to: number }>;
}

/** The offset of the first non-blank character of `line`, or the end of the text. */
function contentStart(lines: Lines, line: number): number {
  return line < lines.count ? lines.start[line] + lines.indent[line] : lines.textLength;
}

function isContent(lines: Lines, line: number): boolean {
  return (lines.flags[line] & (BLANK | COMMENT)) === 0;
}

/**
 * Cuts lines [first, end) holding the entries of a block mapping at `indent` (its first content
 * line is its first key). `from` is where the first entry's piece starts. A string says why not.
 */
function cutMap(text: string, lines: Lines, first: number, end: number, indent: number, from: number): MapCut | string {
  const keyLines: number[] = [];
  for (let line = first; line < end; line++) {
    if (!isContent(lines, line)) continue;
    const lineIndent = lines.indent[line];
    if (lineIndent < indent) return 'content left of the mapping';
    if (lineIndent > indent) {
      if (keyLines.length === 0) return 'content before the first key';
      continue;
    }
    if (lines.flags[line] & ITEM) {
      // A list at the key's own indentation belongs to the key above it.
      if (keyLines.length === 0) return 'list where a key was expected';
      continue;
    }
    if (UNSAFE_FIRST.has(text[lines.start[line] + lineIndent])) return 'unusual key';
    keyLines.push(line);
  }
  if (keyLines.length === 0) return 'no keys';
  const entries: Array<EntryLeaf | EntrySplit> = [];
  for (let k = 0; k < keyLines.length; k++) {
    const line = keyLines[k];
    const next = k + 1 < keyLines.length ? keyLines[k + 1] : end;
    const start = k === 0 ? from : lines.start[line];
    const stop = contentStart(lines, next);
    const last = k === keyLines.length - 1;
    const split = next - line >= MIN_LINES_TO_SPLIT ? cutValue(text, lines, line, next, indent, start, stop, indent > 0 && last) : undefined;
    entries.push(split ?? { kind: 'entry', from: start, to: stop });
  }
  return { kind: 'map', entries };
}

/**
 * Cuts the value of the key on line `keyLine` (entry lines [keyLine, end)) when it is a block
 * list, or, for a top-level key, a block mapping.
 *
 * Comments after the last item of a nested list that stand left of its items leave the list in
 * yaml's parser and, when the list is the last value of its mapping, become part of that
 * mapping's end; a piece cannot see that, so such a list is not cut. At the top level they
 * end up before the next key or at the document's end, where they change no range.
 */
function cutValue(
  text: string,
  lines: Lines,
  keyLine: number,
  end: number,
  keyIndent: number,
  from: number,
  to: number,
  lastOfNested: boolean,
): EntrySplit | undefined {
  // Only `key:` has its value on the lines below; after `key: text` they continue the text.
  if (!endsWithColon(text, lines, keyLine)) return undefined;
  let child = keyLine + 1;
  while (child < end && !isContent(lines, child)) child++;
  if (child >= end) return undefined;
  const childIndent = lines.indent[child];
  const headerTo = contentStart(lines, child);
  if (lines.flags[child] & ITEM) {
    if (childIndent < keyIndent) return undefined;
    const items: Array<{ from: number; to: number }> = [];
    const itemLines: number[] = [];
    for (let line = child; line < end; line++) {
      if (!isContent(lines, line)) continue;
      const lineIndent = lines.indent[line];
      if (lineIndent > childIndent) continue;
      if (lineIndent < childIndent || !(lines.flags[line] & ITEM)) return undefined;
      itemLines.push(line);
    }
    if (lastOfNested) {
      let lastContent = end - 1;
      while (!isContent(lines, lastContent)) lastContent--;
      for (let line = lastContent + 1; line < end; line++) if (lines.flags[line] & COMMENT && lines.indent[line] < childIndent) return undefined;
    }
    for (let k = 0; k < itemLines.length; k++) {
      items.push({ from: lines.start[itemLines[k]], to: k + 1 < itemLines.length ? contentStart(lines, itemLines[k + 1]) : to });
    }
    return { kind: 'split', from, to: headerTo, value: { kind: 'seq', items } };
  }
  if (keyIndent > 0 || childIndent <= keyIndent) return undefined;
  // Its last entry ends where this entry ends: both end at the content start of line `end`.
  const map = cutMap(text, lines, child, end, childIndent, lines.start[child]);
  if (typeof map === 'string') return undefined;
  return { kind: 'split', from, to: headerTo, value: map };
}

/** Whether `line` ends with a `:` (before a comment): a key whose value, if any, is on the lines below. */
function endsWithColon(text: string, lines: Lines, line: number): boolean {
  const from = lines.start[line] + lines.indent[line];
  const end = contentEndExcludingComment(text, from, line + 1 < lines.count ? lines.start[line + 1] - 1 : lines.textLength);
  return end > from && text.charCodeAt(end - 1) === 58;
}

// ---------------------------------------------------------------------------------------------
// Pieces: parsed once per text, placed at an offset and a pointer for every version

/** A parsed piece, with offsets relative to its own start and pointers relative to its parent. */
interface Piece {
  /** The generation that last used it; a second use in one generation parses afresh. */
  usedIn: number;
  value: unknown;
  /** For entries and headers: the key. */
  key?: string;
  keyRange?: [number, number];
  /** The range of the piece's root collection. */
  rootStart: number;
  rootEnd: number;
  rootEnd2: number;
  /** Entries in the piece when the fast path parsed it; undefined when yaml did. */
  entries?: number;
  /**
   * The source nodes below the piece's root as parsed: the root at `/0` (an item, parsed as a
   * one-item list) or `/key` (an entry), offsets from the piece's start. Every version places
   * them where the piece stands (assembled-nodes.ts) without copying them.
   */
  nodes: PieceNodes;
  /** Duplicate keys, unknown tags and block scalars as parsed, like the nodes. */
  duplicateKeys: DuplicateKey[];
  unresolvedTags: UnresolvedTag[];
  blockScalars: Array<[number, number]>;
  /** The root's pointer in the version that last placed the piece, and what it was made of. */
  root?: { base: string; index: number | undefined; pointer: string };
}

type PieceKind = 'entry' | 'item' | 'header';

class PieceCache {
  generation = 1;
  private lastGood = 0;
  private readonly byKind = new Map<string, Map<string, Piece>>();

  get(kind: PieceKind, depth: number, text: string): Piece | undefined {
    return this.byKind.get(`${kind}${depth}`)?.get(text);
  }

  set(kind: PieceKind, depth: number, text: string, piece: Piece): void {
    const name = `${kind}${depth}`;
    let map = this.byKind.get(name);
    if (!map) this.byKind.set(name, (map = new Map()));
    map.set(text, piece);
  }

  /** Keeps the pieces of the last version that linted incrementally, and of this one. */
  sweep(good: boolean): void {
    const keepFrom = good ? this.generation : this.lastGood;
    for (const map of this.byKind.values()) for (const [text, piece] of map) if (piece.usedIn < keepFrom) map.delete(text);
    if (good) this.lastGood = this.generation;
    this.generation++;
  }
}

/** Parses a piece on its own; a string says why it cannot stand for the same text in the whole. */
function parsePiece(kind: PieceKind, depth: number, text: string): Piece | string {
  if (findBinary(text) >= 0) return 'binary';
  const tree = parseBlockTree(text, depth);
  // A header's end is never used (its value is the pieces after it), so it need not be exact.
  return tree && (tree.exactEnds || kind === 'header') ? pieceOfTree(kind, tree) : parsePieceWithYaml(kind, depth, text);
}

/** A piece from the fast path's tree: the same checks and fields as from yaml's document. */
function pieceOfTree(kind: PieceKind, tree: BlockTree): Piece | string {
  if (tree.rootEntries !== 1) return kind === 'item' ? 'not one item' : 'not one key';
  if ((kind === 'item') !== (tree.rootKind === 'seq')) return kind === 'item' ? 'not one item' : 'not one key';
  const rootInfo = tree.nodes.get('')!;
  tree.nodes.delete('');
  const piece: Piece = {
    usedIn: 0,
    value: undefined,
    nodes: pieceNodes(kind === 'item' ? '/0' : joinPointer('', rootInfo.keys![0]), tree.nodes),
    duplicateKeys: tree.duplicateKeys,
    unresolvedTags: [],
    blockScalars: blockScalarsOf(tree.nodes.values()),
    rootStart: tree.rootRange[0],
    rootEnd: tree.rootRange[1],
    rootEnd2: tree.rootRange[2],
    entries: tree.entries,
  };
  if (kind === 'item') {
    piece.value = (tree.value as unknown[])[0];
    return piece;
  }
  const key = rootInfo.keys![0];
  piece.key = key;
  piece.keyRange = tree.rootFirstKey;
  piece.value = (tree.value as Record<string, unknown>)[key];
  if (kind === 'header') {
    // Only `key:` with nothing after it (an empty node, not `~` or `null`).
    const valueNode = tree.nodes.get(joinPointer('', key));
    if (piece.value !== null || !valueNode || valueNode.kind !== 'scalar' || valueNode.start !== valueNode.end) return 'header with a value';
  }
  return piece;
}

function parsePieceWithYaml(kind: PieceKind, depth: number, text: string): Piece | string {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch {
    return 'parser threw';
  }
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return 'syntax error';
  const root = doc.contents as YamlNode | null;
  if (kind === 'item') {
    if (!isSeq(root) || root.flow || root.items.length !== 1) return 'not one item';
  } else if (!isMap(root) || root.flow || root.items.length !== 1) return 'not one key';
  if (root.anchor || root.tag) return 'anchor or tag';
  if (kind === 'header') {
    const value = (root.items[0] as { value: unknown }).value;
    if (!isScalar(value) || value.value !== null || value.source !== '' || value.anchor || value.tag) return 'header with a value';
  }
  const built = buildSubtree(doc, root, '', depth);
  if (!built) return 'limit';
  if (built.aliases > 0) return 'alias';
  if (built.unresolvedTags.some((tag) => tag.pointer === '')) return 'tag';
  const rootInfo = built.nodes.get('')!;
  built.nodes.delete('');
  const piece: Piece = {
    usedIn: 0,
    value: built.value,
    nodes: pieceNodes(kind === 'item' ? '/0' : joinPointer('', rootInfo.keys![0]), built.nodes),
    duplicateKeys: built.duplicateKeys,
    unresolvedTags: built.unresolvedTags,
    blockScalars: blockScalarsOf(built.nodes.values()),
    rootStart: root.range![0],
    rootEnd: root.range![1],
    rootEnd2: root.range![2],
  };
  if (kind === 'item') {
    piece.value = (built.value as unknown[])[0];
  } else {
    piece.key = rootInfo.keys![0];
    const keyNode = (root.items[0] as { key: YamlNode | null }).key;
    if (keyNode?.range) piece.keyRange = [keyNode.range[0], keyNode.range[1]];
    piece.value = (built.value as Record<string, unknown>)[piece.key];
  }
  return piece;
}

// ---------------------------------------------------------------------------------------------
// Assembly

class Assembler {
  private readonly nodes = new AssembledNodes();
  private readonly duplicateKeys: DuplicateKey[] = [];
  private readonly unresolvedTags: UnresolvedTag[] = [];
  private readonly blockScalars: Array<[number, number]> = [];
  /** Entries of the pieces used, while every one of them came from the fast path (else undefined). */
  private fastEntries: number | undefined = 0;

  constructor(
    private readonly text: string,
    private readonly cache: PieceCache,
    private readonly stats: IncrementalStats,
  ) {}

  /** The parsed text, or why it has to be parsed whole. */
  run(): ParsedText | string {
    const { text } = this;
    if (text.length === 0) return 'empty';
    // yaml drops a byte order mark at the start of a document, so a piece must not start with one.
    if (text.includes('\uFEFF')) return 'byte order mark';
    if (text.length > LIMITS.maxChars) return 'too large';
    if (text.includes('\r') && /\r(?!\n)/.test(text)) return 'lone CR';
    const lines = scanLines(text);
    if (typeof lines === 'string') return lines;
    const cut = cutMap(text, lines, 0, lines.count, 0, 0);
    if (typeof cut === 'string') return cut;
    const root = this.placeMap(cut, '', 0, undefined);
    if (typeof root === 'string') return root;
    // scanLines found the same line starts (a lone CR, the one difference, sent the text away above).
    const index = new LineIndex(text, lines.start);
    // parseText's own scan for too deep or too many entries, so that its WP001 comes from it.
    // Pieces from the fast path stayed below both limits (block-parse.ts), so the scan is only
    // needed when yaml parsed a piece or the pieces hold many entries together.
    if (this.fastEntries === undefined || this.fastEntries > FAST_MAX_ENTRIES) {
      if (findDeepNesting(text, index, LIMITS.maxDepth, LIMITS.maxNodes)) return 'too deep or too many entries';
    }
    return {
      text,
      lines: index,
      value: root.value,
      nodes: this.nodes,
      blockScalars: this.blockScalars,
      syntaxProblems: [],
      duplicateKeys: this.duplicateKeys,
      unresolvedTags: this.unresolvedTags,
      empty: false,
    };
  }

  private piece(kind: PieceKind, depth: number, from: number, to: number): Piece | string {
    const piece = this.parsedPiece(kind, depth, from, to);
    if (typeof piece !== 'string') {
      // Headers stand for one entry each, beside what their pieces hold.
      this.fastEntries = piece.entries === undefined || this.fastEntries === undefined ? undefined : this.fastEntries + piece.entries + 1;
    }
    return piece;
  }

  private parsedPiece(kind: PieceKind, depth: number, from: number, to: number): Piece | string {
    const source = this.text.slice(from, to);
    const cached = this.cache.get(kind, depth, source);
    if (cached && cached.usedIn !== this.cache.generation) {
      cached.usedIn = this.cache.generation;
      this.stats.reused++;
      return cached;
    }
    // The piece is parsed from its own copy of the text: strings that yaml cuts from it (and
    // the cache key) must not keep this whole version of the document alive.
    const own = (' ' + source).slice(1);
    const piece = parsePiece(kind, depth, own);
    this.stats.parsed++;
    if (typeof piece === 'string') return piece;
    // A text that occurs twice in one version gets its own values, as in a whole parse.
    if (!cached) this.cache.set(kind, depth, own, piece);
    piece.usedIn = this.cache.generation;
    return piece;
  }

  /** Adds a piece's nodes at `base` (`base/index` for list items), moved to `from`. */
  private place(piece: Piece, base: string, from: number, itemIndex?: number): void {
    let root = piece.root;
    if (!root || root.base !== base || root.index !== itemIndex) {
      // Most edits only move what follows them: the pointer (and its cached hash) stays.
      const pointer = itemIndex === undefined ? joinPointer(base, piece.key!) : joinPointer(base, itemIndex);
      piece.root = root = { base, index: itemIndex, pointer };
    }
    const { parsedRoot } = piece.nodes;
    this.nodes.addPiece(piece.nodes, root.pointer, from);
    // Rare (a piece with any of them is mostly parsed by yaml), so moved afresh each time.
    const moved = (pointer: string) => root.pointer + pointer.slice(parsedRoot.length);
    for (const dup of piece.duplicateKeys) this.duplicateKeys.push({ ...dup, pointer: moved(dup.pointer), keyStart: dup.keyStart + from, keyEnd: dup.keyEnd + from });
    for (const tag of piece.unresolvedTags) this.unresolvedTags.push({ ...tag, pointer: moved(tag.pointer) });
    for (const [start, end] of piece.blockScalars) this.blockScalars.push([start + from, end + from]);
  }

  /**
   * Places a block mapping cut into entries at `pointer` and nesting `depth`; `key` is the
   * key whose value it is. Returns its value, start and end.
   */
  private placeMap(cut: MapCut, pointer: string, depth: number, key: [number, number] | undefined): Placed | string {
    const info: SourceNode = { pointer, kind: 'map', flow: false, start: 0, end: 0, inSeq: false };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    info.keys = [];
    this.nodes.addOwn(info);
    const value: Record<string, unknown> = {};
    const seen = new Set<string>();
    let end2 = 0;
    for (let k = 0; k < cut.entries.length; k++) {
      const entry = cut.entries[k];
      const piece = this.piece(entry.kind === 'entry' ? 'entry' : 'header', depth, entry.from, entry.to);
      if (typeof piece === 'string') return piece;
      const name = piece.key!;
      if (seen.has(name)) return 'duplicate key';
      seen.add(name);
      info.keys.push(name);
      const keyRange = piece.keyRange ? ([piece.keyRange[0] + entry.from, piece.keyRange[1] + entry.from] as [number, number]) : undefined;
      if (!info.firstKey && keyRange) info.firstKey = keyRange;
      if (k === 0) info.start = piece.rootStart + entry.from;
      let childValue: unknown;
      if (entry.kind === 'entry') {
        this.place(piece, pointer, entry.from);
        childValue = piece.value;
        // yaml ends a block mapping where its last value ends, comments after it included.
        info.end = piece.rootEnd + entry.from;
        end2 = piece.rootEnd2 + entry.from;
      } else {
        const childPointer = joinPointer(pointer, name);
        const child =
          entry.value.kind === 'map'
            ? this.placeMap(entry.value, childPointer, depth + 1, keyRange)
            : this.placeSeq(entry.value, childPointer, depth + 1, keyRange);
        if (typeof child === 'string') return child;
        childValue = child.value;
        info.end = child.end2;
        end2 = child.end2;
      }
      Object.defineProperty(value, name, { value: childValue, enumerable: true, writable: true, configurable: true });
    }
    return { value, start: info.start, end: info.end, end2 };
  }

  private placeSeq(cut: SeqCut, pointer: string, depth: number, key: [number, number] | undefined): Placed | string {
    const info: SourceNode = { pointer, kind: 'seq', flow: false, start: 0, end: 0, inSeq: false };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    this.nodes.addOwn(info);
    const value: unknown[] = [];
    let end2 = 0;
    for (let index = 0; index < cut.items.length; index++) {
      const item = cut.items[index];
      const piece = this.piece('item', depth, item.from, item.to);
      if (typeof piece === 'string') return piece;
      if (index === 0) info.start = piece.rootStart + item.from;
      info.end = piece.rootEnd + item.from;
      end2 = piece.rootEnd2 + item.from;
      this.place(piece, pointer, item.from, index);
      value.push(piece.value);
    }
    return { value, start: info.start, end: info.end, end2 };
  }
}

/** A placed collection: its value and yaml's range for it. */
interface Placed {
  value: unknown;
  start: number;
  end: number;
  end2: number;
}
