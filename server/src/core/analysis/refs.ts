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

/**
 * Walks plain plan data beside its schema, in the data's order, skipping `x-` keys. `visit` sees
 * each node with its schema (and whether it is an item of a list) before its children; returning
 * `'skip'` leaves the children out. Texts, numbers and the like are visited only where the
 * schema names a ref: nothing else about them interests the walk, and skipping them spares
 * building a pointer for every value of the plan.
 */
function walkWithSchema(value: unknown, visit: (node: unknown, pointer: string, schema: SchemaInfo, inList: boolean) => 'skip' | void): void {
  const walk = (node: unknown, pointer: string, schema: SchemaInfo | undefined, inList: boolean) => {
    if (!schema || !mayHoldRefOrId(schema) || visit(node, pointer, schema, inList) === 'skip') return;
    if (Array.isArray(node)) {
      const items = resolveSchema(schema.items);
      if (!items) return;
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (item !== null && typeof item === 'object') walk(item, joinPointer(pointer, index), items, true);
        else if (items.xRef) visit(item, joinPointer(pointer, index), items, true);
      }
    } else if (isObject(node) && schema.properties) {
      for (const key in node) {
        if (key.startsWith('x-')) continue;
        const childSchema = resolveSchema(schema.properties[key]);
        if (!childSchema) continue;
        const child = node[key];
        if (child !== null && typeof child === 'object') walk(child, joinPointer(pointer, key), childSchema, false);
        else if (childSchema.xRef) visit(child, joinPointer(pointer, key), childSchema, false);
      }
    }
  };
  walk(value, '', rootSchema(), false);
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

function refsAndIds(value: unknown): RefsAndIds {
  if (value !== null && typeof value === 'object') {
    const found = walked.get(value);
    if (found) return found;
  }
  const refs: RefOccurrence[] = [];
  const ids: IdOccurrence[] = [];
  walkWithSchema(value, (node, pointer, schema, inList) => {
    if (schema.xRef) {
      refs.push({ kind: schema.xRef, value: node, pointer });
      return 'skip';
    }
    if (!inList || !schema.properties?.id || !schema.def || !isObject(node)) return;
    const id = node.id;
    if (typeof id === 'string' && id.trim() !== '') ids.push({ kind: schema.def as IdKind, id, pointer });
  });
  const result = { refs, ids };
  if (value !== null && typeof value === 'object') walked.set(value, result);
  return result;
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

