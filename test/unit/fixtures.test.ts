// Every fixture under test/fixtures/<code>/ becomes a test. `valid-*.yaml` must give no
// finding of <code>; `invalid-*.yaml` must give exactly the findings its inline
// `# expect: WPnnn[, WPnnn]` markers name, on the lines where they stand (the line where the
// finding's range starts), for <code> and for every code a marker names. A code named twice
// on a line expects two findings there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { parseConfig } from '../../server/src/core/config';
import { RULES_BY_CODE } from '../../server/src/core/rules/index';
import type { ResolvedConfig } from '../../server/src/core/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Expected (line, code) pairs from `# expect:` markers; lines are 1-based. */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = /#\s*expect:\s*([A-Z0-9,\s]+)$/.exec(line);
    if (!match) return;
    for (const code of match[1].split(/[\s,]+/).filter(Boolean)) expected.push(`${index + 1} ${code}`);
  });
  return expected;
}

function configFor(dir: string, file: string): ResolvedConfig | undefined {
  const specific = join(dir, file.replace(/\.ya?ml$/, '.wijkplanrc.yaml'));
  if (!existsSync(specific)) return undefined;
  const result = parseConfig(readFileSync(specific, 'utf8'), new Set(RULES_BY_CODE.keys()));
  assert.deepEqual(result.problems, [], `config ${specific} is invalid`);
  return result.config;
}

describe('rule fixtures', () => {
  for (const code of readdirSync(FIXTURES).filter((name) => /^WP\d{3}$/.test(name)).sort()) {
    describe(code, () => {
      const dir = join(FIXTURES, code);
      for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name) && !name.includes('.wijkplanrc.')).sort()) {
        it(file, () => {
          const text = readFileSync(join(dir, file), 'utf8');
          const { findings } = lint(text, { config: configFor(dir, file) });
          if (file.startsWith('valid-')) {
            const unexpected = findings.filter((f) => f.code === code);
            assert.deepEqual(unexpected.map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message.en}`), [], `${file} must give no ${code}`);
            return;
          }
          const expected = expectedFindings(text);
          const codes = new Set([code, ...[...expected].map((entry) => entry.split(' ')[1])]);
          const actual = findings.filter((f) => codes.has(f.code)).map((f) => `${f.range.start.line + 1} ${f.code}`);
          assert.ok(expected.length > 0, `${file} has no # expect: markers`);
          assert.deepEqual([...actual].sort(), [...expected].sort(), `${file}: findings (line code) differ from its # expect: markers`);
        });
      }
    });
  }
});
