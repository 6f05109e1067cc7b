import { parentPointer, splitPointer, valueAt, type ParsedText, type SourceNode } from '../parse';
import { collectRefs, ID_LISTS } from '../analysis/refs';
import { wildcardPointer, type IdKind, type RefKind } from './schema-info';

/** An item that carries an `id`: where the item is and where its id is written. */
export interface IdDefinition {
  kind: IdKind;
  id: string;
  /** Pointer of the item (`/partners/2`). */
  pointer: string;
  /** Offsets of the id's text, quotes excluded. */
  start: number;
  end: number;
}

/** A `ref:<kind>` value: which id it names and where it is written. */
export interface IdReference {
  kind: RefKind;
  id: string;
  pointer: string;
  /** Offsets of the ref's text, quotes excluded. */
  start: number;
  end: number;
}

export interface PlanIndex {
  definitions: IdDefinition[];
  references: IdReference[];
}

const indexCache = new WeakMap<ParsedText, PlanIndex>();

/** Every id definition and every ref of the plan, in document order. Cached per parse. */
export function indexPlan(parsed: ParsedText): PlanIndex {
  const cached = indexCache.get(parsed);
  if (cached) return cached;
  const index: PlanIndex = { definitions: [], references: [] };
  if (parsed.syntaxProblems.length === 0 && parsed.value !== undefined) {
    collectDefinitions(parsed, index.definitions);
    collectReferences(parsed, index.references);
    index.definitions.sort((a, b) => a.start - b.start);
    index.references.sort((a, b) => a.start - b.start);
  }
  indexCache.set(parsed, index);
  return index;
}

function collectDefinitions(parsed: ParsedText, out: IdDefinition[]): void {
  for (const node of parsed.nodes.values()) {
    if (!node.pointer.endsWith('/id') || node.kind !== 'scalar') continue;
    const item = parentPointer(node.pointer);
    const list = ID_LISTS.find((entry) => entry.pattern === wildcardPointer(item));
    if (!list || !/\/\d+$/.test(item)) continue;
    const id = valueAt(parsed.value, node.pointer);
    if (typeof id !== 'string' || id === '') continue;
    const inner = innerRange(parsed.text, node);
    out.push({ kind: list.kind, id, pointer: item, ...inner });
  }
}

function collectReferences(parsed: ParsedText, out: IdReference[]): void {
  for (const { kind, value, pointer } of collectRefs(parsed.value)) {
    const node = parsed.nodes.get(pointer);
    if (typeof value === 'string' && value !== '' && node && node.kind === 'scalar') {
      out.push({ kind, id: value, pointer, ...innerRange(parsed.text, node) });
    }
  }
}

/** A scalar's text without its quotes. */
export function innerRange(text: string, node: Pick<SourceNode, 'start' | 'end'>): { start: number; end: number } {
  const first = text[node.start];
  if ((first === '"' || first === "'") && node.end - node.start >= 2 && text[node.end - 1] === first) {
    return { start: node.start + 1, end: node.end - 1 };
  }
  return { start: node.start, end: node.end };
}

/** The value at a pointer in plain data: the core's one helper, re-exported for the language service. */
export { valueAt } from '../parse';

/** What the cursor is on: a key, or a scalar value. */
export interface Located {
  pointer: string;
  part: 'key' | 'value';
  node: SourceNode;
  start: number;
  end: number;
}

/**
 * The key or scalar value at an offset; the end of a word counts as on it, so a cursor just
 * after a key still finds it. The deepest match wins.
 */
export function locate(parsed: ParsedText, offset: number): Located | undefined {
  let best: Located | undefined;
  for (const node of parsed.nodes.values()) {
    if (node.keyStart !== undefined && node.keyEnd !== undefined && node.keyStart <= offset && offset <= node.keyEnd) {
      if (!best || node.pointer.length > best.pointer.length || best.part === 'value') {
        best = { pointer: node.pointer, part: 'key', node, start: node.keyStart, end: node.keyEnd };
      }
      continue;
    }
    if (node.kind === 'scalar' && node.start <= offset && offset <= node.end && node.end > node.start) {
      if (!best || (best.part === 'value' && node.pointer.length > best.pointer.length)) {
        best = { pointer: node.pointer, part: 'value', node, start: node.start, end: node.end };
      }
    }
  }
  return best;
}

/** The definition of an id of a kind (the first, when an id is used twice). */
export function findDefinition(index: PlanIndex, kind: IdKind, id: string): IdDefinition | undefined {
  return index.definitions.find((definition) => definition.kind === kind && definition.id === id);
}

/** The id definition or ref whose text holds the offset (its end included). */
export function symbolAt(index: PlanIndex, offset: number): { kind: IdKind; id: string; definition?: IdDefinition; reference?: IdReference } | undefined {
  const reference = index.references.find((ref) => ref.start <= offset && offset <= ref.end);
  if (reference) return { kind: reference.kind, id: reference.id, reference, definition: findDefinition(index, reference.kind, reference.id) };
  const definition = index.definitions.find((def) => def.start <= offset && offset <= def.end);
  if (definition) return { kind: definition.kind, id: definition.id, definition };
  return undefined;
}
