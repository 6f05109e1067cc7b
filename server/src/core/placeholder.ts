/**
 * Placeholders (format.md, "Placeholders (1.1)"): a `tekst` that still holds template text.
 * It says nothing, so every WP1xx–WP7xx rule treats it as missing and WP801 reports it.
 * This is the one place that decides what a placeholder is, and which values are `tekst`.
 */
import planSchema from './generated/plan-schema.json';
import { joinPointer } from './parse';

/** Phrases that make a text a placeholder when it starts with one (clause 2). */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'in te vullen',
  'nog in te vullen',
  'nog invullen',
  'nader te bepalen',
  'nog te bepalen',
  'n.t.b.',
  'ntb',
  'n.n.b.',
  'nnb',
  'todo',
  'tbd',
  'fixme',
  'lorem ipsum',
];

const SINGLE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['<', '>'],
  ['[', ']'],
];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKER_WORD = /(?<![\p{L}\p{N}])(?:xxx|todo|tbd|fixme)(?![\p{L}\p{N}])/iu;
const ONLY_PUNCTUATION = /^[.…?\-_*/\s]+$/u;

/**
 * True when `value`, after trimming whitespace, is a placeholder by any clause of format.md.
 * An empty or whitespace-only text is not a placeholder: it is missing (the schema's business).
 */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  return enclosed(text) || startsWithPhrase(text) || MARKER_WORD.test(text) || proMemorie(text) || ONLY_PUNCTUATION.test(text);
}

/** Clause 1: the bracket that opens at the first character closes at the last, balanced between. */
export function enclosed(text: string): boolean {
  for (const [open, close] of SINGLE_PAIRS) {
    if (text.length < 2 || text[0] !== open || text[text.length - 1] !== close) continue;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close) {
        depth--;
        if (depth === 0) return i === text.length - 1;
        if (depth < 0) return false;
      }
    }
    return false;
  }
  if (text.length >= 4 && text.startsWith('{{') && text.endsWith('}}')) {
    let depth = 0;
    for (let i = 0; i < text.length; ) {
      if (text.startsWith('{{', i)) {
        depth++;
        i += 2;
      } else if (text.startsWith('}}', i)) {
        depth--;
        if (depth === 0) return i === text.length - 2;
        i += 2;
      } else i++;
    }
  }
  return false;
}

/** Clause 2: one of the phrases at the start, then the end or a character that is no letter or digit. */
export function startsWithPhrase(text: string): boolean {
  const lower = text.toLowerCase();
  return PLACEHOLDER_PHRASES.some((phrase) => {
    if (!lower.startsWith(phrase)) return false;
    const next = text.slice(phrase.length, phrase.length + 2);
    return next === '' || !LETTER_OR_DIGIT.test([...next][0]);
  });
}

/** Clause 4: exactly `pm` or `p.m.`, ignoring case. */
function proMemorie(text: string): boolean {
  const lower = text.toLowerCase();
  return lower === 'pm' || lower === 'p.m.';
}

// ---------------------------------------------------------------------------------------
// Where the `tekst` values are: derived from the published schema, not a hand list.

type JsonSchema = Record<string, unknown>;
const ROOT = planSchema as JsonSchema;
const DEFS = (ROOT.$defs ?? {}) as Record<string, JsonSchema>;
const TEKST_DEF = 'tekst';

/** Follows `$ref`s; reports whether the chain passed through `$defs/tekst`. */
function resolve(schema: unknown): { schema: JsonSchema; tekst: boolean } | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  let current = schema as JsonSchema;
  let tekst = false;
  for (let guard = 0; typeof current.$ref === 'string' && guard < 10; guard++) {
    const name = /^#\/\$defs\/(.+)$/.exec(current.$ref)?.[1];
    if (name === TEKST_DEF) tekst = true;
    const target = name ? DEFS[name] : undefined;
    if (!target) return undefined;
    current = target;
  }
  return { schema: current, tekst };
}

/** The schemas a value must match (the schema itself and the branches of its anyOf/oneOf/allOf). */
function branches(schema: JsonSchema): JsonSchema[] {
  const out = [schema];
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[keyword];
    if (Array.isArray(list)) for (const branch of list) {
      const resolved = resolve(branch);
      if (resolved) out.push(...branches(resolved.schema));
    }
  }
  return out;
}

