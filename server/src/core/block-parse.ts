import type { DuplicateKey, SourceNode } from './parse';
import { joinPointer } from './pointer';

/**
 * A fast path for the YAML that plans are written in: block mappings and lists, plain and
 * quoted scalars (on one line or folded over several), one-line flow collections and `>`/`|`
 * block scalars, with
 * comments and blank lines anywhere. It builds in one pass what parseText builds from the
 * `yaml` package's Document (the plan value and the source nodes), at a fraction of the cost
 * and allocation: the `yaml` package lexes, builds a CST, then a Document, and the tree is
 * built from that; on a 10,000-line plan that is three quarters of a lint.
 *
 * It must give exactly what the `yaml` route gives, offsets included, so wherever YAML gets
 * subtle it gives up (returns undefined) and the caller parses with `yaml`: anchors, aliases,
 * tags, directives, document markers, explicit keys, tabs, CR line breaks, multi-line flow
 * collections, empty list items, keys on a line of their own with a comment, unusual escapes,
 * continuation lines that could read as something else, and anything `yaml` would report as an
 * error. Multi-line plain and quoted scalars (what YAML writers such as PyYAML and the `yaml`
 * package emit for long text) are taken, folded as the `yaml` package folds them. The
 * differential test (test/unit/block-parse.test.ts) holds it to the `yaml` route on every
 * fixture, sample and benchmark plan and on thousands of damaged variants of them.
 *
 * Offsets follow the `yaml` package's node ranges, including its way of giving comment lines
 * to the node before them: a comment line indented deeper than the collection that holds the
 * value above it belongs to that value (its end moves past the comment); other comment lines
 * after a collection's last value stay with that collection only when indented at least as
 * far as it (and it is not at column 0), and then its end takes in the next line's
 * indentation, as yaml's does.
 */

/** What a text of block YAML becomes; offsets are into that text. */
export interface BlockTree {
  value: unknown;
  nodes: Map<string, SourceNode>;
  duplicateKeys: DuplicateKey[];
  /** The root collection: kind, entry count, and yaml's range `[start, valueEnd, nodeEnd]`. */
  rootKind: 'map' | 'seq';
  rootEntries: number;
  rootRange: [number, number, number];
  /** For a mapping root: its first key's offsets. */
  rootFirstKey?: [number, number];
  /** Entries (keys and items, flow ones included) in the text. */
  entries: number;
  /**
   * False when an empty value has a comment after it: yaml then ends that value (and so the
   * collections it closes) past the comment by rules not copied here. The values, keys and
   * starts are right; the incremental linter's headers (`key:` alone) use nothing else.
   */
  exactEnds: boolean;
}

/**
 * Limits below parseText's, so that a text the fast path builds is never one that its limit
 * scan (findDeepNesting) would refuse: that scan never counts more levels than the tree has,
 * and counts at most about twice the entries counted here (it counts an empty `[]` too).
 */
export const FAST_MAX_DEPTH = 60;
export const FAST_MAX_ENTRIES = 200_000;

/** Characters that make the fast path give up wherever they occur (tabs, other line breaks, BOM). */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\t\r\u0085\u2028\u2029\ufeff]/;

class GiveUp {}
const GIVE_UP = new GiveUp();

const enum Line {
  Blank = 0,
  Comment = 1,
  Content = 2,
}

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/**
 * Parses `text` as one block mapping or list (at any column, as the incremental linter's
 * pieces are), the root at nesting `depth`; undefined when the text needs the `yaml` package.
 */
export function parseBlockTree(text: string, depth = 0): BlockTree | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new BlockParser(text, depth).parseRoot();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

/** A value that ended: its plan value and yaml's range `[start, valueEnd, nodeEnd]`. */
interface Done {
  value: unknown;
  end1: number;
  end2: number;
}

class BlockParser {
  private readonly n: number;
  /** Per line: offset of its start, of its first non-space character, of its end (the `\n` or the text's end). */
  private readonly starts: number[] = [];
  private readonly firsts: number[] = [];
  private readonly ends: number[] = [];
  private readonly kinds: Line[] = [];
  private readonly count: number;

  readonly nodes = new Map<string, SourceNode>();
  readonly duplicateKeys: DuplicateKey[] = [];
  private entries = 0;
  private exactEnds = true;

