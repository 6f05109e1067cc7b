import type { SourceNode } from './parse';

/**
 * The source nodes of a text the incremental linter put together from pieces, without copying
 * the pieces' nodes for every version.
 *
 * A piece keeps the nodes it was parsed with, by their pointer below the piece's root. Where a
 * version places the piece (its root's pointer, the offset it starts at) is one segment; a node
 * is moved to its place only when someone asks for it. An edit thus costs a segment per piece,
 * not a copy of every node after the edit: on a 10,000-line plan those copies were a sixth of an
 * edit, and most of them lived long enough to be promoted by the garbage collector before the
 * next edit dropped them.
 *
 * It reads like the Map that parseText builds: the same pointers, the same nodes (equal field by
 * field) in the same order. The nodes it hands out are never changed afterwards.
 */

/** A piece's nodes as parsed, by their pointer there (every one starts with `parsedRoot`). */
export interface PieceNodes {
  /** The root's pointer where the piece was parsed: `/0` for a list item, `/key` for an entry. */
  readonly parsedRoot: string;
  readonly size: number;
  /** The node at `parsedPointer`, named `pointer` and moved by `shift`. */
  nodeAt(parsedPointer: string, pointer: string, shift: number): SourceNode | undefined;
  /** Every node in order, under `root` instead of `parsedRoot` and moved by `shift`. */
  placedAll(root: string, shift: number): IterableIterator<SourceNode>;
}

/** One piece placed in one version: its root's pointer there and how far its offsets move. */
interface Segment {
  piece: PieceNodes;
  root: string;
  shift: number;
}

/**
 * The nodes a parser made for a piece, kept compactly: a piece lives as long as its text stays
 * in the document, and a node object with its backing store and offset pair cost about
 * 150 bytes where its four numbers need 32 (a 50,000-line plan has 100,000 nodes).
 */
export function pieceNodes(parsedRoot: string, byPointer: ReadonlyMap<string, SourceNode>): PieceNodes {
  for (const node of byPointer.values()) {
    // A field this file does not know (added to SourceNode later) must not be lost.
    for (const field in node) if (!KNOWN_FIELDS.has(field)) return new ObjectPieceNodes(parsedRoot, byPointer);
  }
  return new CompactPieceNodes(parsedRoot, byPointer);
}

const KIND = ['map', 'seq', 'scalar'] as const;
const FLOW = 4;
const IN_SEQ = 8;
const BLOCK_SCALAR = 16;
const ALIASED = 32;
const HAS_BLOCK_SCALAR = 64;
const HAS_ALIASED = 128;
/**
 * Numbers per node: start and end, keyStart and keyEnd, firstKey, flags; a pair shares one
 * number (`a * PAIR + b`; the optional ones stored plus one, 0 for absent). Offsets stay below
 * the size limit of 5 MB, far below PAIR, and a pair below 2^53, so every number is exact.
 */
const SLOTS = 4;
const PAIR = 2 ** 26;

/** Pieces up to this many nodes are searched in order; a Map per piece cost more than the nodes. */
const SCAN_UP_TO = 64;

class CompactPieceNodes implements PieceNodes {
  readonly size: number;
  /** Made at the first look-up in a large piece. */
  private indexOf: Map<string, number> | undefined;
  private readonly pointers: string[];
  /**
   * A plain array of numbers (kept unboxed by V8), on the JavaScript heap: an Int32Array per
   * piece took as little room, but thousands of small buffers outside the heap stayed with the
   * process after their plans were closed (about 9 MB after closing ten 10k plans).
   */
  private readonly numbers: number[];
  /** The keys of mappings, by node index. */
  private readonly keys = new Map<number, string[]>();

