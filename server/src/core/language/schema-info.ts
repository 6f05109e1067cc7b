import planSchema from '../generated/plan-schema.json';

type JsonSchema = Record<string, unknown>;

/** The kinds a `ref:<kind>` can name (the schema's `x-ref`). */
export type RefKind = 'partner' | 'doel' | 'bron';

/** What the editor needs to know about one place in the plan, with `$ref`s followed. */
export interface SchemaInfo {
  description?: string;
  type?: string;
  enum?: string[];
  const?: unknown;
  format?: string;
  xRef?: RefKind;
  /** Property name -> its schema, for objects. */
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** The item schema, for arrays. */
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  /** The `$defs` name the schema came from (`partner`, `datum`, …), when it came from one. */
  def?: string;
}

const ROOT = planSchema as JsonSchema;
const DEFS = (ROOT.$defs ?? {}) as Record<string, JsonSchema>;

const resolved = new WeakMap<JsonSchema, SchemaInfo>();

/**
 * Follows `$ref` chains; the outer description wins, as in the schema's own usage. Worked out
 * once per schema object (the walks over a plan ask for the same few hundred again and again);
 * callers share the answer and must not change it.
 */
export function resolveSchema(schema: JsonSchema | undefined): SchemaInfo | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const known = resolved.get(schema);
  if (known) return known;
  const info = resolveUncached(schema);
  resolved.set(schema, info);
  return info;
}

function resolveUncached(schema: JsonSchema): SchemaInfo {
  let current: JsonSchema = schema;
  let description = typeof schema.description === 'string' ? schema.description : undefined;
  let def: string | undefined;
  for (let guard = 0; typeof current.$ref === 'string' && guard < 10; guard++) {
    const name = /^#\/\$defs\/(.+)$/.exec(current.$ref as string)?.[1];
    const target = name ? DEFS[name] : undefined;
    if (!target) break;
    def ??= name;
    current = target;
    if (description === undefined && typeof current.description === 'string') description = current.description;
  }
  return {
    description,
    type: typeof current.type === 'string' ? current.type : undefined,
    enum: Array.isArray(current.enum) ? (current.enum as string[]) : undefined,
    const: current.const,
    format: typeof current.format === 'string' ? current.format : undefined,
    xRef: typeof current['x-ref'] === 'string' ? (current['x-ref'] as RefKind) : undefined,
    properties: current.properties as Record<string, JsonSchema> | undefined,
    required: Array.isArray(current.required) ? (current.required as string[]) : undefined,
    items: current.items as JsonSchema | undefined,
    minimum: typeof current.minimum === 'number' ? current.minimum : undefined,
    maximum: typeof current.maximum === 'number' ? current.maximum : undefined,
    def,
  };
}

/** The root of the plan schema. */
export function rootSchema(): SchemaInfo {
  return resolveSchema(ROOT)!;
}

/**
 * The schema at a path of keys and list indices (`['interventies', '0', 'voortzetting']`),
 * or undefined where the format says nothing (an unknown key, or anything under `x-`).
 */
export function schemaAtPath(tokens: readonly string[]): SchemaInfo | undefined {
  let info: SchemaInfo | undefined = rootSchema();
  for (const token of tokens) {
    if (!info) return undefined;
    if (token.startsWith('x-')) return undefined;
    if (info.type === 'array' || info.items) {
      if (!/^\d+$/.test(token) && token !== '*') return undefined;
      info = resolveSchema(info.items);
    } else if (info.properties) {
      info = resolveSchema(info.properties[token]);
    } else {
      return undefined;
    }
  }
  return info;
}

/** The kinds of item that carry an `id`, by the list they live in. */
export type IdKind = 'partner' | 'doel' | 'indicator' | 'interventie' | 'bron';

// The id lists are derived from this schema in analysis/refs.ts (ID_LISTS).

/** `/doelen/2/indicatoren/0` -> `/doelen/*\/indicatoren/*`. */
export function wildcardPointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