  /** After a value: the next content line, and the deepest comment line before it that no value took (-1: none). */
  private next = 0;
  private trail = -1;

  constructor(
    private readonly text: string,
    private readonly baseDepth: number,
  ) {
    this.n = text.length;
    let at = 0;
    for (;;) {
      let i = at;
      while (i < this.n && text.charCodeAt(i) === SPACE) i++;
      let end = text.indexOf('\n', i);
      if (end < 0) end = this.n;
      this.starts.push(at);
      this.firsts.push(i);
      this.ends.push(end);
      this.kinds.push(i === end ? Line.Blank : text.charCodeAt(i) === HASH ? Line.Comment : Line.Content);
      if (end === this.n) break;
      at = end + 1;
    }
    this.count = this.starts.length;
  }

  parseRoot(): BlockTree {
    const first = this.nextContent(0);
    if (first >= this.count) giveUp();
    const column = this.indentOf(first);
    const at = this.firsts[first];
    let done: Done;
    let kind: 'map' | 'seq';
    if (this.isItem(first)) {
      kind = 'seq';
      done = this.parseSeq(first, column, '', this.baseDepth, undefined);
    } else {
      kind = 'map';
      done = this.parseMap(first, at, column, '', this.baseDepth, undefined, false);
    }
    if (this.next < this.count) giveUp();
    const root = this.nodes.get('')!;
    return {
      value: done.value,
      nodes: this.nodes,
      duplicateKeys: this.duplicateKeys,
      rootKind: kind,
      rootEntries: kind === 'map' ? (root.keys!.length + this.rootDuplicates()) : (done.value as unknown[]).length,
      rootRange: [root.start, done.end1, done.end2],
      rootFirstKey: root.firstKey,
      entries: this.entries,
      exactEnds: this.exactEnds,
    };
  }

  private rootDuplicates(): number {
    let count = 0;
    for (const duplicate of this.duplicateKeys) if (duplicate.pointer.indexOf('/', 1) < 0) count++;
    return count;
  }

  // --- lines -----------------------------------------------------------------------------

  private indentOf(line: number): number {
    return this.firsts[line] - this.starts[line];
  }

  private nextContent(line: number): number {
    while (line < this.count && this.kinds[line] !== Line.Content) line++;
    return line;
  }

  /** A line whose content starts with a list item indicator. */
  private isItem(line: number): boolean {
    const at = this.firsts[line];
    if (this.text.charCodeAt(at) !== DASH) return false;
    const after = at + 1;
    return after === this.ends[line] || this.text.charCodeAt(after) === SPACE;
  }

  /**
   * After a value that ended on `line`, inside a collection at column `indent`: takes the
   * comment lines yaml gives to that value (each indented deeper than the collection, blank
   * lines between them allowed), then finds the next content line and the deepest comment
   * line before it that nothing took. Returns the value's node end.
   */
  private afterValue(line: number, indent: number, takesComments: boolean): number {
    let last = line;
    let j = line + 1;
    if (takesComments) {
      for (;;) {
        while (j < this.count && this.kinds[j] === Line.Blank) j++;
        if (j < this.count && this.kinds[j] === Line.Comment && this.indentOf(j) > indent) {
          last = j;
          j++;
          continue;
        }
        break;
      }
    }
    this.skipToContent(last + 1);
    return last + 1 < this.count ? this.starts[last + 1] : this.n;
  }

  /** Sets `next` to the first content line from `line`, and `trail` to the deepest comment line on the way. */
  private skipToContent(line: number): void {
    let trail = -1;
    while (line < this.count && this.kinds[line] !== Line.Content) {
      if (this.kinds[line] === Line.Comment) {
        const indent = this.indentOf(line);
        if (indent > trail) trail = indent;
      }
      line++;
    }
    this.next = line;
    this.trail = trail;
  }

  /**
   * A collection at column `indent` ends before `next`: comment lines that no value took stay
   * with it when one of them is indented at least as far as it (not at column 0), and its
   * node then ends where the next line's content starts. Otherwise they pass to its parent.
   */
  private closeCollection(indent: number, end1: number): number {
    if (this.trail >= 0 && indent > 0 && this.trail >= indent) {
      this.trail = -1;
      return this.next < this.count ? this.firsts[this.next] : this.n;
    }
    return end1;
  }

