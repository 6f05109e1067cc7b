// Golden files: every format on the three samples, and diff between two of them. The
// version number is normalised so a release does not touch them. Regenerate after an
// intended change with:  UPDATE_GOLDEN=1 npx mocha test/cli/golden.test.ts
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import { requireBuild, run } from './helpers';

const GOLDEN = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function normalise(text: string): string {
  return text.split(`"${version}"`).join('"<VERSION>"');
}

function check(name: string, args: string[], expectedCode: number): void {
  it(`${name}: wijkplan ${args.join(' ')}`, () => {
    const result = run(args);
    assert.equal(result.code, expectedCode, result.stderr);
    assert.equal(result.stderr, '');
    const actual = normalise(result.stdout);
    const file = join(GOLDEN, name);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) assert.fail(`golden file test/cli/golden/${name} is missing: run with UPDATE_GOLDEN=1 to create it`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    assert.equal(actual, readFileSync(file, 'utf8'), `output differs from test/cli/golden/${name} (UPDATE_GOLDEN=1 regenerates it after an intended change)`);
  });
}

describe('cli: golden output on the samples', () => {
  before(requireBuild);
  check('check.stylish.txt', ['samples', '--no-color'], 1);
  check('check.stylish.en.txt', ['samples', '--no-color', '--lang', 'en'], 1);
  check('check.stylish.color.txt', ['samples/concept.wijkplan.yaml', '--color'], 1);
  check('check.json', ['samples', '--format', 'json'], 1);
  check('check.sarif', ['samples', '--format', 'sarif'], 1);
  check('check.github.txt', ['samples', '--format', 'github'], 1);
  check('check.md', ['samples', '--format', 'markdown'], 1);
  check('check.junit.xml', ['samples', '--format', 'junit'], 1);
  check('diff.stylish.txt', ['diff', 'samples/zwak.wijkplan.yaml', 'samples/concept.wijkplan.yaml', '--no-color'], 0);
  check('diff.json', ['diff', 'samples/zwak.wijkplan.yaml', 'samples/concept.wijkplan.yaml', '--format', 'json'], 0);
  check('diff.md', ['diff', 'samples/zwak.wijkplan.yaml', 'samples/concept.wijkplan.yaml', '--format', 'markdown'], 0);
  // The other way round, so the plan gets weaker: JUnit lists the weaker changes as change/<kind> cases.
  check('diff.junit.xml', ['diff', 'samples/concept.wijkplan.yaml', 'samples/zwak.wijkplan.yaml', '--format', 'junit'], 0);
  check('rules.txt', ['rules', '--no-color'], 0);
});