/** A placeholder in the plan: where it is and what it says. */
export interface PlaceholderPlace {
  pointer: string;
  /** The last key of the pointer (for a list item, the list's key): what the text is for. */
  field: string;
  text: string;
}

/**
 * Every `tekst` value of `value` (a plan, already without `x-` keys and broken values) that is
 * a placeholder, in document order of the walk. Ids, enums, dates and numbers are not `tekst`.
 */
export function findPlaceholders(value: unknown): PlaceholderPlace[] {
  const found: PlaceholderPlace[] = [];
  // Pointers are built for collections and for what is found, not for every text of the plan.
  const walk = (node: unknown, shape: SchemaShape, parent: string, token: string | number | undefined, field: string): void => {
    if (typeof node === 'string') {
      if (shape.tekst && isPlaceholder(node)) found.push({ pointer: token === undefined ? parent : joinPointer(parent, token), field, text: node });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const pointer = token === undefined ? parent : joinPointer(parent, token);
    if (Array.isArray(node)) {
      const items = shape.items;
      if (!items) return;
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (item === null || typeof item !== 'object') {
          walk(item, items, pointer, index, field);
          continue;
        }
        // A list item met before at the same place gives what it gave then (see itemFinds);
        // the place decides the field too (the key the list stands under).
        const itemPointer = joinPointer(pointer, index);
        const known = itemFinds.get(item);
        if (known && known.pointer === itemPointer && known.shape === items) {
          for (const place of known.found) found.push(place);
          continue;
        }
        const from = found.length;
        walk(item, items, itemPointer, undefined, field);
        itemFinds.set(item, { pointer: itemPointer, shape: items, found: found.slice(from) });
      }
      return;
    }
    for (const key in node) {
      if (key.startsWith('x-')) continue;
      const property = shape.property(key);
      if (property) walk((node as Record<string, unknown>)[key], property, pointer, key, key);
    }
  };
  const root = shapeOf(ROOT);
  if (root) walk(value, root, '', undefined, '');
  return found;
}

/**
 * The placeholders found in a list item, by the item: the incremental linter hands unchanged
 * items to the next version as the same objects (never changed), so an edit walks only the
 * items it touched, and those whose place in their list moved.
 */
const itemFinds = new WeakMap<object, { pointer: string; shape: SchemaShape; found: PlaceholderPlace[] }>();

/** What the walk needs of a schema, worked out once per schema object. */
interface SchemaShape {
  tekst: boolean;
  items: SchemaShape | undefined;
  property(key: string): SchemaShape | undefined;
}

const shapes = new Map<unknown, SchemaShape | undefined>();

function shapeOf(schema: unknown): SchemaShape | undefined {
  if (shapes.has(schema)) return shapes.get(schema);
  const resolved = resolve(schema);
  if (!resolved) {
    shapes.set(schema, undefined);
    return undefined;
  }
  const all = branches(resolved.schema);
  const properties = new Map<string, SchemaShape | undefined>();
  let items: SchemaShape | undefined | null = null;
  const shape: SchemaShape = {
    tekst: resolved.tekst,
    get items() {
      if (items === null) {
        const schemaOfItems = all.map((s) => s.items).find((s) => s !== undefined);
        items = schemaOfItems === undefined ? undefined : shapeOf(schemaOfItems);
      }
      return items;
    },
    property(key: string) {
      if (properties.has(key)) return properties.get(key);
      const property = all.map((s) => (s.properties as Record<string, unknown> | undefined)?.[key]).find((s) => s !== undefined);
      const result = property === undefined ? undefined : shapeOf(property);
      properties.set(key, result);
      return result;
    },
  };
  shapes.set(schema, shape);
  return shape;
}

/** Pointer patterns of every `tekst` in the schema (`/partners/*\/naam`), for tests and docs. */
export function tekstPaths(): string[] {
  const out = new Set<string>();
  const walk = (schema: unknown, pointer: string, depth: number): void => {
    const resolved = resolve(schema);
    if (!resolved || depth > 12) return;
    if (resolved.tekst) {
      out.add(pointer);
      return;
    }
    for (const branch of branches(resolved.schema)) {
      if (branch.items) walk(branch.items, `${pointer}/*`, depth + 1);
      const properties = branch.properties as Record<string, unknown> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) walk(child, `${pointer}/${key}`, depth + 1);
    }
  };
  walk(ROOT, '', 0);
  return [...out].sort();
}