  private countEntry(depth: number): void {
    if (++this.entries > FAST_MAX_ENTRIES || depth > FAST_MAX_DEPTH) giveUp();
  }

  // --- block collections --------------------------------------------------------------------

  /** A block mapping whose first key starts at `at` on `line`, its keys at column `indent`. */
  private parseMap(line: number, at: number, indent: number, pointer: string, depth: number, key: [number, number] | undefined, inSeq: boolean): Done {
    if (depth > FAST_MAX_DEPTH) giveUp();
    const info: SourceNode = { pointer, kind: 'map', flow: false, start: at, end: 0, inSeq };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    this.nodes.set(pointer, info);
    const keys: string[] = [];
    info.keys = keys;
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    let end1 = at;
    for (;;) {
      this.countEntry(depth + 1);
      const keyEnd = this.scanKey(at, this.ends[line]);
      const name = this.keyName;
      const keyStart = at;
      const childPointer = joinPointer(pointer, name);
      if (!info.firstKey) info.firstKey = [keyStart, keyEnd];
      if (seen.has(name)) {
        this.duplicateKeys.push({ pointer: childPointer, keyStart, keyEnd, key: name });
      } else {
        seen.add(name);
        keys.push(name);
      }
      const child = this.parseMapValue(line, this.colon + 1, indent, childPointer, depth + 1, [keyStart, keyEnd]);
      setProperty(out, name, child.value);
      end1 = child.end2;
      const next = this.next;
      if (next >= this.count) break;
      const column = this.indentOf(next);
      if (column < indent) break;
      if (column > indent || this.isItem(next)) giveUp();
      // The next key: comment lines before it are its own.
      line = next;
      at = this.firsts[next];
      this.trail = -1;
    }
    info.end = end1;
    return { value: out, end1, end2: this.closeCollection(indent, end1) };
  }

  /** A block list whose items' `-` stand at column `indent`, the first on `line`. */
  private parseSeq(line: number, indent: number, pointer: string, depth: number, key: [number, number] | undefined): Done {
    if (depth > FAST_MAX_DEPTH) giveUp();
    const info: SourceNode = { pointer, kind: 'seq', flow: false, start: this.firsts[line], end: 0, inSeq: false };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    this.nodes.set(pointer, info);
    const out: unknown[] = [];
    let end1 = info.start;
    for (;;) {
      this.countEntry(depth + 1);
      const child = this.parseItem(line, indent, joinPointer(pointer, out.length), depth + 1);
      out.push(child.value);
      end1 = child.end2;
      const next = this.next;
      if (next >= this.count) break;
      const column = this.indentOf(next);
      if (column < indent) break;
      if (column > indent) giveUp();
      if (!this.isItem(next)) break;
      line = next;
      this.trail = -1;
    }
    info.end = end1;
    return { value: out, end1, end2: this.closeCollection(indent, end1) };
  }

