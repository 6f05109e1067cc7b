// Every fixture under test/fixtures/<code>/ becomes a test. `valid-*.yaml` must give no
// finding of <code>; `invalid-*.yaml` must give exactly the findings its inline markers name,
// on the lines where they stand (the line where the finding's range starts), for <code> and
// for every code a marker names. A marker is `# expect: WPnnn[, WPnnn]`; an entry may add the
// message id and the 1-based column where the range starts, `WP102/tooShort@11`, and must then
// match those too. A code named twice on a line expects two findings there. An invalid fixture
// with a `<name>.fixed.yaml` beside it must become exactly that text by fix-all (the safe fixes).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll } from '../../server/src/core/fix-all';
import { lint } from '../../server/src/core/lint';
import { parseConfig } from '../../server/src/core/config';
import { RULES_BY_CODE } from '../../server/src/core/rules/index';
import type { Finding, ResolvedConfig } from '../../server/src/core/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

export interface ExpectedFinding {
  /** 1-based line. */
  line: number;
  code: string;
  messageId?: string;
  /** 1-based column where the finding's range starts. */
  column?: number;
}

const ENTRY = /^(WP\d{3})(?:\/([A-Za-z][\w-]*))?(?:@(\d+))?$/;

/** Expected findings from `# expect:` markers; lines are 1-based. */
export function expectedMarkers(text: string): ExpectedFinding[] {
  const expected: ExpectedFinding[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = /#\s*expect:\s*([A-Za-z0-9,\s/@_-]+)$/.exec(line);
    if (!match) return;
    for (const entry of match[1].split(/[\s,]+/).filter(Boolean)) {
      const parts = ENTRY.exec(entry);
      if (!parts) throw new Error(`line ${index + 1}: "${entry}" is no marker entry (WPnnn, WPnnn/messageId, WPnnn@column, WPnnn/messageId@column)`);
      expected.push({ line: index + 1, code: parts[1], messageId: parts[2], column: parts[3] === undefined ? undefined : Number(parts[3]) });
    }
  });
  return expected;
}

/** Expected (line, code) pairs from `# expect:` markers, as "line code" strings. */
export function expectedFindings(text: string): string[] {
  return expectedMarkers(text).map((entry) => `${entry.line} ${entry.code}`);
}

/**
 * Pairs markers with findings: the most specific markers first, each with a finding on its
 * line, of its code, with its message id and column where it names them. Returns what is left.
 */
export function matchMarkers(expected: readonly ExpectedFinding[], findings: readonly Finding[]): { missing: string[]; unexpected: string[] } {
  const unused = [...findings];
  const missing: string[] = [];
  const specificity = (entry: ExpectedFinding) => Number(entry.messageId !== undefined) + Number(entry.column !== undefined);
  for (const entry of [...expected].sort((a, b) => specificity(b) - specificity(a))) {
    const at = unused.findIndex(
      (finding) =>
        finding.code === entry.code &&
        finding.range.start.line + 1 === entry.line &&
        (entry.messageId === undefined || finding.messageId === entry.messageId) &&
        (entry.column === undefined || finding.range.start.character + 1 === entry.column),
    );
    if (at < 0) missing.push(markerText(entry));
    else unused.splice(at, 1);
  }
  const unexpected = unused.map((finding) => `${finding.range.start.line + 1} ${finding.code}/${finding.messageId ?? '-'}@${finding.range.start.character + 1}`);
  return { missing, unexpected };
}

function markerText(entry: ExpectedFinding): string {
  return `${entry.line} ${entry.code}${entry.messageId ? `/${entry.messageId}` : ''}${entry.column !== undefined ? `@${entry.column}` : ''}`;
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
      for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name) && !name.includes('.wijkplanrc.') && !name.endsWith('.fixed.yaml')).sort()) {
        it(file, () => {
          const text = readFileSync(join(dir, file), 'utf8');
          const { findings } = lint(text, { config: configFor(dir, file) });
          if (file.startsWith('valid-')) {
            const unexpected = findings.filter((f) => f.code === code);
            assert.deepEqual(unexpected.map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message.en}`), [], `${file} must give no ${code}`);
            return;
          }
          const expected = expectedMarkers(text);
          const codes = new Set([code, ...expected.map((entry) => entry.code)]);
          assert.ok(expected.length > 0, `${file} has no # expect: markers`);
          const { missing, unexpected } = matchMarkers(expected, findings.filter((f) => codes.has(f.code)));
          assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] }, `${file}: findings (line code/messageId@column) differ from its # expect: markers`);
          const fixedPath = join(dir, file.replace(/\.ya?ml$/, '.fixed.yaml'));
          if (existsSync(fixedPath)) {
            const fixed = fixAll(text, { config: configFor(dir, file) });
            assert.equal(fixed.text, readFileSync(fixedPath, 'utf8'), `${file}: fix-all does not give ${file.replace(/\.ya?ml$/, '.fixed.yaml')}`);
          }
        });
      }
    });
  }
});

describe('fixture markers', () => {
  const text = readFileSync(join(FIXTURES, 'WP102', 'invalid-four-years.yaml'), 'utf8');
  const findings = lint(text).findings.filter((f) => f.code === 'WP102');

  it('read code, message id and column', () => {
    assert.deepEqual(expectedMarkers('a: 1 # expect: WP102/tooShort@3, WP101\n'), [
      { line: 1, code: 'WP102', messageId: 'tooShort', column: 3 },
      { line: 1, code: 'WP101', messageId: undefined, column: undefined },
    ]);
    assert.throws(() => expectedMarkers('a: 1 # expect: WP10\n'), /no marker entry/);
  });

  it('fail on a wrong message id or column, pass on the right ones', () => {
    assert.deepEqual(matchMarkers([{ line: 5, code: 'WP102', messageId: 'tooShort', column: 1 }], findings), { missing: [], unexpected: [] });
    assert.equal(matchMarkers([{ line: 5, code: 'WP102', messageId: 'short' }], findings).missing.length, 1);
    assert.equal(matchMarkers([{ line: 5, code: 'WP102', column: 2 }], findings).missing.length, 1);
    assert.equal(matchMarkers([], findings).unexpected.length, 1);
  });
});