  constructor(
    readonly parsedRoot: string,
    byPointer: ReadonlyMap<string, SourceNode>,
  ) {
    this.size = byPointer.size;
    this.pointers = new Array<string>(this.size);
    const numbers = (this.numbers = new Array<number>(this.size * SLOTS));
    let index = 0;
    for (const [pointer, node] of byPointer) {
      this.pointers[index] = pointer;
      let flags = KIND.indexOf(node.kind);
      if (node.flow) flags |= FLOW;
      if (node.inSeq) flags |= IN_SEQ;
      if (node.blockScalar !== undefined) flags |= HAS_BLOCK_SCALAR | (node.blockScalar ? BLOCK_SCALAR : 0);
      if (node.aliased !== undefined) flags |= HAS_ALIASED | (node.aliased ? ALIASED : 0);
      const at = index * SLOTS;
      numbers[at] = node.start * PAIR + node.end;
      numbers[at + 1] = (node.keyStart === undefined ? 0 : node.keyStart + 1) * PAIR + (node.keyEnd === undefined ? 0 : node.keyEnd + 1);
      numbers[at + 2] = node.firstKey ? (node.firstKey[0] + 1) * PAIR + node.firstKey[1] + 1 : 0;
      numbers[at + 3] = flags;
      if (node.keys !== undefined) this.keys.set(index, node.keys);
      index++;
    }
  }

  nodeAt(parsedPointer: string, pointer: string, shift: number): SourceNode | undefined {
    const index = this.find(parsedPointer);
    return index < 0 ? undefined : this.node(index, pointer, shift);
  }

  *placedAll(root: string, shift: number): IterableIterator<SourceNode> {
    const { parsedRoot } = this;
    for (let index = 0; index < this.size; index++) {
      const parsed = this.pointers[index];
      yield this.node(index, root === parsedRoot ? parsed : root + parsed.slice(parsedRoot.length), shift);
    }
  }

  private find(parsedPointer: string): number {
    const { pointers } = this;
    if (this.size <= SCAN_UP_TO) return pointers.indexOf(parsedPointer);
    if (!this.indexOf) {
      this.indexOf = new Map();
      for (let index = 0; index < this.size; index++) this.indexOf.set(pointers[index], index);
    }
    return this.indexOf.get(parsedPointer) ?? -1;
  }

  /** The node as parsers build it: the same fields in the same order. */
  private node(index: number, pointer: string, shift: number): SourceNode {
    const at = index * SLOTS;
    const { numbers } = this;
    const flags = numbers[at + 3];
    const range = numbers[at];
    const start = Math.floor(range / PAIR);
    const node: SourceNode = {
      pointer,
      kind: KIND[flags & 3],
      flow: (flags & FLOW) !== 0,
      start: start + shift,
      end: range - start * PAIR + shift,
      inSeq: (flags & IN_SEQ) !== 0,
    };
    const key = numbers[at + 1];
    if (key !== 0) {
      const keyStart = Math.floor(key / PAIR);
      const keyEnd = key - keyStart * PAIR;
      if (keyStart > 0) node.keyStart = keyStart - 1 + shift;
      if (keyEnd > 0) node.keyEnd = keyEnd - 1 + shift;
    }
    const keys = this.keys.get(index);
    if (keys !== undefined) node.keys = keys;
    const firstKey = numbers[at + 2];
    if (firstKey !== 0) {
      const from = Math.floor(firstKey / PAIR);
      node.firstKey = [from - 1 + shift, firstKey - from * PAIR - 1 + shift];
    }
    if (flags & HAS_BLOCK_SCALAR) node.blockScalar = (flags & BLOCK_SCALAR) !== 0;
    if (flags & HAS_ALIASED) node.aliased = (flags & ALIASED) !== 0;
    return node;
  }
}

/** The parser's own nodes, for the day SourceNode has a field the compact form does not keep. */
class ObjectPieceNodes implements PieceNodes {
  constructor(
    readonly parsedRoot: string,
    private readonly byPointer: ReadonlyMap<string, SourceNode>,
  ) {}

  get size(): number {
    return this.byPointer.size;
  }

  nodeAt(parsedPointer: string, pointer: string, shift: number): SourceNode | undefined {
    const node = this.byPointer.get(parsedPointer);
    return node && moveNode(node, pointer, shift);
  }

