/** Spelling suggestions: the nearest of some words, kept apart from the schema so a rule that suggests pulls in no validator. */

/** What `closest` knows of one list of candidates: the list in lower case, and answers given. */
interface CandidateMemo {
  candidates: readonly string[];
  lowered: string[];
  answers: Map<string, string | undefined>;
}

/**
 * Memos by list object, and the recent lists by content: an edit makes a new list with the
 * same ids, and the schema's messages make a new list of allowed keys or values for every
 * question. Dozens of lists are in use in one lint of a findings-heavy plan (one per kind of
 * object with a misspelt key, one per list of allowed values); a handful of slots made them
 * push each other out, and every answer was worked out again after each edit.
 */
const MEMO_BY_LIST = new WeakMap<readonly string[], CandidateMemo>();
const MEMO_BY_CONTENT = new Map<string, CandidateMemo>();
const MAX_RECENT_MEMOS = 256;
const MAX_ANSWERS = 20_000;

function memoFor(candidates: readonly string[]): CandidateMemo {
  const known = MEMO_BY_LIST.get(candidates);
  if (known) return known;
  const content = JSON.stringify(candidates);
  let memo = MEMO_BY_CONTENT.get(content);
  if (memo) {
    // Most recently used last, so the oldest goes first when there are too many.
    MEMO_BY_CONTENT.delete(content);
  } else {
    memo = { candidates: [...candidates], lowered: candidates.map((candidate) => candidate.toLowerCase()), answers: new Map() };
    if (MEMO_BY_CONTENT.size >= MAX_RECENT_MEMOS) MEMO_BY_CONTENT.delete(MEMO_BY_CONTENT.keys().next().value!);
  }
  MEMO_BY_CONTENT.set(content, memo);
  MEMO_BY_LIST.set(candidates, memo);
  return memo;
}

/**
 * The candidate closest to `word`, when it is close enough to be a slip of the keyboard: the
 * first of the nearest, at most `allowed` edits away. The distance is only computed as far as it
 * can still win, and answers are remembered per list of candidates: a plan with thousands of ids
 * and hundreds of unknown references asks the same questions again after every edit.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const memo = memoFor(candidates);
  if (memo.answers.has(word)) return memo.answers.get(word);
  const { lowered } = memo;
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (let k = 0; k < candidates.length; k++) {
    const distance = editDistance(lower, lowered[k], bestDistance - 1);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidates[k];
      if (distance === 0) break;
    }
  }
  if (memo.answers.size >= MAX_ANSWERS) memo.answers.clear();
  memo.answers.set(word, best);
  return best;
}

/**
 * The edit distance of `a` and `b` (edits, and swaps of neighbours counted cheaply), or
 * Infinity as soon as it is sure to exceed `limit` (a row's least value never goes down).
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let least = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, previous[j - 2] + 1);
      current[j] = value;
      if (value < least) least = value;
    }
    if (least > limit) return Infinity;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] <= limit ? previous[b.length] : Infinity;
}

/** The two rows `editDistance` works in, kept between calls. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
