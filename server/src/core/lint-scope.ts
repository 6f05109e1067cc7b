/**
 * Memos that live for one lint: rules ask for the same derived values of one checked plan
 * (its list entries, amounts per year) again and again, but holding them past the lint would
 * keep a copy of every list of every open plan. lintParsed ends the scope when it is done.
 */
const scoped: Array<{ clear(): void }> = [];

/** A memo by object, emptied at the end of each lint. */
export function lintScopedMemo<K extends object, V>(): { get(key: K): V | undefined; set(key: K, value: V): void } {
  let map = new WeakMap<K, V>();
  const memo = {
    get: (key: K) => map.get(key),
    set: (key: K, value: V) => {
      map.set(key, value);
    },
    clear: () => {
      map = new WeakMap<K, V>();
    },
  };
  scoped.push(memo);
  return memo;
}

/** Forgets every lint-scoped memo. */
export function endLintScope(): void {
  for (const memo of scoped) memo.clear();
}
