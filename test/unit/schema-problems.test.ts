// The plan schema's problems are remembered between checks (server/src/core/schema.ts,
// ProblemMemo): a remembered problem must be exactly the one made afresh, however the plan
// changed in between. The same errors turned into problems against a copy of the schema (which
// the memo does not serve) are the check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../../bench/generate.mjs';
import { generateHeavyPlan } from '../../bench/generate-heavy.mjs';
import planSchema from '../../server/src/core/generated/plan-schema.json';
import { validatePlan } from '../../server/src/core/generated/validators';
import { parseText } from '../../server/src/core/parse';
import { fromAjvErrors, runValidator } from '../../server/src/core/schema';
import { yamlFilesUnder } from './arbitraries';

const ROOT = join(__dirname, '..', '..');

/** Broken values swapped for others at the same places: a remembered message must not stay. */
const REPLACEMENTS = ['12', '-0', '0', 'ja', '"12"', 'true', '~', '2030-13-01', '[a]', '{ a: 1 }', 'onbekend', "''"];

describe('schema problems remembered between checks', () => {
  it('are the problems made afresh, through a sequence of changing plans', () => {
    const random = createRandom(5);
    const bases = [
      ...[1, 2, 3].map((seed) => generateHeavyPlan({ lines: 500, seed })),
      ...[...yamlFilesUnder(join(ROOT, 'samples')), ...yamlFilesUnder(join(ROOT, 'test', 'fixtures', 'WP002'))].map((file) => readFileSync(file, 'utf8')),
    ];
    const copy = structuredClone(planSchema) as Record<string, unknown>;
    let problems = 0;
    for (const base of bases) {
      let text = base;
      for (let step = 0; step < 8; step++) {
        const value = parseText(text).value;
        const errors = runValidator(validatePlan, value);
        assert.deepStrictEqual(fromAjvErrors(errors, value), fromAjvErrors(errors, value, copy));
        problems += errors.length;
        // Change some values in place: same pointers, other values (and other keys).
        const lines = text.split('\n');
        for (let k = 0; k < 6; k++) {
          const at = random.int(0, lines.length - 1);
          lines[at] = lines[at].replace(/^(\s*(?:- )?[\w-]+: ).+$/, (_, key: string) => key + random.pick(REPLACEMENTS));
        }
        text = lines.join('\n');
      }
    }
    assert.ok(problems > 1000, `${problems} errors compared`);
  });
});
