/**
 * Ids and refs, derived from the schema: a ref is any value whose schema has `x-ref`, an id
 * list is any list whose items have an `id`. A new ref field or id list in the schema reaches
 * WP003, WP004, WP207, the language service and the preview without a code change.
 */
import type { Plan } from '../model';
import { joinPointer } from '../pointer';
import { resolveSchema, rootSchema, type IdKind, type RefKind, type SchemaInfo } from '../language/schema-info';

/** A ref value as written (any type: WP004 judges only texts), with its pointer. */
export interface RefOccurrence {
  kind: RefKind;
  value: unknown;
  pointer: string;
}

/** An `id` as written, with the pointer of the item that carries it. */
export interface IdOccurrence {
  kind: IdKind;
  id: string;
  /** The item (`/partners/2`); its id is at `${pointer}/id`. */
  pointer: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const reaching = new WeakMap<SchemaInfo, boolean>();

/**
 * Whether data of this schema can hold a ref or an id anywhere inside: most of a plan
 * (periods, amounts, texts, indicators' figures) cannot, and the walk need not go there.
 */
function mayHoldRefOrId(schema: SchemaInfo): boolean {
  const known = reaching.get(schema);
  if (known !== undefined) return known;
  // Until worked out, a schema that refers back to itself counts as reaching.
  reaching.set(schema, true);
  let reaches = schema.xRef !== undefined || (schema.properties?.id !== undefined && schema.def !== undefined);
  if (!reaches && schema.items) reaches = mayHoldChild(schema.items);
  if (!reaches && schema.properties) for (const key in schema.properties) if (!key.startsWith('x-') && mayHoldChild(schema.properties[key])) reaches = true;
  reaching.set(schema, reaches);
  return reaches;
}

function mayHoldChild(child: Parameters<typeof resolveSchema>[0]): boolean {
  const info = resolveSchema(child);
  return info !== undefined && mayHoldRefOrId(info);
}

// One walk per plan, whoever asks, for refs and ids together: about ten rules, the preview
// and the language service read the refs and ids of the same cleaned plan (or of the plan as
// written), which nothing mutates after lint made it. A profile of a 10,000-line plan showed
// the separate, repeated walks as a tenth of lint's time.
interface RefsAndIds {
  refs: RefOccurrence[];
  ids: IdOccurrence[];
}

const walked = new WeakMap<object, RefsAndIds>();

/** What one list item holds, for the pointer and schema it was walked at. */
interface ItemWalk extends RefsAndIds {
  pointer: string;
  schema: SchemaInfo;
}

/**
 * List items walked before. Plan data is never changed once parsed, and the incremental linter
 * hands an unchanged item (and the plan as written, the cleaned plan and the judged one share
 * every item without a broken value) as the same object to the next lint: an item met again at
 * the same pointer holds the same refs and ids, so an edit walks only the items it changed.
 */
const itemWalks = new WeakMap<object, ItemWalk>();

function refsAndIds(value: unknown): RefsAndIds {
  if (value !== null && typeof value === 'object') {
    const found = walked.get(value);
    if (found) return found;
  }
  const result: RefsAndIds = { refs: [], ids: [] };
  walk(value, '', rootSchema(), false, result);
  if (value !== null && typeof value === 'object') walked.set(value, result);
  return result;
}

/**
 * Walks plain plan data beside its schema, in the data's order, skipping `x-` keys. Texts,
 * numbers and the like are looked at only where the schema names a ref, and only branches the
 * schema lets hold a ref or an id are entered: that spares building a pointer for every value.
 */
function walk(node: unknown, pointer: string, schema: SchemaInfo | undefined, inList: boolean, into: RefsAndIds): void {
  if (!schema || !mayHoldRefOrId(schema)) return;
  if (schema.xRef) {
    into.refs.push({ kind: schema.xRef, value: node, pointer });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (inList) {
    const known = itemWalks.get(node);
    if (known && known.pointer === pointer && known.schema === schema) {
      for (const ref of known.refs) into.refs.push(ref);
      for (const id of known.ids) into.ids.push(id);
      return;
    }
    const item: ItemWalk = { pointer, schema, refs: [], ids: [] };
    walkInside(node, pointer, schema, true, item);
    itemWalks.set(node, item);
    for (const ref of item.refs) into.refs.push(ref);
    for (const id of item.ids) into.ids.push(id);
    return;
  }
  walkInside(node, pointer, schema, false, into);
}

function walkInside(node: object, pointer: string, schema: SchemaInfo, inList: boolean, into: RefsAndIds): void {
  if (Array.isArray(node)) {
    const items = resolveSchema(schema.items);
    if (!items) return;
    for (let index = 0; index < node.length; index++) walk(node[index], joinPointer(pointer, index), items, true, into);
    return;
  }
  if (!schema.properties) return;
  const record = node as Record<string, unknown>;
  if (inList && schema.properties.id && schema.def) {
    const id = record.id;
    if (typeof id === 'string' && id.trim() !== '') into.ids.push({ kind: schema.def as IdKind, id, pointer });
  }
  for (const key in record) {
    if (key.startsWith('x-')) continue;
    const childSchema = resolveSchema(schema.properties[key]);
    if (childSchema && mayHoldRefOrId(childSchema)) walk(record[key], joinPointer(pointer, key), childSchema, false, into);
  }
}

/** Every ref in plain plan data, in the data's order. What is under an `x-` key never counts. */
export function collectRefs(value: unknown): RefOccurrence[] {
  // A copy: callers may sort or filter what they get without changing what the next one sees.
  return refsAndIds(value).refs.slice();
}

/** The id lists of the format, as wildcard pointers (`/doelen/*\/indicatoren/*`), from the schema. */
export const ID_LISTS: ReadonlyArray<{ kind: IdKind; pattern: string }> = (() => {
  const lists: Array<{ kind: IdKind; pattern: string }> = [];
  const walk = (schema: SchemaInfo | undefined, pattern: string, depth: number) => {
    if (!schema || depth > 12) return;
    if (schema.items) {
      const items = resolveSchema(schema.items);
      if (items?.properties?.id && items.def) lists.push({ kind: items.def as IdKind, pattern: `${pattern}/*` });
      walk(items, `${pattern}/*`, depth + 1);
    } else if (schema.properties) {
      for (const [key, child] of Object.entries(schema.properties)) walk(resolveSchema(child), `${pattern}/${key}`, depth + 1);
    }
  };
  walk(rootSchema(), '', 0);
  return lists;
})();

/** Every non-blank text `id` of an item in an id list, in the data's order. */
export function collectIds(value: unknown): IdOccurrence[] {
  return refsAndIds(value).ids.slice();
}

/** Ids that refs can name, by kind: the pointer of the first item with each id. */
export type IdIndex = Record<RefKind, Map<string, string>>;

/** The ids refs can name (partners, goals, sources), first definition wins (WP003 reports the rest). */
export function idIndex(plan: Plan | unknown): IdIndex {
  const index: IdIndex = { partner: new Map(), doel: new Map(), bron: new Map() };
  for (const { kind, id, pointer } of collectIds(plan)) {
    if (kind !== 'partner' && kind !== 'doel' && kind !== 'bron') continue;
    const map = index[kind];
    if (!map.has(id)) map.set(id, pointer);
  }
  return index;
}

/** The text refs of a kind in the (checked) plan: what names a partner, goal or source. */
export function refsOfKind(plan: Plan | unknown, kind: RefKind): RefOccurrence[] {
  return collectRefs(plan).filter((ref) => ref.kind === kind && typeof ref.value === 'string');
}

