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

/** A piece's nodes as parsed: keyed by pointer below its root (`""` is the root itself). */
export interface PieceNodes {
  /** The root's pointer where the piece was parsed: `/0` for a list item, `/key` for an entry. */
  parsedRoot: string;
  bySuffix: Map<string, SourceNode>;
  /** Every node has only the fields `moveNode` knows. */
  known: boolean;
}

/** One piece placed in one version: its root's pointer there and how far its offsets move. */
interface Segment {
  piece: PieceNodes;
  root: string;
  shift: number;
}

export function pieceNodes(parsedRoot: string, nodes: Iterable<SourceNode>): PieceNodes {
  const bySuffix = new Map<string, SourceNode>();
  let known = true;
  for (const node of nodes) {
    bySuffix.set(node.pointer.slice(parsedRoot.length), node);
    if (known) for (const field in node) if (!KNOWN_FIELDS.has(field)) known = false;
  }
  return { parsedRoot, bySuffix, known };
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
    this.count += piece.bySuffix.size;
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
        const node = segment.piece.bySuffix.get(cut < 0 ? '' : pointer.slice(cut));
        return node && placed(segment, node, pointer);
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
      for (const [suffix, node] of entry.piece.bySuffix) yield placed(entry, node, suffix === '' ? entry.root : entry.root + suffix);
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

/** The node as it stands in this version: the parsed one itself when the piece has not moved. */
function placed(segment: Segment, node: SourceNode, pointer: string): SourceNode {
  if (segment.shift === 0 && segment.root === segment.piece.parsedRoot) return node;
  return moveNode(node, pointer, segment.shift, segment.piece.known);
}

/** The fields of SourceNode that moveNode copies one by one; a node with any other field is copied whole. */
const KNOWN_FIELDS = new Set(['pointer', 'kind', 'flow', 'start', 'end', 'inSeq', 'keyStart', 'keyEnd', 'keys', 'firstKey', 'blockScalar', 'aliased']);

/** A source node moved by `shift` characters and hung under `pointer`. */
function moveNode(node: SourceNode, pointer: string, shift: number, known: boolean): SourceNode {
  if (!known) {
    // A field this file does not know: copy everything, move what it knows.
    const out: SourceNode = { ...node, pointer, start: node.start + shift, end: node.end + shift };
    if (node.keyStart !== undefined) out.keyStart = node.keyStart + shift;
    if (node.keyEnd !== undefined) out.keyEnd = node.keyEnd + shift;
    if (node.firstKey) out.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
    return out;
  }
  const out: SourceNode = { pointer, kind: node.kind, flow: node.flow, start: node.start + shift, end: node.end + shift, inSeq: node.inSeq };
  if (node.keyStart !== undefined) out.keyStart = node.keyStart + shift;
  if (node.keyEnd !== undefined) out.keyEnd = node.keyEnd + shift;
  if (node.keys !== undefined) out.keys = node.keys;
  if (node.firstKey !== undefined) out.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
  if (node.blockScalar !== undefined) out.blockScalar = node.blockScalar;
  if (node.aliased !== undefined) out.aliased = node.aliased;
  return out;
}