  /** One list item: `-` at column `indent` of `line`. */
  private parseItem(line: number, indent: number, pointer: string, depth: number): Done {
    const { text } = this;
    const end = this.ends[line];
    let p = this.firsts[line] + 1;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    if (p >= end) giveUp(); // an empty item, or its value on the next lines
    const ch = text.charCodeAt(p);
    if (ch === HASH || (ch === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE))) giveUp();
    if (this.startsMapEntry(p, end)) {
      return this.parseMap(line, p, p - this.starts[line], pointer, depth, undefined, true);
    }
    return this.parseInlineValue(line, p, indent, pointer, depth, undefined, true);
  }

  /** Whether a block mapping entry (`key:` followed by a blank or the line's end) starts at `p`. */
  private startsMapEntry(p: number, end: number): boolean {
    const { text } = this;
    const ch = text.charCodeAt(p);
    if (ch === 0x22 || ch === 0x27) {
      // A quoted scalar that goes on to the next line is a value (as a key yaml refuses it).
      const close = this.closingQuote(p, end);
      if (close < 0) return false;
      let i = close + 1;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      return i < end && text.charCodeAt(i) === COLON;
    }
    // A flow collection: a value (one followed by `:`, a key, is refused after it).
    if (ch === 0x5b || ch === 0x7b) return false;
    for (let i = p; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        const after = i + 1 === end ? SPACE : text.charCodeAt(i + 1);
        if (after === SPACE) return true;
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  // --- keys -----------------------------------------------------------------------------------

  /** Set by scanKey: the key's name and the offset of its `:`. */
  private keyName = '';
  private colon = 0;

  /** Reads a block mapping key at `at`; returns its end, sets keyName and colon. */
  private scanKey(at: number, end: number): number {
    const { text } = this;
    const ch = text.charCodeAt(at);
    let keyEnd: number;
    let colon: number;
    if (ch === 0x22 || ch === 0x27) {
      keyEnd = this.quoteEnd(at, end);
      this.keyName = this.quoted;
      colon = keyEnd;
      while (colon < end && text.charCodeAt(colon) === SPACE) colon++;
      if (colon >= end || text.charCodeAt(colon) !== COLON) giveUp();
    } else {
      if (!plainStart(text, at, end)) giveUp();
      colon = -1;
      for (let i = at; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === COLON) {
          if (i + 1 === end || text.charCodeAt(i + 1) === SPACE) {
            colon = i;
            break;
          }
        } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      }
      if (colon < 0) giveUp();
      keyEnd = colon;
      while (text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const source = text.slice(at, keyEnd);
      const value = resolvePlain(source);
      this.keyName = value === null ? source : String(value);
    }
    // yaml (strict) refuses an implicit key of more than 1024 characters.
    if (colon - at > 1000) giveUp();
    const after = colon + 1;
    if (after < end && text.charCodeAt(after) !== SPACE) giveUp();
    this.colon = colon;
    return keyEnd;
  }

  // --- values ---------------------------------------------------------------------------------

  /** The value of a key whose `:` ends at `from` on `line`, in a mapping at column `indent`. */
  private parseMapValue(line: number, from: number, indent: number, pointer: string, depth: number, key: [number, number]): Done {
    const { text } = this;
    const end = this.ends[line];
    let p = from;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    if (p < end && !(text.charCodeAt(p) === HASH)) {
      return this.parseInlineValue(line, p, indent, pointer, depth, key, false);
    }
    // Nothing (or a comment) after the `:`: a collection on the next lines, or an empty value.
    const hasComment = p < end;
    this.skipToContent(line + 1);
    const next = this.next;
    if (next < this.count) {
      const column = this.indentOf(next);
      if (column > indent || (column === indent && this.isItem(next))) {
        if (this.isItem(next)) return this.parseSeq(next, column, pointer, depth, key);
        const first = this.firsts[next];
        if (this.startsMapEntry(first, this.ends[next])) return this.parseMap(next, first, column, pointer, depth, key, false);
        // A plain or quoted scalar that starts on the next line (a long value after a long
        // key). With a comment in between yaml places the value by rules not copied here.
        const c = text.charCodeAt(first);
        if (hasComment || this.trail >= 0 || !(c === 0x22 || c === 0x27 || plainStart(text, first, this.ends[next]))) giveUp();
        return this.parseInlineValue(next, first, indent, pointer, depth, key, false);
      }
    }
    // An empty value is null, placed after the `:` and the blanks after it. With a comment
    // near it yaml moves its end past the comment; see exactEnds.
    if (hasComment || this.trail >= 0) this.exactEnds = false;
    if (depth > FAST_MAX_DEPTH) giveUp();
    const info: SourceNode = { pointer, kind: 'scalar', flow: false, start: p, end: p, inSeq: false, keyStart: key[0], keyEnd: key[1] };
    this.nodes.set(pointer, info);
    return { value: null, end1: p, end2: p };
  }

  /** A value that starts at `p` on `line` (after a key's `:` or an item's `-`), in a collection at column `indent`. */
  private parseInlineValue(line: number, p: number, indent: number, pointer: string, depth: number, key: [number, number] | undefined, inSeq: boolean): Done {
    if (depth > FAST_MAX_DEPTH) giveUp();
    const { text } = this;
    const end = this.ends[line];
    const ch = text.charCodeAt(p);
    if (ch === 0x7c || ch === 0x3e) return this.parseBlockScalar(line, p, indent, pointer, key, inSeq);
    const info: SourceNode = { pointer, kind: 'scalar', flow: false, start: p, end: 0, inSeq };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    let value: unknown;
    let valueEnd: number;
    /** The line the value ends on. */
    let last = line;
    if (ch === 0x5b || ch === 0x7b) {
      // A flow collection: its node goes in before its items'.
      info.kind = ch === 0x5b ? 'seq' : 'map';
      info.flow = true;
      this.nodes.set(pointer, info);
      valueEnd = this.parseFlow(p, end, info, depth);
      value = this.flowValue;
    } else if (ch === 0x22 || ch === 0x27) {
      if (this.closingQuote(p, end) >= 0) {
        valueEnd = this.quoteEnd(p, end);
      } else {
        valueEnd = this.multiLineQuoted(line, p, indent);
        last = this.quotedLastLine;
      }
      value = this.quoted;
      this.nodes.set(pointer, info);
    } else {
      if (!plainStart(text, p, end)) giveUp();
      let stop = end;
      for (let i = p; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
          stop = i;
          break;
        }
        // `key: a: b` is an error in yaml; `a:` at the end of a value too.
        if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) giveUp();
      }
      valueEnd = stop;
      while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      // Without a comment on its first line a plain scalar goes on over the lines indented
      // deeper than its collection.
      if (stop === end) last = this.plainContinuation(line, indent);
      if (last === line) {
        value = resolvePlain(text.slice(p, valueEnd));
      } else {
        valueEnd = this.ends[last];
        while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
        value = resolvePlain(unfoldLines(text.slice(p, valueEnd)));
      }
      this.nodes.set(pointer, info);
    }
    info.end = valueEnd;
    // After a quoted scalar or a flow collection: blanks, then the line's end or a comment.
    const lastEnd = this.ends[last];
    let i = valueEnd;
    while (i < lastEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < lastEnd && !(text.charCodeAt(i) === HASH && i > valueEnd)) giveUp();
    return { value, end1: valueEnd, end2: this.afterValue(last, indent, true) };
  }

  /**
   * The last line of a plain scalar that starts on `line` in a collection at column `indent`:
   * yaml's lexer goes on over blank lines and lines indented deeper than the collection, up
   * to a comment line. A continuation line that holds `: ` or ` #`, or starts with an
   * indicator, is left to yaml (an error, a comment, or text that only looks like one).
   */
  private plainContinuation(line: number, indent: number): number {
    const { text } = this;
    let last = line;
    for (let j = line + 1; j < this.count; j++) {
      const first = this.firsts[j];
      const end = this.ends[j];
      if (first === end) continue;
      if (this.kinds[j] === Line.Comment || first - this.starts[j] <= indent) break;
      if (!plainStart(text, first, end)) giveUp();
      for (let i = first; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) giveUp();
        if (c === HASH && text.charCodeAt(i - 1) === SPACE) giveUp();
      }
      last = j;
    }
    return last;
  }

  /** Set by multiLineQuoted: the line of the closing quote. */
  private quotedLastLine = 0;

  /**
   * A quoted scalar at `p` on `line` that closes on a later line, in a collection at column
   * `indent`: every line up to the closing quote is blank or indented deeper than the
   * collection (else yaml reports it). Sets `quoted`; returns the offset after the quote.
   */
  private multiLineQuoted(line: number, p: number, indent: number): number {
    const { text } = this;
    const close = this.closingQuote(p, this.n);
    if (close < 0) giveUp();
    let j = line + 1;
    for (; j < this.count && this.starts[j] <= close; j++) {
      if (this.firsts[j] !== this.ends[j] && this.indentOf(j) <= indent) giveUp();
    }
    this.quotedLastLine = j - 1;
    const source = text.slice(p, close + 1);
    this.quoted = text.charCodeAt(p) === 0x27 ? unfoldLines(source.slice(1, -1)).replace(/''/g, "'") : doubleQuotedValue(source);
    return close + 1;
  }

  /** The offset of the quote that closes the quoted scalar at `p`, before `limit`; -1 when none does. */
  private closingQuote(p: number, limit: number): number {
    const { text } = this;
    const quote = text.charCodeAt(p);
    for (let i = p + 1; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) {
          i++;
          continue;
        }
        return i;
      }
      if (c === 0x5c && quote === 0x22) i++;
    }
    return -1;
  }

  /** `>` or `|` at `p` on `line`; its lines must be indented deeper than `indent`. */
  private parseBlockScalar(line: number, p: number, indent: number, pointer: string, key: [number, number] | undefined, inSeq: boolean): Done {
    const { text } = this;
    const end = this.ends[line];
    const mode = text.charCodeAt(p);
    let i = p + 1;
    let chomp = '';
    if (i < end && (text[i] === '-' || text[i] === '+')) chomp = text[i++];
    // Indentation indicators, comments after the header and keep-chomping are left to yaml.
    if (chomp === '+' || i < end) giveUp();
    // The content: lines indented at least as far as its first, blank lines between.
    let first = line + 1;
    while (first < this.count && this.kinds[first] === Line.Blank) {
      if (this.firsts[first] !== this.starts[first]) giveUp(); // spaces on an empty line
      first++;
    }
    if (first >= this.count || this.indentOf(first) <= indent) giveUp(); // empty block scalar
    const contentIndent = this.indentOf(first);
    let last = first;
    let j = first + 1;
    for (; j < this.count; j++) {
      if (this.firsts[j] === this.ends[j]) {
        if (this.firsts[j] !== this.starts[j]) giveUp();
        continue;
      }
      const column = this.indentOf(j);
      if (column < contentIndent) {
        if (column > indent) giveUp(); // less indented than its first line
        break;
      }
      last = j;
    }
    // The spaces-only check above covers blank lines up to the next content line too.
    const source = text.slice(this.starts[line + 1] ?? this.n, last + 1 < this.count ? this.starts[last + 1] : this.n);
    const value = foldBlockScalar(source, mode === 0x3e, chomp === '-');
    const valueEnd = last + 1 < this.count ? this.starts[last + 1] : this.n;
    const info: SourceNode = { pointer, kind: 'scalar', flow: false, start: p, end: valueEnd, inSeq };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    this.nodes.set(pointer, info);
    info.blockScalar = true;
    // Comment lines after a block scalar never belong to it.
    this.afterValue(last, indent, false);
    return { value, end1: valueEnd, end2: valueEnd };
  }

  // --- scalars and flow collections -----------------------------------------------------------

  /** Set by quoteEnd: the quoted scalar's value. */
  private quoted = '';

  /** A quoted scalar starting at `p`, closed on the same line; returns the offset after its closing quote. */
  private quoteEnd(p: number, end: number): number {
    const { text } = this;
    const quote = text.charCodeAt(p);
    let out = '';
    let from = p + 1;
    for (let i = p + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote === 0x27) {
        if (c === 0x27) {
          if (text.charCodeAt(i + 1) === 0x27) {
            out += text.slice(from, i + 1);
            i++;
            from = i + 1;
            continue;
          }
          this.quoted = out + text.slice(from, i);
          return i + 1;
        }
      } else if (c === 0x22) {
        this.quoted = out + text.slice(from, i);
        return i + 1;
      } else if (c === 0x5c) {
        out += text.slice(from, i);
        const escaped = unescape(text, i + 1, end);
        out += escaped.text;
        i = escaped.next - 1;
        from = escaped.next;
      }
    }
    return giveUp(); // not closed on this line
  }

  /** Set by parseFlow: the flow collection's value. */
  private flowValue: unknown;

  /** A one-line flow collection at `info.start`, its node already placed; returns the offset after its closing bracket. */
  private parseFlow(p: number, end: number, info: SourceNode, depth: number): number {
    const { text } = this;
    const isMap = info.kind === 'map';
    const close = isMap ? 0x7d : 0x5d;
    let i = p + 1;
    const skip = () => {
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end) giveUp(); // continues on the next line
    };
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const seen = new Set<string>();
    if (isMap) info.keys = [];
    skip();
    if (text.charCodeAt(i) === close) {
      this.flowValue = out;
      return i + 1;
    }
    for (;;) {
      skip();
      this.countEntry(depth + 1);
      if (isMap) {
        const keyStart = i;
        const c = text.charCodeAt(i);
        let name: string;
        let keyEnd: number;
        if (c === 0x22 || c === 0x27) {
          keyEnd = this.quoteEnd(i, end);
          name = this.quoted;
        } else {
          keyEnd = this.flowPlainEnd(i, end, true);
          const source = text.slice(i, keyEnd);
          const value = resolvePlain(source);
          name = value === null ? source : String(value);
        }
        i = keyEnd;
        skip();
        if (text.charCodeAt(i) !== COLON) giveUp();
        i++;
        // A plain key needs a blank after its `:` (a quoted one does not, but plans have one).
        if (i < end && text.charCodeAt(i) !== SPACE) giveUp();
        const childPointer = joinPointer(info.pointer, name);
        if (!info.firstKey) info.firstKey = [keyStart, keyEnd];
        if (seen.has(name)) {
          this.duplicateKeys.push({ pointer: childPointer, keyStart, keyEnd, key: name });
        } else {
          seen.add(name);
          info.keys!.push(name);
        }
        skip();
        const value = this.parseFlowValue(i, end, childPointer, depth + 1, [keyStart, keyEnd], false);
        setProperty(out as Record<string, unknown>, name, value);
      } else {
        const list = out as unknown[];
        list.push(this.parseFlowValue(i, end, joinPointer(info.pointer, list.length), depth + 1, undefined, true));
      }
      i = this.flowEnd;
      skip();
      const c = text.charCodeAt(i);
      if (c === close) {
        this.flowValue = out;
        return i + 1;
      }
      if (c !== 0x2c) giveUp();
      i++;
      skip();
      // A comma before the closing bracket: yaml allows it; left to yaml.
      if (text.charCodeAt(i) === close) giveUp();
    }
  }

  /** Set by parseFlowValue: where the value ended. */
  private flowEnd = 0;

  private parseFlowValue(p: number, end: number, pointer: string, depth: number, key: [number, number] | undefined, inSeq: boolean): unknown {
    if (depth > FAST_MAX_DEPTH) giveUp();
    const { text } = this;
    const ch = text.charCodeAt(p);
    const info: SourceNode = { pointer, kind: 'scalar', flow: false, start: p, end: 0, inSeq };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    let value: unknown;
    if (ch === 0x5b || ch === 0x7b) {
      info.kind = ch === 0x5b ? 'seq' : 'map';
      info.flow = true;
      this.nodes.set(pointer, info);
      info.end = this.parseFlow(p, end, info, depth);
      value = this.flowValue;
    } else if (ch === 0x22 || ch === 0x27) {
      info.end = this.quoteEnd(p, end);
      value = this.quoted;
      this.nodes.set(pointer, info);
    } else if (ch === 0x2c || ch === 0x5d || ch === 0x7d) {
      return giveUp(); // an empty value
    } else {
      info.end = this.flowPlainEnd(p, end, false);
      value = resolvePlain(text.slice(p, info.end));
      this.nodes.set(pointer, info);
    }
    this.flowEnd = info.end;
    // An implicit pair in a flow list (`[a: b]`) is left to yaml.
    if (inSeq) {
      let i = info.end;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) === COLON) giveUp();
    }
    return value;
  }

  /** The end of a plain scalar in a flow collection starting at `p` (trailing blanks excluded). */
  private flowPlainEnd(p: number, end: number, isKey: boolean): number {
    const { text } = this;
    if (!plainStart(text, p, end)) giveUp();
    let i = p;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x5d || c === 0x7d) break;
      if (c === 0x5b || c === 0x7b) giveUp();
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) giveUp();
      if (c === COLON) {
        const after = i + 1 < end ? text.charCodeAt(i + 1) : SPACE;
        if (after === SPACE || after === 0x2c || after === 0x5d || after === 0x7d || after === 0x5b || after === 0x7b) {
          if (isKey) break;
          giveUp(); // `{ a: b: c }`, or a pair inside a list
        }
      }
    }
    if (i >= end) giveUp();
    let stop = i;
    while (stop > p && text.charCodeAt(stop - 1) === SPACE) stop--;
    if (stop === p) giveUp();
    return stop;
  }
}