  *placedAll(root: string, shift: number): IterableIterator<SourceNode> {
    const { parsedRoot } = this;
    for (const node of this.byPointer.values()) yield moveNode(node, root === parsedRoot ? node.pointer : root + node.pointer.slice(parsedRoot.length), shift);
  }
}

export class AssembledNodes implements ReadonlyMap<string, SourceNode> {
  /** Nodes the assembler made itself: the collections it cut into pieces. */
  private readonly own = new Map<string, SourceNode>();
  private readonly segmentAt = new Map<string, Segment>();
  /** Own nodes and segments in document order. */
  private readonly order: Array<SourceNode | Segment> = [];
  private count = 0;

  /** Adds a node of the assembler's own; it may still be filled in until the text is assembled. */
  addOwn(node: SourceNode): void {
    this.own.set(node.pointer, node);
    this.order.push(node);
    this.count++;
  }

  /** Places a piece's nodes with their root at `root`, their offsets moved by `shift`. */
  addPiece(piece: PieceNodes, root: string, shift: number): void {
    const segment: Segment = { piece, root, shift };
    this.segmentAt.set(root, segment);
    this.order.push(segment);
    this.count += piece.size;
  }

  get size(): number {
    return this.count;
  }

  get(pointer: string): SourceNode | undefined {
    const own = this.own.get(pointer);
    if (own) return own;
    // The piece is at the pointer itself or at one of the prefixes that end before a `/`.
    // Pieces never nest (what holds pieces is an own node), so the first prefix found is it.
    for (let cut = pointer.indexOf('/', 1); ; cut = pointer.indexOf('/', cut + 1)) {
      const root = cut < 0 ? pointer : pointer.slice(0, cut);
      const segment = this.segmentAt.get(root);
      if (segment) {
        const { piece } = segment;
        const { parsedRoot } = piece;
        // A top-level entry is parsed where it stands: its pointers need no translation.
        const parsedPointer = root === parsedRoot ? pointer : cut < 0 ? parsedRoot : parsedRoot + pointer.slice(cut);
        return piece.nodeAt(parsedPointer, pointer, segment.shift);
      }
      if (cut < 0) return undefined;
    }
  }

  has(pointer: string): boolean {
    return this.get(pointer) !== undefined;
  }

  *values(): IterableIterator<SourceNode> {
    for (const entry of this.order) {
      if (!isSegment(entry)) {
        yield entry;
        continue;
      }
      yield* entry.piece.placedAll(entry.root, entry.shift);
    }
  }

  *keys(): IterableIterator<string> {
    for (const node of this.values()) yield node.pointer;
  }

  *entries(): IterableIterator<[string, SourceNode]> {
    for (const node of this.values()) yield [node.pointer, node];
  }

  [Symbol.iterator](): IterableIterator<[string, SourceNode]> {
    return this.entries();
  }

  forEach(callback: (value: SourceNode, key: string, map: ReadonlyMap<string, SourceNode>) => void, thisArg?: unknown): void {
    for (const node of this.values()) callback.call(thisArg, node, node.pointer, this);
  }
}

function isSegment(entry: SourceNode | Segment): entry is Segment {
  return 'piece' in entry;
}

/** The fields of SourceNode that the compact form keeps; a piece with a node with any other field keeps the objects. */
const KNOWN_FIELDS = new Set(['pointer', 'kind', 'flow', 'start', 'end', 'inSeq', 'keyStart', 'keyEnd', 'keys', 'firstKey', 'blockScalar', 'aliased']);

/** A source node with a field the compact form does not know: copied whole, moved by `shift`, hung under `pointer`. */
function moveNode(node: SourceNode, pointer: string, shift: number): SourceNode {
  const out: SourceNode = { ...node, pointer, start: node.start + shift, end: node.end + shift };
  if (node.keyStart !== undefined) out.keyStart = node.keyStart + shift;
  if (node.keyEnd !== undefined) out.keyEnd = node.keyEnd + shift;
  if (node.firstKey) out.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
  return out;
}
