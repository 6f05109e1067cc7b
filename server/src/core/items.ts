import { lintScopedMemo } from './lint-scope';

/** How rules read the values a plan lists: what counts as missing, and which items survived. */

/** An empty list, an empty or blank text, null and undefined count as missing for every rule. */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item === undefined);
  return false;
}

/**
 * The items of a list that survived the schema check, with their original index. Worked out
 * once per list: some fifty rules ask for the interventions, partners and goals of the same
 * checked plan (on a findings-heavy plan the copies were a tenth of a lint's garbage). The
 * answer is shared and frozen; callers map, filter and find, never change it.
 */
export function entries<T>(list: Array<T | undefined> | undefined): ReadonlyArray<[number, T]> {
  if (!Array.isArray(list)) return NO_ENTRIES as ReadonlyArray<[number, T]>;
  const known = ENTRIES.get(list);
  if (known) return known as ReadonlyArray<[number, T]>;
  const out: Array<[number, T]> = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (item !== undefined && item !== null) out.push([index, item]);
  }
  Object.freeze(out);
  ENTRIES.set(list, out);
  return out;
}

const ENTRIES = lintScopedMemo<object, ReadonlyArray<[number, unknown]>>();
const NO_ENTRIES: ReadonlyArray<[number, unknown]> = Object.freeze([]);