function setProperty(target: Record<string, unknown>, name: string, value: unknown): void {
  // `__proto__` must become an own property, as the tree built from yaml makes it.
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}

/**
 * Whether a plain scalar may start at `p`: not with an indicator (yaml reports most of them,
 * or reads them as something else), `-`, `?` and `:` only when a non-blank follows.
 */
function plainStart(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  switch (c) {
    case 0x2d: // -
    case 0x3f: // ?
    case 0x3a: {
      // :
      const after = p + 1 < end ? text.charCodeAt(p + 1) : SPACE;
      return after !== SPACE && after !== 0x2c && after !== 0x5b && after !== 0x5d && after !== 0x7b && after !== 0x7d;
    }
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return false;
    default:
      return true;
  }
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar as the YAML 1.2 core schema reads it, in the order the `yaml` package tries its tags. */
export function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most plan text starts with a letter that no tag of the core schema accepts.
  const mayBeTagged = source === '' || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46;
  if (!mayBeTagged) return source;
  switch (source) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (NAN_INF.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', e: '\x1b', a: '\x07', v: '\v', ' ': ' ' };

/** A double-quoted escape after the backslash at `at - 1`; the rare ones are left to yaml. */
function unescape(text: string, at: number, end: number): { text: string; next: number } {
  if (at >= end) giveUp();
  const c = text[at];
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { text: simple, next: at + 1 };
  const digits = c === 'x' ? 2 : c === 'u' ? 4 : 0;
  if (digits === 0) giveUp();
  const hex = text.slice(at + 1, at + 1 + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
  const code = parseInt(hex, 16);
  if (code >= 0xd800 && code <= 0xdfff) giveUp();
  return { text: String.fromCharCode(code), next: at + 1 + digits };
}

/**
 * A plain or single-quoted scalar's lines folded as the `yaml` package folds them
 * (resolve-flow-scalar's unfoldLines, for text without tabs or CR): each line break between
 * two lines with text becomes a space, each empty line a line break; the lines are trimmed.
 */
function unfoldLines(source: string): string {
  const lines = source.split('\n');
  if (lines.length === 1) return source;
  let out = lines[0].replace(/ +$/, '');
  let sep = ' ';
  for (let k = 1; k < lines.length - 1; k++) {
    const line = lines[k].replace(/^ +| +$/g, '');
    if (line === '') {
      if (sep === '\n') out += sep;
      else sep = '\n';
    } else {
      out += sep + line;
      sep = ' ';
    }
  }
  return out + sep + lines[lines.length - 1].replace(/^ +/, '');
}

/**
 * A double-quoted scalar over several lines (quotes included) as the `yaml` package reads it
 * (resolve-flow-scalar's doubleQuotedValue): blanks before a line break are dropped, a line
 * break and the blanks after it fold into a space (n empty lines into n line breaks), an
 * escaped line break joins the lines; the rare escapes are left to yaml, as on one line.
 */
function doubleQuotedValue(source: string): string {
  let out = '';
  const last = source.length - 1;
  for (let i = 1; i < last; i++) {
    const c = source.charCodeAt(i);
    if (c === NEWLINE) {
      let fold = '';
      while (i + 1 < last && (source.charCodeAt(i + 1) === SPACE || source.charCodeAt(i + 1) === NEWLINE)) {
        if (source.charCodeAt(i + 1) === NEWLINE) fold += '\n';
        i++;
      }
      out += fold || ' ';
    } else if (c === 0x5c) {
      if (source.charCodeAt(i + 1) === NEWLINE) {
        i++;
        while (i + 1 < last && source.charCodeAt(i + 1) === SPACE) i++;
      } else {
        const escaped = unescape(source, i + 1, last);
        out += escaped.text;
        i = escaped.next - 1;
      }
    } else if (c === SPACE) {
      const from = i;
      while (source.charCodeAt(i + 1) === SPACE) i++;
      if (source.charCodeAt(i + 1) !== NEWLINE) out += source.slice(from, i + 1);
    } else {
      out += source[i];
    }
  }
  return out;
}

/**
 * The value of a block scalar whose lines (after the header line) are `source`: the `yaml`
 * package's resolveBlockScalar, for the cases the fast path takes (no indentation indicator,
 * clip or strip chomping, no spaces on empty lines, so the content's first line sets the
 * indentation).
 */
function foldBlockScalar(source: string, folded: boolean, strip: boolean): string {
  const lines = source.split('\n').map((line): [number, string] => {
    let spaces = 0;
    while (spaces < line.length && line.charCodeAt(spaces) === SPACE) spaces++;
    return [spaces, line.slice(spaces)];
  });
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '') chompStart = i;
    else break;
  }
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    if (lines[i][1] !== '') {
      trimIndent = lines[i][0];
      contentStart = i;
      break;
    }
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    const kept = ' '.repeat(Math.max(0, indent - trimIndent));
    if (!folded) {
      value += sep + kept + content;
      sep = '\n';
    } else if (indent > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + kept + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return strip ? value : value + '\n';
}
