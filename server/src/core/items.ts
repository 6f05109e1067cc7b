/** How rules read the values a plan lists: what counts as missing, and which items survived. */

/** An empty list, an empty or blank text, null and undefined count as missing for every rule. */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item === undefined);
  return false;
}

/** The items of a list that survived the schema check, with their original index. */
export function entries<T>(list: Array<T | undefined> | undefined): Array<[number, T]> {
  const out: Array<[number, T]> = [];
  if (!Array.isArray(list)) return out;
  list.forEach((item, index) => {
    if (item !== undefined && item !== null) out.push([index, item]);
  });
  return out;
}
