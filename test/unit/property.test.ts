// Property-based tests of `lint` on any input: random strings, random bytes (through the CLI's
// decoding), YAML-ish text from a grammar, and the samples and fixtures mutated (a key deleted,
// an item dropped, a value of another type, a date shifted, a ref renamed, an id duplicated, a
// line duplicated or re-indented, a character inserted, a truncation). For each: lint returns
// without throwing, within CASE_TIME_LIMIT_MS, every range lies inside the text, every pointer
// names a node or the parent of a missing key, findings are in order, no rule crashes (WP000),
// and the score is null exactly when there is a WP0xx error. Plans nested around the depth
// limit check that WP001 'depth' comes exactly when the tree is too deep. The generators and
// the invariants are in arbitraries.ts; scripts/fuzz-long.ts runs the same properties with
// 100,000 cases.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkEveryPrefix, lintProperties, loadSeeds, CASE_TIME_LIMIT_MS } from './arbitraries';

/** Random cases in the regular run; with the truncations below, well over 10,000 in all. */
const RANDOM_RUNS = 12_000;

describe(`lint on any input (property-based, ${RANDOM_RUNS} random cases, each under ${CASE_TIME_LIMIT_MS} ms)`, function () {
  this.timeout(120_000);
  const seeds = loadSeeds();
  let cases = 0;

  it('finds the samples and fixtures to mutate', () => {
    assert.ok(seeds.some((seed) => seed.name.startsWith('samples/')));
    assert.ok(seeds.filter((seed) => seed.name.startsWith('test/fixtures/')).length > 50);
  });

  // A fixed seed keeps CI repeatable; FC_SEED=<n> explores others (scripts/fuzz-long.ts too).
  const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261123;

  for (const { name, share, arbitrary, check } of lintProperties(seeds)) {
    const numRuns = Math.round(RANDOM_RUNS * share);
    it(`${name} (${numRuns} cases)`, () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          check(value);
        }),
        { numRuns, seed: SEED },
      );
      cases += numRuns;
    });
  }

  it('the smallest sample truncated at every position', () => {
    const sample = seeds.filter((seed) => seed.name.startsWith('samples/')).sort((a, b) => a.text.length - b.text.length)[0];
    cases += checkEveryPrefix(sample.text);
  });

  it('ran at least 10,000 cases', () => {
    assert.ok(cases >= 10_000, `only ${cases} cases ran`);
  });
});
