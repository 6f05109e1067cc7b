// `closest` (the "did you mean" of WP002 and WP004) stops counting once a candidate cannot win
// and remembers its answers per list of candidates. Both are shortcuts: the answer must be the
// one the whole count gives, for every word and list, asked once or again.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { closest } from '../../server/src/core/closest';

/** The whole count, as closest did it before the shortcuts: every candidate, every cell. */
function reference(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = fullDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

function fullDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], previous[j - 2] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

// Few letters, so that near misses, ties and swapped neighbours are common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', '-', 'é', '1'), maxLength: 14 });

describe('closest', () => {
  it('gives what the whole count gives, on fresh and on repeated lists', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 6 }), (candidates, words) => {
        for (const asked of [...words, ...words]) {
          assert.equal(closest(asked, candidates), reference(asked, candidates), `${asked} among ${JSON.stringify(candidates)}`);
          // A new list with the same ids (as after an edit) answers alike.
          assert.equal(closest(asked, [...candidates]), reference(asked, candidates));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('prefers the first of equally near candidates and finds a near miss among thousands', () => {
    assert.equal(closest('abx', ['aby', 'abz']), 'aby');
    const ids = Array.from({ length: 5000 }, (_, i) => `partner-${i}`);
    assert.equal(closest('partner-4711x', ids), 'partner-4711');
    assert.equal(closest('partner-4711-weg', ids), undefined);
  });
});
